/// Luhn's method (Luhn, 1958, "The Automatic Creation of Literature Abstracts"), as sumy 0.13
/// implements it.
///
/// Significant words are the content terms that occur more than once in the document. In each
/// sentence, a cluster starts at a significant word and runs while significant words are
/// fewer than `gap + 1` word tokens apart (stopwords count as tokens); a cluster with `s`
/// significant words spanning `w` tokens, from its first to its last significant word, is
/// worth `s² / w`, or 0 when `s = 1`. A sentence is worth its best cluster.
struct Luhn: Sendable {
    /// The number of insignificant tokens that ends a cluster.
    var gap: Int = 4

    /// One score per sentence; `table` must keep term positions.
    func scores(for table: SentenceTable) -> [Float] {
        var frequency = [Int32](repeating: 0, count: table.termCount)
        for term in table.termIDs { frequency[Int(term)] += 1 }
        return (0..<table.count).map { sentence in
            var best: Float = 0
            var significant = 0
            var first = 0, last = 0
            func close() {
                if significant > 1 { best = max(best, Float(significant * significant) / Float(last - first + 1)) }
                significant = 0
            }
            for k in table.termStart[sentence]..<table.termStart[sentence + 1]
            where frequency[Int(table.termIDs[k])] > 1 {
                let position = Int(table.termPositions[k])
                if significant > 0 && position - last > gap { close() }
                if significant == 0 { first = position }
                significant += 1
                last = position
            }
            close()
            return best
        }
    }
}
