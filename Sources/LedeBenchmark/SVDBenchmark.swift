import Lede
import LedeText

/// Timing of the two ways to get LSA's leading singular triplets, for `lede-benchmark svd`.
enum SVDBenchmark {
    /// One measured shape.
    struct Result: Sendable {
        /// Terms (rows), sentences (columns) and triplets wanted.
        var rows: Int, columns: Int, k: Int
        /// Median seconds of the full decomposition (right vectors only, as LSA asks: the triangular
        /// factor's) and of randomized range finding.
        var fullSeconds: Double, randomizedSeconds: Double
        /// Seconds per unit of each method's cost formula (see `SingularTriplets.CostModel`).
        var fullCoefficient: Double, randomizedCoefficient: Double
        /// The method the measured cost model picks.
        var automaticChoice: String
    }

    /// Measures both methods on a matrix shaped like LSA's: every cell 0.4, and 0.4 to 1 where
    /// a sentence holds one of its dozen terms.
    static func measure(rows: Int, columns: Int, k: Int, seed: UInt64 = 42) -> Result {
        var generator = SplitMix64(seed: seed)
        var matrix = [Float](repeating: 0.4, count: rows * columns)
        for j in 0..<columns {
            for _ in 0..<12 { matrix[Int.random(in: 0..<rows, using: &generator) + j * rows] = Float.random(in: 0.4...1, using: &generator) }
        }
        let full = Timing.median {
            _ = SingularTriplets.compute(k, of: matrix, rows: rows, columns: columns, method: .full, needsLeft: false)
        }
        let randomized = Timing.median {
            _ = SingularTriplets.compute(k, of: matrix, rows: rows, columns: columns, method: .randomizedDefault, needsLeft: false)
        }
        let units = SingularTriplets.CostModel.units(k: k, rows: rows, columns: columns)
        let choice = SingularTriplets.CostModel.measured.cheaper(k: k, rows: rows, columns: columns)
        return Result(
            rows: rows, columns: columns, k: k, fullSeconds: full, randomizedSeconds: randomized,
            fullCoefficient: full / units.full, randomizedCoefficient: randomized / units.randomized,
            automaticChoice: choice == .full ? "full" : "randomized")
    }
}
