/// Weighs each sentence's terms by TF-IDF and normalizes the vectors to unit length.
///
/// Term frequency is the raw count in the sentence; inverse document frequency comes from the
/// document's own sentences (each sentence a "document") unless a corpus ``IDFModel`` is given.
/// A sentence without content terms gets an empty vector: it is similar to nothing. Columns
/// within a row are in order of first occurrence in the sentence.
struct TFIDFVectorizer: Sendable {
    var corpusIDF: IDFModel?

    /// Unit-length TF-IDF rows, one per sentence, over the table's terms.
    func vectors(for table: SentenceTable) -> SparseRows {
        let idf = inverseDocumentFrequencies(for: table)
        var rows = SparseRows(columnCount: table.termCount)
        rows.columns.reserveCapacity(table.termIDs.count)
        rows.values.reserveCapacity(table.termIDs.count)
        rows.rowStart.reserveCapacity(table.count + 1)
        var count = [Int32](repeating: 0, count: table.termCount)
        for sentence in 0..<table.count {
            let start = rows.columns.count
            for term in table.terms(of: sentence) {
                if count[Int(term)] == 0 { rows.columns.append(term) }
                count[Int(term)] += 1
            }
            var squares: Float = 0
            for k in start..<rows.columns.count {
                let term = Int(rows.columns[k])
                let weight = Float(count[term]) * idf[term]
                rows.values.append(weight)
                squares += weight * weight
                count[term] = 0
            }
            if squares > 0 {
                let scale = 1 / squares.squareRoot()
                for k in start..<rows.values.count { rows.values[k] *= scale }
            }
            rows.rowStart.append(rows.columns.count)
        }
        return rows
    }

    /// Binary rows: 1 for each distinct term of a sentence. Their products count shared terms.
    static func presence(for table: SentenceTable) -> SparseRows {
        var rows = SparseRows(columnCount: table.termCount)
        var seen = [Int](repeating: -1, count: table.termCount)
        for sentence in 0..<table.count {
            for term in table.terms(of: sentence) where seen[Int(term)] != sentence {
                seen[Int(term)] = sentence
                rows.columns.append(term)
                rows.values.append(1)
            }
            rows.rowStart.append(rows.columns.count)
        }
        return rows
    }

    /// The IDF of every term of the table.
    func inverseDocumentFrequencies(for table: SentenceTable) -> [Float] {
        if let corpusIDF {
            return table.vocabulary.map { Float(corpusIDF.idf($0)) }
        }
        var frequency = [Int](repeating: 0, count: table.termCount)
        var seen = [Int](repeating: -1, count: table.termCount)
        for sentence in 0..<table.count {
            for term in table.terms(of: sentence) where seen[Int(term)] != sentence {
                seen[Int(term)] = sentence
                frequency[Int(term)] += 1
            }
        }
        // IDF depends only on the document frequency, which is at most the sentence count.
        let byFrequency = (0...table.count).map { Float(IDFModel.idf(documentFrequency: $0, documentCount: table.count)) }
        return frequency.map { byFrequency[$0] }
    }
}
