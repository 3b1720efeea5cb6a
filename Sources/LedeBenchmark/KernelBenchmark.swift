import Lede
import LedeText

/// Timing of the similarity kernel's two paths, for `lede-benchmark kernel`.
enum KernelBenchmark {
    /// One measured shape.
    struct Result: Sendable {
        /// Sentences (rows) and terms (columns) of the random TF-IDF-like matrix.
        var rows: Int, columns: Int
        /// Stored non-zeros and the inner-product pairs the sparse path accumulates.
        var nonzeros: Int, sparsePairs: Int
        /// Median seconds per product, dense path (fill + ssyrk) and sparse path.
        var denseSeconds: Double?, sparseSeconds: Double
        /// The path ``SimilarityKernel/Method/automatic`` picks.
        var automaticChoice: String
    }

    /// Measures both paths on a random matrix with `termsPerRow` distinct terms a row, drawn
    /// from a Zipf-like distribution over `columns` terms (as content words are, once the
    /// stopwords at the head of the distribution are removed).
    static func measure(rows: Int, columns: Int, termsPerRow: Int, seed: UInt64 = 42) -> Result {
        let x = randomMatrix(rows: rows, columns: columns, termsPerRow: termsPerRow, seed: seed)
        var frequency = [Int](repeating: 0, count: columns)
        for column in x.columns { frequency[Int(column)] += 1 }
        let pairs = frequency.reduce(0) { $0 + $1 * ($1 + 1) / 2 }
        let big = SimilarityKernel(denseGraphLimit: 20_000, denseMatrixLimit: 400_000_000)
        let canDense = rows <= 4_000 && rows * columns <= 60_000_000
        let dense: Double? = canDense ? Timing.median { _ = BLAS.gram(SimilarityKernel.densify(x), rows: rows, columns: columns) } : nil
        let sparse = Timing.median {
            if rows <= big.denseGraphLimit && canDense {
                _ = SimilarityKernel.sparseProductDense(x)
            } else {
                _ = SimilarityKernel.sparseProductSparse(x)
            }
        }
        let choice = SimilarityKernel().resolvedMethod(for: x) == .dense ? "dense" : "sparse"
        return Result(rows: rows, columns: columns, nonzeros: x.nonzeroCount, sparsePairs: pairs,
                      denseSeconds: dense, sparseSeconds: sparse, automaticChoice: choice)
    }

    static func randomMatrix(rows: Int, columns: Int, termsPerRow: Int, seed: UInt64) -> SparseRows {
        var generator = SplitMix64(seed: seed)
        func next() -> UInt64 { generator.next() }
        // Zipf over columns, ranks offset by 100 (the stopwords), by inverse transform.
        var cumulative = [Double](repeating: 0, count: columns)
        var total = 0.0
        for k in 0..<columns {
            total += 1 / Double(k + 100)
            cumulative[k] = total
        }
        var matrix = SparseRows(columnCount: columns)
        for _ in 0..<rows {
            var picked = Set<Int32>()
            let wanted = min(termsPerRow, columns)
            while picked.count < wanted {
                let u = Double(next() >> 11) / Double(1 << 53) * total
                var low = 0, high = columns - 1
                while low < high {
                    let mid = (low + high) / 2
                    if cumulative[mid] < u { low = mid + 1 } else { high = mid }
                }
                picked.insert(Int32(low))
            }
            var entries = picked.sorted().map { (column: $0, value: Float(1 + Double(next() % 1000) / 1000)) }
            let norm = entries.reduce(Float(0)) { $0 + $1.value * $1.value }.squareRoot()
            for k in entries.indices { entries[k].value /= norm }
            matrix.appendRow(entries)
        }
        return matrix
    }
}
