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
        scores(outWeights: graph.outWeights()) { x, y in graph.propagate(x, into: &y) }
    }

    /// The walk on a graph given by its out-weights and its transposed product
    /// `propagate(x, &y)`: `y[j] = Σᵢ x[i] · weight(i, j)`, for graphs that are never stored.
    ///
    /// With `multiplicity`, node `c` stands for `multiplicity[c]` identical nodes (copies of one
    /// sentence): `outWeights` and `propagate` are then those of one copy, counting edges to
    /// every copy of the other nodes, and the result is the probability of one copy.
    func scores(outWeights: [Float], multiplicity: [Float]? = nil,
                propagate: (_ x: [Float], _ y: inout [Float]) -> Void) -> [Float] {
        let n = outWeights.count
        guard n > 0 else { return [] }
        let copies = multiplicity ?? [Float](repeating: 1, count: n)
        let uniform = 1 / copies.reduce(0, +)
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
                    dangling += copies[i] * rank[i]
                }
            }
            propagate(scaled, &next)
            let base = jump * uniform + (1 - jump) * dangling * uniform
            var change: Float = 0
            var total: Float = 0
            for i in 0..<n {
                let value = base + (1 - jump) * next[i]
                change += copies[i] * abs(value - rank[i])
                total += copies[i] * value
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
