import Foundation

/// TextRank (Mihalcea and Tarau, 2004): PageRank on a graph whose edges weigh the number of
/// content terms two sentences share, normalized by their lengths:
/// `|Sᵢ ∩ Sⱼ| / (ln |Sᵢ| + ln |Sⱼ|)`.
struct TextRank: Sendable {
    var pageRank = PageRank()

    /// - Parameters:
    ///   - overlap: the graph of shared-term counts (products of binary term vectors).
    ///   - lengths: the number of content terms of each sentence.
    func scores(overlap: SimilarityGraph, lengths: [Int]) -> [Float] {
        let logLength = lengths.map { Float(log(Double(max($0, 1)))) }
        let graph = overlap.mapWeights { i, j, shared in
            let normalizer = logLength[i] + logLength[j]
            return normalizer > 0 ? shared / normalizer : shared
        }
        return pageRank.scores(on: graph)
    }
}

extension TextRank {
    /// The same walk for documents too long for a stored graph, from the binary term rows
    /// `presence`, never forming the graph.
    ///
    /// The normalizer `1 / (ln |Sᵢ| + ln |Sⱼ|)` does not factor, so it is replaced by a sum of
    /// exponentials `Σₖ cₖ e^{−sₖ aᵢ} e^{−sₖ aⱼ}` (the trapezoidal rule on
    /// `1/x = ∫ eᵘ exp(−eᵘ x) du`), accurate to a relative ``normalizerTolerance`` over the
    /// document's range of lengths; each term is then an implicit product with `P Pᵀ`. Pairs of
    /// one-term sentences, whose normalizer is 0 (the weight is then the shared count), are
    /// corrected exactly.
    ///
    /// - Complexity: `O(nnz · K)` per iteration, `K` about 20 exponentials.
    func scores(presence: ImplicitSimilarity, lengths: [Int]) -> [Float] {
        let n = presence.count
        guard n > 0 else { return [] }
        let logLength = lengths.map { log(Double(max($0, 1))) }
        let positive = logLength.filter { $0 > 0 }
        guard let smallest = positive.min(), let largest = positive.max() else {
            // No sentence has two terms: every normalizer is 0, the weights are shared counts.
            return pageRank.scores(outWeights: presence.rowSums()) { x, y in y = presence.product(x) }
        }
        let exponentials = Self.exponentialSum(
            from: (logLength.min() ?? 0) + smallest, to: 2 * largest, tolerance: Self.normalizerTolerance)
        // factors[k][i] = e^{−sₖ aᵢ}
        let factors = exponentials.map { term in logLength.map { exp(-term.rate * $0) } }
        let zeroLength = logLength.map { $0 == 0 }
        let correction = 1 - exponentials.reduce(0) { $0 + $1.weight }
        func product(_ v: [Float]) -> [Float] {
            var y = [Double](repeating: 0, count: n)
            for (k, term) in exponentials.enumerated() {
                let scaled = (0..<n).map { Float(factors[k][$0]) * v[$0] }
                let part = presence.product(scaled)
                for i in 0..<n { y[i] += term.weight * factors[k][i] * Double(part[i]) }
            }
            if zeroLength.contains(true) {
                let part = presence.product((0..<n).map { zeroLength[$0] ? v[$0] : 0 })
                for i in 0..<n where zeroLength[i] { y[i] += correction * Double(part[i]) }
            }
            return y.map { Float($0) }
        }
        return pageRank.scores(outWeights: product([Float](repeating: 1, count: n))) { x, y in y = product(x) }
    }

    /// The relative accuracy of the exponential sum that stands for the length normalizer.
    static let normalizerTolerance = 1e-4

    /// Weights and rates with `Σₖ weightₖ e^{−rateₖ x} ≈ 1/x` to a relative `tolerance` for `x`
    /// in `[low, high]`, `low > 0`: the trapezoidal rule with step `h` on `u = ln s`, whose
    /// error falls like `exp(−π²/h)`, truncated where both tails fall below the tolerance.
    static func exponentialSum(from low: Double, to high: Double, tolerance: Double) -> [(weight: Double, rate: Double)] {
        let step = Double.pi * Double.pi / log(100 / tolerance)
        let first = log(tolerance / (4 * high))
        let last = log(log(4 / tolerance) / low)
        return stride(from: first, through: last + step, by: step).map { u in (weight: step * exp(u), rate: exp(u)) }
    }
}
