@testable import Lede

extension SimilarityKernel {
    /// The full product, diagonal included, as a dense row-major matrix, to compare the kernel's
    /// paths with a reference product.
    func denseProduct(of rows: SparseRows) -> [Float] {
        let n = rows.rowCount
        let graph = graph(of: rows)
        var full = [Float](repeating: 0, count: n * n)
        graph.forEachEdge { i, j, w in full[i * n + j] = w }
        for i in 0..<n {
            full[i * n + i] = rows.row(i).reduce(Float(0)) { $0 + $1.1 * $1.1 }
        }
        return full
    }
}
