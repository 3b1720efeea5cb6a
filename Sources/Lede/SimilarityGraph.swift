/// An undirected or directed weighted sentence graph, stored dense or sparse.
///
/// Small graphs are dense `n x n` row-major matrices, multiplied with CBLAS during power
/// iteration; large ones are compressed rows, so that a 10,000-sentence document never
/// allocates a 10,000 x 10,000 matrix it does not need. The diagonal (self-similarity) is
/// never stored: sentence graphs have no self-loops.
struct SimilarityGraph: Sendable {
    enum Storage: Sendable {
        case dense([Float])
        case sparse(SparseRows)
    }

    /// The number of nodes (sentences).
    let count: Int
    var storage: Storage

    init(count: Int, storage: Storage) {
        self.count = count
        self.storage = storage
    }

    /// The weight of the edge from `i` to `j`.
    func weight(_ i: Int, _ j: Int) -> Float {
        switch storage {
        case .dense(let m): m[i * count + j]
        case .sparse(let rows): rows.value(row: i, column: j)
        }
    }

    /// Calls `body` for every edge with a non-zero weight, row by row, columns ascending.
    func forEachEdge(_ body: (_ from: Int, _ to: Int, _ weight: Float) -> Void) {
        switch storage {
        case .dense(let m):
            for i in 0..<count {
                for j in 0..<count where m[i * count + j] != 0 { body(i, j, m[i * count + j]) }
            }
        case .sparse(let rows):
            for i in 0..<count {
                for (j, w) in rows.row(i) { body(i, Int(j), w) }
            }
        }
    }

    /// A graph with the same storage whose edge `(i, j)` weighs `transform(i, j, w)`.
    ///
    /// Only existing (non-zero) edges are visited; the diagonal stays empty.
    func mapWeights(_ transform: (_ from: Int, _ to: Int, _ weight: Float) -> Float) -> SimilarityGraph {
        switch storage {
        case .dense(var m):
            for i in 0..<count {
                for j in 0..<count where m[i * count + j] != 0 {
                    m[i * count + j] = transform(i, j, m[i * count + j])
                }
            }
            return SimilarityGraph(count: count, storage: .dense(m))
        case .sparse(let rows):
            var mapped = SparseRows(columnCount: count)
            mapped.columns.reserveCapacity(rows.nonzeroCount)
            mapped.values.reserveCapacity(rows.nonzeroCount)
            for i in 0..<count {
                mapped.appendRow(rows.row(i).map { (column: $0.0, value: transform(i, Int($0.0), $0.1)) })
            }
            return SimilarityGraph(count: count, storage: .sparse(mapped))
        }
    }

    /// The total weight leaving each node.
    func outWeights() -> [Float] {
        var sums = [Float](repeating: 0, count: count)
        forEachEdge { i, _, w in sums[i] += w }
        return sums
    }

    /// `y[j] = Σᵢ x[i] · weight(i, j)`: one step of a random walk along the edges.
    func propagate(_ x: [Float], into y: inout [Float]) {
        switch storage {
        case .dense(let m):
            BLAS.transposedProduct(m, x, into: &y, n: count)
        case .sparse(let rows):
            for j in 0..<count { y[j] = 0 }
            rows.columns.withUnsafeBufferPointer { columns in
                rows.values.withUnsafeBufferPointer { values in
                    for i in 0..<count where x[i] != 0 {
                        let xi = x[i]
                        for k in rows.rowStart[i]..<rows.rowStart[i + 1] {
                            y[Int(columns[k])] += xi * values[k]
                        }
                    }
                }
            }
        }
    }
}
