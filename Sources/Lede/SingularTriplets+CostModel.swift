extension SingularTriplets {
    /// Which decomposition is cheaper for `k` triplets of a `rows x columns` matrix.
    ///
    /// The full thin decomposition costs about `full · R · r²` seconds (`r = min(rows,
    /// columns)`, `R = max`); randomized range finding with a block of `l = k + oversampling`
    /// columns and `q` power iterations about `product · rows · columns · l · (2q + 3)` (its
    /// matrix products, which dominate). The coefficients are measured on random matrices by
    /// `lede-benchmark svd`, which prints them.
    struct CostModel: Sendable {
        /// Seconds per unit of `R · r²` of the full decomposition.
        var full: Double
        /// Seconds per unit of `rows · columns · l · (2q + 3)` of the randomized one.
        var product: Double

        /// Measured by `lede-benchmark svd` on this project's machines (see `Eval/README.md`).
        static let measured = CostModel(full: 2.0e-10, product: 1.0e-10)

        /// The method expected to be faster.
        func cheaper(k: Int, rows: Int, columns: Int) -> Method {
            guard case .randomized(let oversampling, let q) = Method.randomizedDefault else { return .full }
            let r = Double(min(rows, columns)), bigger = Double(max(rows, columns))
            let width = Double(k + oversampling)
            guard width < r else { return .full }
            let fullCost = full * bigger * r * r
            let randomizedCost = product * Double(rows) * Double(columns) * width * Double(2 * q + 3)
            return randomizedCost < fullCost ? .randomizedDefault : .full
        }
    }
}
