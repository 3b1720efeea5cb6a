/// `S v` for long documents with the most frequent terms as a dense block: `S v = D (Dᵀ v) +
/// R (Rᵀ v) − diag(X Xᵀ) v`, where `D` holds the `denseTerms` most frequent columns of `X` as a
/// row-major `n x denseTerms` matrix (two CBLAS `sgemv`) and `R` the rest (``ImplicitSimilarity``).
struct DenseBlockSimilarity: Sendable {
    let rest: ImplicitSimilarity
    let block: [Float]
    let denseTerms: Int
    /// `Σ_f D_if²`, the block's share of each row's self-similarity.
    let blockDiagonal: [Float]

    init(vectors: SparseRows, denseTerms: Int) {
        var frequency = [Int](repeating: 0, count: vectors.columnCount)
        for column in vectors.columns { frequency[Int(column)] += 1 }
        let frequent = (0..<vectors.columnCount).sorted { frequency[$0] != frequency[$1] ? frequency[$0] > frequency[$1] : $0 < $1 }
            .prefix(denseTerms)
        var slot = [Int](repeating: -1, count: vectors.columnCount)
        for (k, t) in frequent.enumerated() { slot[t] = k }
        let n = vectors.rowCount, f = frequent.count
        var block = [Float](repeating: 0, count: n * f)
        var diagonal = [Float](repeating: 0, count: n)
        var rest = SparseRows(columnCount: vectors.columnCount)
        for i in 0..<n {
            var entries: [(column: Int32, value: Float)] = []
            for (column, value) in vectors.row(i) {
                let k = slot[Int(column)]
                if k >= 0 {
                    block[i * f + k] = value
                    diagonal[i] += value * value
                } else {
                    entries.append((column, value))
                }
            }
            rest.appendRow(entries)
        }
        self.rest = ImplicitSimilarity(vectors: rest)
        self.block = block
        self.denseTerms = f
        self.blockDiagonal = diagonal
    }

    /// The share of the non-zeros in the dense block.
    var blockShare: Double {
        let inBlock = block.reduce(0) { $0 + ($1 != 0 ? 1 : 0) }
        return Double(inBlock) / Double(inBlock + rest.vectors.nonzeroCount)
    }

    func product(_ v: [Float]) -> [Float] {
        var y = rest.product(v)
        let n = rest.count
        guard denseTerms > 0, n > 0 else { return y }
        var t = [Float](repeating: 0, count: denseTerms)
        BLAS.product(block, rows: n, columns: denseTerms, transposed: true, v, into: &t)
        var z = [Float](repeating: 0, count: n)
        BLAS.product(block, rows: n, columns: denseTerms, transposed: false, t, into: &z)
        for i in 0..<n { y[i] += z[i] - blockDiagonal[i] * v[i] }
        return y
    }
}
