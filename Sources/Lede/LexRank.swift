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
}
