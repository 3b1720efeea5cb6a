/// LexRank (Erkan and Radev, 2004): sentence centrality as PageRank on the cosine graph.
///
/// With a threshold, an edge exists where the cosine similarity exceeds it and all edges weigh
/// the same; without one (continuous LexRank), edges weigh the cosine similarity.
struct LexRank: Sendable {
    var threshold: Float?
    var pageRank = PageRank()

    func scores(cosine: SimilarityGraph) -> [Float] {
        guard let threshold else { return pageRank.scores(on: cosine) }
        return pageRank.scores(on: cosine.mapWeights { _, _, w in w > threshold ? 1 : 0 })
    }

    /// The same scores from the sentence vectors, for documents too long for a stored graph.
    ///
    /// Continuous LexRank multiplies with `S = X Xᵀ` implicitly (``ImplicitSimilarity``). With a
    /// threshold, the edges come from ``SimilarityEdgeSearch`` over the distinct sentence
    /// vectors, between sentences at most ``ImplicitSimilarity/edgeWindow`` distinct sentences
    /// apart (an approximation: the full graph of a long text has a number of edges that grows
    /// with the square of its length); copies of one sentence walk as one node that counts them.
    func scores(similarity: ImplicitSimilarity) -> [Float] {
        guard let threshold else {
            return pageRank.scores(outWeights: similarity.rowSums()) { x, y in y = similarity.product(x) }
        }
        let classes = SentenceClasses(similarity.vectors)
        let edges = SimilarityEdgeSearch.edges(of: classes.representatives, above: threshold, window: similarity.edgeWindow)
        let sizes = classes.sizes.map(Float.init)
        // Copies of one sentence are neighbours of each other when its self-similarity passes.
        let copies = (0..<classes.count).map { c in
            classes.sizes[c] > 1 && ImplicitSimilarity.dot(classes.representatives, c, c) > threshold
                ? sizes[c] - 1 : 0
        }
        let outWeights = (0..<classes.count).map { c in
            edges.row(c).reduce(copies[c]) { $0 + sizes[Int($1.0)] }
        }
        let ranks = pageRank.scores(outWeights: outWeights, multiplicity: sizes) { x, y in
            edges.columns.withUnsafeBufferPointer { neighbours in
                for c in 0..<classes.count {
                    var sum = copies[c] * x[c]
                    for k in edges.rowStart[c]..<edges.rowStart[c + 1] {
                        let d = Int(neighbours[k])
                        sum += sizes[d] * x[d]
                    }
                    y[c] = sum
                }
            }
        }
        return classes.classOf.map { ranks[Int($0)] }
    }
}
