/// Computes the pairwise dot products `X · Xᵀ` of sparse sentence vectors as a sentence graph.
///
/// Two exact algorithms sit behind one interface:
/// - **dense**: scatter the rows into a dense `n x terms` matrix and call CBLAS `ssyrk`.
///   Unbeatable when the matrix is small and densely filled.
/// - **sparse**: walk an inverted index (term → sentences), accumulating only the pairs that
///   share a term. Its cost is `Σ df(t)²`, which at real TF-IDF sparsity (~20 terms a sentence)
///   is orders of magnitude below the dense product.
///
/// ``Method/automatic`` estimates the cost of both from the shape and the document
/// frequencies and picks the cheaper; the constants come from `lede-benchmark kernel` on
/// OpenBLAS 0.3.21 (see `Eval/README.md`). Graphs of more than ``denseGraphLimit`` sentences
/// are stored sparse and never pass through a dense matrix.
package struct SimilarityKernel: Sendable {
    /// How to compute the product.
    package enum Method: Sendable, CaseIterable {
        case automatic, dense, sparse
    }

    /// The algorithm to use.
    var method: Method
    /// The largest graph stored as a dense matrix; longer bodies take the long-document path
    /// (``SentenceScorer``). 3,000 by default: every article of the shared datasets is below it,
    /// and the sparse path takes over where a dense graph's memory would grow too large
    /// (`Eval/bench/scaling.py`; `Eval/README.md`, "Long documents").
    package var denseGraphLimit: Int
    /// The largest dense `sentences x terms` matrix (in elements) the dense path may build.
    var denseMatrixLimit: Int

    package init(method: Method = .automatic, denseGraphLimit: Int = 3_000, denseMatrixLimit: Int = 4_000_000) {
        self.method = method
        self.denseGraphLimit = denseGraphLimit
        self.denseMatrixLimit = denseMatrixLimit
    }

    // Cost model, in nanoseconds, measured by `lede-benchmark kernel` on OpenBLAS 0.3.21
    // (`Eval/README.md`, "The similarity kernel").
    static let denseFixedCost = 600.0       // the BLAS call, the n x n result and its mirroring
    static let denseFillCost = 0.4          // per element of the dense n x terms matrix
    static let denseMultiplyAddCost = 0.018 // per multiply-add of ssyrk (n² · terms / 2)
    static let sparsePairCost = 0.55        // per accumulated pair, Σ df(t)(df(t)+1)/2
    static let sparseEntryCost = 5.0        // per non-zero, to build the inverted index

    /// The method ``Method/automatic`` resolves to for `vectors`.
    package func resolvedMethod(for vectors: SparseRows) -> Method {
        let n = vectors.rowCount
        let terms = vectors.columnCount
        let denseAllowed = n <= denseGraphLimit && n * terms <= denseMatrixLimit
        switch method {
        case .dense: return denseAllowed ? .dense : .sparse
        case .sparse: return .sparse
        case .automatic:
            guard denseAllowed else { return .sparse }
            let dense = Self.denseFixedCost + Double(n * terms) * Self.denseFillCost
                + Double(n) * Double(n) * Double(terms) / 2 * Self.denseMultiplyAddCost
            // A term in df(t) of the n rows adds df(t)(df(t) + 1) / 2 pairs, between df(t) and
            // df(t)(n + 1) / 2: when the dense cost clears the most the sparse one can be (as
            // for every news article), the frequencies need not be counted.
            let entries = Double(vectors.nonzeroCount)
            if dense > entries * (Double(n + 1) / 2 * Self.sparsePairCost + Self.sparseEntryCost) { return .sparse }
            var documentFrequency = [Int](repeating: 0, count: terms)
            for column in vectors.columns { documentFrequency[Int(column)] += 1 }
            let pairs = documentFrequency.reduce(0.0) { $0 + Double($1) * Double($1 + 1) / 2 }
            let sparse = pairs * Self.sparsePairCost + entries * Self.sparseEntryCost
            return dense < sparse ? .dense : .sparse
        }
    }

    /// The graph whose edge `(i, j)`, `i ≠ j`, weighs the dot product of rows `i` and `j`.
    func graph(of vectors: SparseRows) -> SimilarityGraph {
        let n = vectors.rowCount
        switch resolvedMethod(for: vectors) {
        case .dense, .automatic:
            var product = BLAS.gram(Self.densify(vectors), rows: n, columns: vectors.columnCount)
            for i in 0..<n { product[i * n + i] = 0 }
            return SimilarityGraph(count: n, storage: .dense(product))
        case .sparse:
            if n <= denseGraphLimit {
                return SimilarityGraph(count: n, storage: .dense(Self.sparseProductDense(vectors)))
            }
            return SimilarityGraph(count: n, storage: .sparse(Self.sparseProductSparse(vectors)))
        }
    }

    package static func densify(_ vectors: SparseRows) -> [Float] {
        let width = vectors.columnCount
        var dense = [Float](repeating: 0, count: vectors.rowCount * width)
        for i in 0..<vectors.rowCount {
            for (column, value) in vectors.row(i) { dense[i * width + Int(column)] = value }
        }
        return dense
    }

    /// The transpose of the rows: for each term, the rows containing it (ascending) with their
    /// values, in `rows[start[term] ..< start[term + 1]]` and the matching `values`.
    struct InvertedIndex {
        var start: [Int]
        var rows: [Int32]
        var values: [Float]

        init(_ vectors: SparseRows) {
            let terms = vectors.columnCount
            var start = [Int](repeating: 0, count: terms + 1)
            var rows = [Int32](repeating: 0, count: vectors.nonzeroCount)
            var values = [Float](repeating: 0, count: vectors.nonzeroCount)
            start.withUnsafeMutableBufferPointer { start in
                vectors.columns.withUnsafeBufferPointer { columns in
                    for column in columns { start[Int(column) + 1] += 1 }
                    for t in 0..<terms { start[t + 1] += start[t] }
                    // Fill each term's postings from its start (which ends up at the next
                    // term's start), then shift the starts back into place.
                    rows.withUnsafeMutableBufferPointer { rows in
                        values.withUnsafeMutableBufferPointer { values in
                            vectors.values.withUnsafeBufferPointer { entries in
                                var k = 0
                                for i in 0..<vectors.rowCount {
                                    while k < vectors.rowStart[i + 1] {
                                        let t = Int(columns[k])
                                        rows[start[t]] = Int32(i)
                                        values[start[t]] = entries[k]
                                        start[t] += 1
                                        k += 1
                                    }
                                }
                            }
                        }
                    }
                    for t in stride(from: terms, to: 0, by: -1) { start[t] = start[t - 1] }
                    start[0] = 0
                }
            }
            self.start = start
            self.rows = rows
            self.values = values
        }
    }

    /// Calls `add(i, j, xᵢₜ · xⱼₜ)` for every row `i`, every term `t` of row `i` and every
    /// later row `j > i` containing `t`, row by row.
    @inline(__always)
    private static func forEachUpperPair(_ vectors: SparseRows, _ add: (_ i: Int, _ j: Int, _ value: Float) -> Void) {
        let index = InvertedIndex(vectors)
        // Rows are visited in order, so each term's postings before `next[t]` belong to rows
        // already done.
        var next = index.start
        index.rows.withUnsafeBufferPointer { postingRows in
            index.values.withUnsafeBufferPointer { postingValues in
                next.withUnsafeMutableBufferPointer { next in
                    for i in 0..<vectors.rowCount {
                        for k in vectors.rowStart[i]..<vectors.rowStart[i + 1] {
                            let t = Int(vectors.columns[k])
                            let value = vectors.values[k]
                            next[t] += 1
                            for q in next[t]..<index.start[t + 1] {
                                add(i, Int(postingRows[q]), value * postingValues[q])
                            }
                        }
                    }
                }
            }
        }
    }

    package static func sparseProductDense(_ vectors: SparseRows) -> [Float] {
        let n = vectors.rowCount
        var product = [Float](repeating: 0, count: n * n)
        product.withUnsafeMutableBufferPointer { product in
            forEachUpperPair(vectors) { i, j, value in product[i * n + j] += value }
            for i in 0..<n {
                for j in (i + 1)..<max(n, i + 1) { product[j * n + i] = product[i * n + j] }
            }
        }
        return product
    }

    package static func sparseProductSparse(_ vectors: SparseRows) -> SparseRows {
        let n = vectors.rowCount
        var upper = SparseRows(columnCount: n)
        // Scratch space as unsafe buffers: arrays captured by the accumulation closure would be
        // boxed and exclusivity-checked on every pair. `stamp[j] == i + 1` marks column j as
        // touched in row i; `touched` lists those columns in the order met.
        let accumulator = UnsafeMutableBufferPointer<Float>.allocate(capacity: max(n, 1))
        let stamp = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(n, 1))
        let touched = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(n, 1))
        stamp.initialize(repeating: 0)
        defer {
            accumulator.deallocate()
            stamp.deallocate()
            touched.deallocate()
        }
        var touchedCount = 0
        func finishRow() {
            for k in 0..<touchedCount where accumulator[Int(touched[k])] != 0 {
                upper.columns.append(touched[k])
                upper.values.append(accumulator[Int(touched[k])])
            }
            upper.rowStart.append(upper.columns.count)
            touchedCount = 0
        }
        forEachUpperPair(vectors) { i, j, value in
            while upper.rowCount < i { finishRow() }
            if stamp[j] != i + 1 {
                stamp[j] = i + 1
                accumulator[j] = 0
                touched[touchedCount] = Int32(j)
                touchedCount += 1
            }
            accumulator[j] += value
        }
        while upper.rowCount < n { finishRow() }
        return symmetrize(upper)
    }

    /// Mirrors a strictly upper-triangular matrix into a full symmetric one.
    private static func symmetrize(_ upper: SparseRows) -> SparseRows {
        let n = upper.rowCount
        var counts = [Int](repeating: 0, count: n + 1)
        for i in 0..<n {
            counts[i + 1] += upper.rowStart[i + 1] - upper.rowStart[i]
            for (j, _) in upper.row(i) { counts[Int(j) + 1] += 1 }
        }
        for i in 0..<n { counts[i + 1] += counts[i] }
        var cursor = counts
        var columns = [Int32](repeating: 0, count: counts[n])
        var values = [Float](repeating: 0, count: counts[n])
        // Each row receives its lower entries (j < i) first, then its upper entries.
        for i in 0..<n {
            for (j, value) in upper.row(i) {
                let lower = Int(j)
                columns[cursor[lower]] = Int32(i)
                values[cursor[lower]] = value
                cursor[lower] += 1
            }
            for (j, value) in upper.row(i) {
                columns[cursor[i]] = j
                values[cursor[i]] = value
                cursor[i] += 1
            }
        }
        return SparseRows(columnCount: n, rowStart: counts, columns: columns, values: values)
    }
}
