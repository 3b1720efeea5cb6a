extension SingularTriplets {
    /// Which decomposition is cheaper for `k` triplets of a `rows x columns` matrix.
    ///
    /// The full decomposition (of the triangular factor, when the left vectors are not needed)
    /// costs about `full · R · r²` seconds (`r = min(rows,
    /// columns)`, `R = max`); randomized range finding with a block of `l = k + oversampling`
    /// columns and `q` power iterations about `randomized · rows · columns · l · (2q + 3)` (its
    /// matrix products, which dominate). The coefficients are measured on LSA-shaped matrices
    /// by `lede-benchmark svd`, which prints them.
    package struct CostModel: Sendable {
        /// Seconds per unit of `R · r²` of the full decomposition.
        var full: Double
        /// Seconds per unit of `rows · columns · l · (2q + 3)` of the randomized one.
        var randomized: Double

        /// Measured by `lede-benchmark svd` on this project's machines (see `Eval/README.md`).
        package static let measured = CostModel(full: 2.9e-10, randomized: 1.7e-10)

        /// The cost formulas' units for `k` triplets of a `rows x columns` matrix.
        package static func units(k: Int, rows: Int, columns: Int) -> (full: Double, randomized: Double) {
            guard case .randomized(let oversampling, let q) = Method.randomizedDefault else { return (1, .infinity) }
            let r = Double(min(rows, columns)), bigger = Double(max(rows, columns))
            return (bigger * r * r, Double(rows) * Double(columns) * Double(k + oversampling) * Double(2 * q + 3))
        }

        /// The method expected to be faster.
        package func cheaper(k: Int, rows: Int, columns: Int) -> Method {
            guard case .randomized(let oversampling, _) = Method.randomizedDefault,
                  k + oversampling < min(rows, columns) else { return .full }
            let units = Self.units(k: k, rows: rows, columns: columns)
            return randomized * units.randomized < full * units.full ? .randomizedDefault : .full
        }
    }
}
