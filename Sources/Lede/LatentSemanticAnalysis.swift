/// LSA summarization (Steinberger and Ježek, 2004), as sumy 0.13 implements it.
///
/// The term-by-sentence matrix holds, for term `t` and sentence `j`,
/// `smoothing + (1 − smoothing) · count(t, j) / max_t' count(t', j)` — sumy's smoothed
/// maximum-frequency normalization, which it applies to every cell of a sentence that has a
/// term, zeros included. Its singular value decomposition `A = U Σ Vᵀ` gives each sentence the
/// strength `sₖ = √(Σᵢ σᵢ² · vᵢₖ²)` over the leading `dimensions` triplets.
///
/// With every dimension kept (sumy's choice, the default), the strength of a sentence is the
/// length of its column of `A`, since `ΣVᵀ = UᵀA` and `U` is orthonormal on the columns' span:
/// the decomposition matters when `dimensions` is smaller than the rank.
struct LatentSemanticAnalysis: Sendable {
    /// How many leading singular triplets count; `nil` keeps them all.
    var dimensions: Int?
    /// The share of the maximum-frequency weight every cell of a sentence starts from.
    var smoothing: Float = 0.4

    /// A matrix with the same Gram matrix `AᵀA` as the term-by-sentence matrix (one row per
    /// term, as sumy builds it), hence the same singular
    /// values and right singular vectors, and fewer rows: the rows of the terms that occur in
    /// one sentence only, the same number of times, are identical, and `k` identical rows `r`
    /// become the one row `√k · r`. Most terms of an article occur in one sentence, so this
    /// shrinks the matrix (and its decomposition) several times. Column-major, `rows x sentences`.
    func reducedMatrix(for table: SentenceTable) -> (matrix: [Float], rows: Int) {
        let n = table.count
        // Each sentence's distinct terms with their counts, and each term's sentence count.
        var count = [Int32](repeating: 0, count: table.termCount)
        var sentences = [Int32](repeating: 0, count: table.termCount)
        var entries: [(term: Int32, count: Int32)] = []
        var entryStart = [0]
        var largest = [Float](repeating: 0, count: n)
        for sentence in 0..<n {
            let start = entries.count
            for term in table.terms(of: sentence) {
                if count[Int(term)] == 0 { entries.append((term, 0)) }
                count[Int(term)] += 1
            }
            for k in start..<entries.count {
                let term = Int(entries[k].term)
                entries[k].count = count[term]
                largest[sentence] = max(largest[sentence], Float(count[term]))
                count[term] = 0
                sentences[term] += 1
            }
            entryStart.append(entries.count)
        }
        // Rows: one per term in several sentences; one per (sentence, count) group of the others.
        var rowOfTerm = [Int32](repeating: -1, count: table.termCount)
        var multiplicity: [Float] = []
        var groupRow: [Int: Int32] = [:]
        for sentence in 0..<n {
            for k in entryStart[sentence]..<entryStart[sentence + 1] {
                let (term, c) = entries[k]
                if sentences[Int(term)] > 1 {
                    guard rowOfTerm[Int(term)] < 0 else { continue }
                    rowOfTerm[Int(term)] = Int32(multiplicity.count)
                    multiplicity.append(1)
                } else {
                    let key = sentence << 32 | Int(c)
                    if let row = groupRow[key] {
                        multiplicity[Int(row)] += 1
                        rowOfTerm[Int(term)] = row
                    } else {
                        groupRow[key] = Int32(multiplicity.count)
                        rowOfTerm[Int(term)] = Int32(multiplicity.count)
                        multiplicity.append(1)
                    }
                }
            }
        }
        let rows = multiplicity.count
        let weight = multiplicity.map { $0.squareRoot() }
        var matrix = [Float](repeating: 0, count: rows * n)
        for sentence in 0..<n where largest[sentence] > 0 {
            let column = sentence * rows
            for row in 0..<rows { matrix[column + row] = smoothing * weight[row] }
            let scale = (1 - smoothing) / largest[sentence]
            for k in entryStart[sentence]..<entryStart[sentence + 1] {
                let row = Int(rowOfTerm[Int(entries[k].term)])
                matrix[column + row] = (smoothing + scale * Float(entries[k].count)) * weight[row]
            }
        }
        return (matrix, rows)
    }

    /// One strength per sentence (0 for all when the document has no terms).
    func scores(for table: SentenceTable) -> [Float] {
        let columns = table.count
        let (matrix, rows) = reducedMatrix(for: table)
        guard rows > 0, columns > 0 else { return [Float](repeating: 0, count: columns) }
        let rank = min(rows, columns)
        let k = min(dimensions ?? rank, rank)
        guard let triplets = SingularTriplets.leading(k, of: matrix, rows: rows, columns: columns, needsLeft: false) else {
            return [Float](repeating: 0, count: columns)
        }
        return strengths(triplets)
    }

    /// `√(Σᵢ σᵢ² · vᵢⱼ²)` for every column `j`, over the given triplets.
    func strengths(_ triplets: SingularTriplets) -> [Float] {
        (0..<triplets.columns).map { j in
            var sum: Float = 0
            for i in 0..<triplets.count {
                let weighted = triplets.values[i] * triplets.right(i, j)
                sum += weighted * weighted
            }
            return sum.squareRoot()
        }
    }
}
