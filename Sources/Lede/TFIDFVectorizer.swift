/// Weighs each sentence's terms by TF-IDF and normalizes the vectors to unit length.
///
/// Term frequency is the raw count in the sentence; inverse document frequency comes from the
/// document's own sentences (each sentence a "document") unless a corpus ``IDFModel`` is given.
/// A sentence without content terms gets an empty vector: it is similar to nothing.
struct TFIDFVectorizer: Sendable {
    var corpusIDF: IDFModel?

    /// Unit-length TF-IDF rows, one per sentence, over the table's vocabulary.
    func vectors(for table: SentenceTable) -> SparseRows {
        let idf = inverseDocumentFrequencies(for: table)
        var rows = SparseRows(columnCount: table.termCount)
        var entries: [(column: Int32, value: Float)] = []
        for terms in table.terms {
            // Count each term's occurrences: sort, then take runs.
            let sorted = terms.sorted()
            entries.removeAll(keepingCapacity: true)
            var start = 0
            while start < sorted.count {
                var end = start + 1
                while end < sorted.count && sorted[end] == sorted[start] { end += 1 }
                entries.append((sorted[start], Float(Double(end - start) * idf[Int(sorted[start])])))
                start = end
            }
            let norm = entries.reduce(Float(0)) { $0 + $1.value * $1.value }.squareRoot()
            if norm > 0 {
                for k in entries.indices { entries[k].value /= norm }
            }
            rows.appendRow(entries)
        }
        return rows
    }

    /// Binary rows: 1 for each distinct term of a sentence. Their products count shared terms.
    static func presence(for table: SentenceTable) -> SparseRows {
        var rows = SparseRows(columnCount: table.termCount)
        for terms in table.terms {
            var distinct = terms.sorted()
            distinct.removeDuplicates()
            rows.appendRow(distinct.map { (column: $0, value: Float(1)) })
        }
        return rows
    }

    func inverseDocumentFrequencies(for table: SentenceTable) -> [Double] {
        if let corpusIDF {
            return table.vocabulary.map(corpusIDF.idf)
        }
        var frequency = [Int](repeating: 0, count: table.termCount)
        var seen = [Int](repeating: -1, count: table.termCount)
        for (sentence, terms) in table.terms.enumerated() {
            for term in terms where seen[Int(term)] != sentence {
                seen[Int(term)] = sentence
                frequency[Int(term)] += 1
            }
        }
        return frequency.map { IDFModel.idf(documentFrequency: $0, documentCount: table.count) }
    }
}

extension Array where Element: Equatable {
    /// Removes adjacent repeats, leaving one of each run (all repeats, when sorted).
    mutating func removeDuplicates() {
        guard count > 1 else { return }
        var kept = 1
        for i in 1..<count where self[i] != self[kept - 1] {
            self[kept] = self[i]
            kept += 1
        }
        removeLast(count - kept)
    }
}
