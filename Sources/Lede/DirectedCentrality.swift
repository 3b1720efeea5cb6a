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
        let preceding = Float(parameters.precedingWeight)
        let following = Float(parameters.followingWeight)
        var scores = [Float](repeating: 0, count: n)
        switch cosine.storage {
        case .dense(let matrix):
            // The hot path for articles: plain loops over the matrix rows. A zero entry (the
            // diagonal, or an absent edge) adds nothing because the cutoff is never negative.
            matrix.withUnsafeBufferPointer { m in
                guard let cut = denseCutoff(m, nodes: n), cut >= 0 else { return }
                for i in 0..<n {
                    let row = i * n
                    var before: Float = 0, after: Float = 0
                    if cut == 0 {
                        if preceding != 0 {
                            for j in 0..<i { before += m[row + j] }
                        }
                        for j in (i + 1)..<n { after += m[row + j] }
                    } else {
                        if preceding != 0 {
                            for j in 0..<i { before += Swift.max(m[row + j] - cut, 0) }
                        }
                        for j in (i + 1)..<n { after += Swift.max(m[row + j] - cut, 0) }
                    }
                    scores[i] = preceding * before + following * after
                }
            }
        case .sparse:
            var low = Float.infinity, high = -Float.infinity
            var edges = 0
            cosine.forEachEdge { _, _, w in
                low = min(low, w)
                high = max(high, w)
                edges += 1
            }
            guard let cut = cutoff(low: low, high: high, edges: edges, nodes: n) else { break }
            cosine.forEachEdge { i, j, w in
                let e = w - cut
                guard e > 0 else { return }
                scores[i] += (j < i ? preceding : following) * e
            }
        }
        return scores
    }

    /// The cutoff of a dense matrix. With no threshold and an absent edge somewhere (the usual
    /// case), the lowest similarity is 0 and so is the cutoff, which the first absent edge
    /// settles without a pass over the whole matrix.
    private func denseCutoff(_ m: UnsafeBufferPointer<Float>, nodes n: Int) -> Float? {
        var absent = false
        search: for i in 0..<n {
            for j in 0..<n where j != i && m[i * n + j] == 0 {
                absent = true
                break search
            }
        }
        var low = Float.infinity, high: Float = 0
        var edges = 0
        for k in 0..<(n * n) where m[k] != 0 {
            if absent && parameters.threshold == 0 {
                // Only whether some edge exists matters: the cutoff is 0 unless all are equal to 0.
                return 0
            }
            low = Swift.min(low, m[k])
            high = Swift.max(high, m[k])
            edges += 1
        }
        return cutoff(low: low, high: high, edges: edges, nodes: n)
    }

    /// The edge threshold, or `nil` when all edges weigh the same (no edge stands out).
    private func cutoff(low: Float, high: Float, edges: Int, nodes n: Int) -> Float? {
        // Missing edges are zero-similarity pairs.
        let low = edges < n * (n - 1) ? min(low, 0) : low
        guard high > low else { return nil }
        return low + Float(parameters.threshold) * (high - low)
    }
}
