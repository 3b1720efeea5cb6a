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

    /// The term-by-sentence matrix of `table`, column-major (terms x sentences).
    func matrix(for table: SentenceTable) -> [Float] {
        let rows = table.termCount
        var matrix = [Float](repeating: 0, count: rows * table.count)
        for sentence in 0..<table.count {
            let column = sentence * rows
            var largest: Float = 0
            for term in table.terms(of: sentence) {
                matrix[column + Int(term)] += 1
                largest = max(largest, matrix[column + Int(term)])
            }
            guard largest > 0 else { continue }
            let scale = (1 - smoothing) / largest
            for row in column..<(column + rows) {
                matrix[row] = smoothing + scale * matrix[row]
            }
        }
        return matrix
    }

    /// One strength per sentence (0 for all when the document has no terms).
    func scores(for table: SentenceTable) -> [Float] {
        let rows = table.termCount, columns = table.count
        guard rows > 0, columns > 0 else { return [Float](repeating: 0, count: columns) }
        let rank = min(rows, columns)
        let k = min(dimensions ?? rank, rank)
        guard let triplets = SingularTriplets.leading(k, of: matrix(for: table), rows: rows, columns: columns, needsLeft: false) else {
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
