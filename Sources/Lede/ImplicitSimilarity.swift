/// The similarity graph `S = X Xᵀ` (diagonal removed) of sentence vectors `X`, never
/// materialized: every use is a product with it or a single entry.
///
/// `S v = X (Xᵀ v) − diag(X Xᵀ) v` costs two passes over the non-zeros of `X`, so degree sums,
/// power iteration and the forward centrality of a document of `n` sentences cost `O(nnz)`
/// time and `O(n + terms)` memory instead of the `O(Σ df(t)²)` of the explicit graph, which
/// grows with the square of the document's length. Sums run in `Double`, so products agree
/// with the explicit graph to about single precision.
struct ImplicitSimilarity: Sendable {
    /// The sentence vectors, one row each.
    let vectors: SparseRows
    /// How far apart (in distinct sentences, in order of first occurrence) two sentences may be
    /// and still be linked by the thresholded algorithms, whose edges are stored: their number
    /// would otherwise grow with the square of the text (see ``SimilarityEdgeSearch``). The
    /// summarizer sets it from ``Summarizer/LongDocumentSettings``; `Int.max` is exact.
    var edgeWindow = Int.max

    var count: Int { vectors.rowCount }

    /// `Xᵀ v`, a dense vector over the terms.
    func transposedProduct(_ v: [Float]) -> [Double] {
        var terms = [Double](repeating: 0, count: vectors.columnCount)
        vectors.columns.withUnsafeBufferPointer { columns in
            vectors.values.withUnsafeBufferPointer { values in
                terms.withUnsafeMutableBufferPointer { terms in
                    for i in 0..<count where v[i] != 0 {
                        let vi = Double(v[i])
                        for k in vectors.rowStart[i]..<vectors.rowStart[i + 1] {
                            let x = Double(values[k])
                            terms[Int(columns[k])] += x * vi
                        }
                    }
                }
            }
        }
        return terms
    }

    /// `x_i · terms` for row `i`.
    @inline(__always)
    private func rowDot(_ i: Int, _ terms: UnsafeBufferPointer<Double>,
                        _ columns: UnsafeBufferPointer<Int32>, _ values: UnsafeBufferPointer<Float>) -> Double {
        var sum = 0.0
        for k in vectors.rowStart[i]..<vectors.rowStart[i + 1] {
            sum += Double(values[k]) * terms[Int(columns[k])]
        }
        return sum
    }

    /// `S v`: `y_i = Σ_{j ≠ i} (x_i · x_j) v_j`, as `Σ_t x_it ((Xᵀ v)_t − x_it v_i)`, so that
    /// a sentence that shares no term with another gets exactly 0.
    func product(_ v: [Float]) -> [Float] {
        let terms = transposedProduct(v)
        var y = [Float](repeating: 0, count: count)
        vectors.columns.withUnsafeBufferPointer { columns in
            vectors.values.withUnsafeBufferPointer { values in
                terms.withUnsafeBufferPointer { terms in
                    for i in 0..<count {
                        let vi = Double(v[i])
                        var sum = 0.0
                        for k in vectors.rowStart[i]..<vectors.rowStart[i + 1] {
                            let x = Double(values[k])
                            sum += x * (terms[Int(columns[k])] - x * vi)
                        }
                        y[i] = Float(sum)
                    }
                }
            }
        }
        return y
    }

    /// The row sums of `S` (each sentence's total similarity to the others), `S 1`.
    func rowSums() -> [Float] {
        product([Float](repeating: 1, count: count))
    }

    /// The similarity of each sentence to the sentences after it, `x_i · Σ_{j > i} x_j`, with a
    /// running suffix sum of the vectors: one pass over the non-zeros.
    func forwardSums() -> [Double] {
        directedSums(order: (0..<count).reversed())
    }

    /// The similarity of each sentence to the sentences before it, `x_i · Σ_{j < i} x_j`.
    func backwardSums() -> [Double] {
        directedSums(order: 0..<count)
    }

    private func directedSums(order: some Sequence<Int>) -> [Double] {
        var sums = [Double](repeating: 0, count: count)
        var running = [Double](repeating: 0, count: vectors.columnCount)
        vectors.columns.withUnsafeBufferPointer { columns in
            vectors.values.withUnsafeBufferPointer { values in
                running.withUnsafeMutableBufferPointer { running in
                    for i in order {
                        sums[i] = rowDot(i, UnsafeBufferPointer(running), columns, values)
                        for k in vectors.rowStart[i]..<vectors.rowStart[i + 1] {
                            running[Int(columns[k])] += Double(values[k])
                        }
                    }
                }
            }
        }
        return sums
    }

    /// The similarity of sentences `i` and `j`, summed over the terms of the earlier one in
    /// order, as the explicit kernel does.
    func weight(_ i: Int, _ j: Int) -> Float {
        guard i != j else { return 0 }
        return Self.dot(vectors, min(i, j), max(i, j))
    }

    /// The dot product of rows `i` and `j` of `rows`, summed over the terms of `i` in order.
    static func dot(_ rows: SparseRows, _ i: Int, _ j: Int) -> Float {
        var sum: Float = 0
        for (column, value) in rows.row(i) {
            for k in rows.rowStart[j]..<rows.rowStart[j + 1] where rows.columns[k] == column {
                sum += value * rows.values[k]
                break
            }
        }
        return sum
    }

    /// Whether some pair of sentences shares no term (an absent edge, a zero similarity), when
    /// that can be shown cheaply: an empty sentence, or one whose terms reach fewer than
    /// `n − 1` other sentences (checked exactly for the few sentences of smallest reach).
    /// `false` means every pair probably shares a term (a text of repeated sentences).
    func hasAbsentPair() -> Bool {
        let n = count
        guard n > 1 else { return false }
        var frequency = [Int](repeating: 0, count: vectors.columnCount)
        for column in vectors.columns { frequency[Int(column)] += 1 }
        var reach = [Int](repeating: 0, count: n)
        for i in 0..<n {
            let range = vectors.rowStart[i]..<vectors.rowStart[i + 1]
            if range.isEmpty { return true }
            for k in range { reach[i] += frequency[Int(vectors.columns[k])] - 1 }
            if reach[i] < n - 1 { return true }
        }
        // Count the distinct neighbours of the sentences with the smallest reach.
        let index = SimilarityKernel.InvertedIndex(vectors)
        var seen = [Int32](repeating: -1, count: n)
        for i in (0..<n).sorted(by: { reach[$0] < reach[$1] }).prefix(8) {
            var neighbours = 0
            seen[i] = Int32(i)
            for k in vectors.rowStart[i]..<vectors.rowStart[i + 1] {
                let t = Int(vectors.columns[k])
                for q in index.start[t]..<index.start[t + 1] where seen[Int(index.rows[q])] != Int32(i) {
                    seen[Int(index.rows[q])] = Int32(i)
                    neighbours += 1
                }
            }
            if neighbours < n - 1 { return true }
        }
        return false
    }
}
