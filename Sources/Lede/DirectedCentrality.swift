/// Position-aware directed centrality, after PacSum (Zheng and Lapata, 2019).
///
/// News puts its key facts first, so an edge between two sentences counts differently for each
/// end: a sentence gains `followingWeight · e` from each later sentence it resembles and
/// `precedingWeight · e` from each earlier one (usually negative: resembling what came before
/// marks a sentence as a repetition). Edge weights `e` are the cosine similarities minus a
/// threshold `min + threshold · (max − min)` over the document's pairs, floored at 0.
struct DirectedCentrality: Sendable {
    var parameters: Summarizer.PositionalParameters

    func scores(cosine: SimilarityGraph) -> [Float] {
        let n = cosine.count
        guard n > 1 else { return [Float](repeating: 0, count: n) }
        var low = Float.infinity
        var high = -Float.infinity
        var edges = 0
        cosine.forEachEdge { _, _, w in
            low = min(low, w)
            high = max(high, w)
            edges += 1
        }
        // Missing edges of a sparse graph are zero-similarity pairs.
        if edges < n * (n - 1) { low = min(low, 0) }
        guard high > low else { return [Float](repeating: 0, count: n) }
        let cut = low + Float(parameters.threshold) * (high - low)
        let preceding = Float(parameters.precedingWeight)
        let following = Float(parameters.followingWeight)
        var scores = [Float](repeating: 0, count: n)
        cosine.forEachEdge { i, j, w in
            let e = w - cut
            guard e > 0 else { return }
            scores[i] += (j < i ? preceding : following) * e
        }
        return scores
    }
}
