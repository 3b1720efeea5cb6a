/// Finds every pair of rows whose dot product exceeds a threshold, without visiting the pairs
/// that cannot: an exact all-pairs similarity search with prefix filtering (after Bayardo,
/// Ma and Srikant, 2007), optionally limited to pairs of nearby rows.
///
/// Each row sets aside a *prefix*, its most frequent terms, as long as their squared weights
/// sum to less than the threshold `τ`. Two rows that share terms only inside both their
/// prefixes have a dot product below `‖x_P‖ · ‖y_P‖ < √τ · √τ = τ` (Cauchy–Schwarz), so only
/// the other terms need an index. Frequent terms carry little TF-IDF weight, so the postings
/// left in the index are short. Probing row `x` accumulates `x · y` over the indexed terms of
/// each `y`; the rest is at most `‖y_P‖ · ‖x‖`, so only rows that can still pass are verified
/// with a full dot product.
///
/// On long texts the number of edges itself grows with the square of the length (two
/// sentences far apart that share a rare name pass a threshold of 0.1), so long documents pass
/// a `window`: pairs more than that many rows apart are not edges.
enum SimilarityEdgeSearch {
    /// The symmetric graph of the pairs `i ≠ j`, `|i − j| ≤ window`, of `rows` with
    /// `rows_i · rows_j > threshold`; columns ascending within each row. Rows have length at
    /// most 1.
    ///
    /// - Complexity: `O(nnz + probes + verified pairs · terms per row + edges · log edges)`.
    static func edges(of rows: SparseRows, above threshold: Float, window: Int = .max) -> SparseRows {
        let n = rows.rowCount
        let terms = rows.columnCount
        var frequency = [Int](repeating: 0, count: terms)
        for column in rows.columns { frequency[Int(column)] += 1 }
        // A little slack keeps rounding from hiding a pair right at the threshold.
        let prefixLimit = Double(threshold) * (1 - 1e-4)

        // The indexed (non-prefix) entries of each row, as a term → rows index, and the length
        // of each row's prefix.
        var indexed = [Bool](repeating: false, count: rows.nonzeroCount)
        var prefixNorm = [Float](repeating: 0, count: n)
        var start = [Int](repeating: 0, count: terms + 1)
        for i in 0..<n {
            let range = rows.rowStart[i]..<rows.rowStart[i + 1]
            let order = range.sorted {
                let a = frequency[Int(rows.columns[$0])], b = frequency[Int(rows.columns[$1])]
                return a != b ? a > b : rows.columns[$0] < rows.columns[$1]
            }
            var mass = 0.0
            for k in order {
                let w = Double(rows.values[k])
                if mass + w * w < prefixLimit {
                    mass += w * w
                } else {
                    indexed[k] = true
                    start[Int(rows.columns[k]) + 1] += 1
                }
            }
            prefixNorm[i] = Float(mass.squareRoot() * (1 + 1e-4))
        }
        for t in 0..<terms { start[t + 1] += start[t] }
        var postings = [Int32](repeating: 0, count: start[terms])
        var postingValues = [Float](repeating: 0, count: start[terms])
        var fill = start
        for i in 0..<n {
            for k in rows.rowStart[i]..<rows.rowStart[i + 1] where indexed[k] {
                let t = Int(rows.columns[k])
                postings[fill[t]] = Int32(i)
                postingValues[fill[t]] = rows.values[k]
                fill[t] += 1
            }
        }

        // Probe each row against the index; keep each pair once, as (low, high).
        var pairs: [(key: UInt64, value: Float)] = []
        var accumulated = [Float](repeating: 0, count: n)
        var stamp = [Int32](repeating: -1, count: n)
        var touched: [Int32] = []
        var scatter = [Float](repeating: 0, count: terms)
        let candidateLimit = threshold * (1 - 1e-4)
        for x in 0..<n {
            let lowest = Int32(clamping: x - min(window, n)), highest = Int32(clamping: x + min(window, n))
            for k in rows.rowStart[x]..<rows.rowStart[x + 1] {
                let t = Int(rows.columns[k])
                let value = rows.values[k]
                // The first posting within the window (postings are in row order).
                var q = start[t], end = start[t + 1]
                var high = end
                while q < high {
                    let middle = (q + high) / 2
                    if postings[middle] < lowest { q = middle + 1 } else { high = middle }
                }
                while q < end, postings[q] <= highest {
                    let y = Int(postings[q])
                    if y != x {
                        if stamp[y] != Int32(x) {
                            stamp[y] = Int32(x)
                            accumulated[y] = 0
                            touched.append(Int32(y))
                        }
                        accumulated[y] += value * postingValues[q]
                    }
                    q += 1
                }
            }
            let range = rows.rowStart[x]..<rows.rowStart[x + 1]
            for k in range { scatter[Int(rows.columns[k])] = rows.values[k] }
            for y in touched.lazy.map(Int.init) where accumulated[y] + prefixNorm[y] > candidateLimit {
                var dot: Float = 0
                for p in rows.rowStart[y]..<rows.rowStart[y + 1] { dot += rows.values[p] * scatter[Int(rows.columns[p])] }
                if dot > candidateLimit {
                    pairs.append((UInt64(min(x, y)) << 32 | UInt64(max(x, y)), dot))
                }
            }
            for k in range { scatter[Int(rows.columns[k])] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        pairs.sort { $0.key != $1.key ? $0.key < $1.key : $0.value < $1.value }

        // Each pair once (found from both ends, it keeps its smaller rounding), both directions.
        var counts = [Int](repeating: 0, count: n + 1)
        var kept: [(low: Int32, high: Int32, value: Float)] = []
        var previous = UInt64.max
        for (pair, value) in pairs where pair != previous {
            previous = pair
            guard value > threshold else { continue }
            let low = Int(pair >> 32), high = Int(pair & 0xFFFF_FFFF)
            kept.append((Int32(low), Int32(high), value))
            counts[low + 1] += 1
            counts[high + 1] += 1
        }
        for i in 0..<n { counts[i + 1] += counts[i] }
        var cursor = counts
        var columns = [Int32](repeating: 0, count: counts[n])
        var values = [Float](repeating: 0, count: counts[n])
        // Pairs are sorted by (low, high): row `high` receives its lower neighbours in
        // ascending order first; row `low` its higher ones, also ascending, after them.
        for edge in kept {
            let h = Int(edge.high)
            columns[cursor[h]] = edge.low
            values[cursor[h]] = edge.value
            cursor[h] += 1
        }
        for edge in kept {
            let l = Int(edge.low)
            columns[cursor[l]] = edge.high
            values[cursor[l]] = edge.value
            cursor[l] += 1
        }
        return SparseRows(columnCount: n, rowStart: counts, columns: columns, values: values)
    }
}
