/// The stationary distribution of a random walk on a weighted sentence graph, by damped power
/// iteration.
///
/// From node `i` the walk follows edge `(i, j)` with probability proportional to its weight, or,
/// with probability `jump` (and always from a node without edges), jumps to a node chosen
/// uniformly. LexRank and TextRank are this walk on different graphs.
struct PageRank: Sendable {
    /// The probability of a uniform jump at each step (1 − the damping factor).
    var jump: Float = 0.15
    /// Iteration stops when the L1 change of the distribution falls below this.
    var tolerance: Float = 1e-6
    var maximumIterations = 200

    /// The stationary probability of each node; sums to 1. Empty for an empty graph.
    func scores(on graph: SimilarityGraph) -> [Float] {
        let n = graph.count
        guard n > 0 else { return [] }
        let outWeights = graph.outWeights()
        let uniform = 1 / Float(n)
        var rank = [Float](repeating: uniform, count: n)
        var scaled = [Float](repeating: 0, count: n)
        var next = [Float](repeating: 0, count: n)
        for _ in 0..<maximumIterations {
            var dangling: Float = 0
            for i in 0..<n {
                if outWeights[i] > 0 {
                    scaled[i] = rank[i] / outWeights[i]
                } else {
                    scaled[i] = 0
                    dangling += rank[i]
                }
            }
            graph.propagate(scaled, into: &next)
            let base = jump * uniform + (1 - jump) * dangling * uniform
            var change: Float = 0
            var total: Float = 0
            for i in 0..<n {
                let value = base + (1 - jump) * next[i]
                change += abs(value - rank[i])
                total += value
                next[i] = value
            }
            // Renormalize against rounding drift so scores stay a distribution.
            if total > 0 {
                for i in 0..<n { next[i] /= total }
            }
            swap(&rank, &next)
            if change < tolerance { break }
        }
        return rank
    }
}
