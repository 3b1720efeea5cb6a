/// Weighs each sentence's terms by TF-IDF and normalizes the vectors to unit length.
///
/// Term frequency is the raw count in the sentence; inverse document frequency comes from the
/// document's own sentences (each sentence a "document") unless a corpus ``IDFModel`` is given.
/// A sentence without content terms gets an empty vector: it is similar to nothing. Columns
/// within a row are in order of first occurrence in the sentence.
struct TFIDFVectorizer: Sendable {
    var corpusIDF: IDFModel?

    /// Unit-length TF-IDF rows, one per sentence, over the table's terms; every distinct term
    /// of a sentence has an entry, even one that weighs 0.
    func vectors(for table: SentenceTable) -> SparseRows {
        // First pass: each sentence's distinct terms with their counts, and each term's
        // document frequency; second pass: weigh by IDF and normalize. There is at most one
        // entry per term occurrence, so `termIDs.count` entries always suffice.
        let capacity = table.termIDs.count
        var rowStart = [Int](repeating: 0, count: table.count + 1)
        var frequency = [Int](repeating: 0, count: table.termCount)
        var count = [Int32](repeating: 0, count: table.termCount)
        var columns = [Int32](repeating: 0, count: capacity)
        var values = [Float](repeating: 0, count: capacity)
        var filled = 0
        columns.withUnsafeMutableBufferPointer { columns in
            values.withUnsafeMutableBufferPointer { values in
                count.withUnsafeMutableBufferPointer { count in
                    table.termIDs.withUnsafeBufferPointer { termIDs in
                        for sentence in 0..<table.count {
                            let start = filled
                            for position in table.termStart[sentence]..<table.termStart[sentence + 1] {
                                let term = Int(termIDs[position])
                                if count[term] == 0 {
                                    columns[filled] = Int32(term)
                                    filled += 1
                                }
                                count[term] += 1
                            }
                            for k in start..<filled {
                                let term = Int(columns[k])
                                values[k] = Float(count[term])
                                count[term] = 0
                                frequency[term] += 1
                            }
                            rowStart[sentence + 1] = filled
                        }
                    }
                }
                let idf = inverseDocumentFrequencies(frequency: frequency, table: table)
                for sentence in 0..<table.count {
                    let row = rowStart[sentence]..<rowStart[sentence + 1]
                    var squares: Float = 0
                    for k in row {
                        let weight = values[k] * idf[Int(columns[k])]
                        values[k] = weight
                        squares += weight * weight
                    }
                    guard squares > 0 else { continue }
                    let scale = 1 / squares.squareRoot()
                    for k in row { values[k] *= scale }
                }
            }
        }
        columns.removeLast(capacity - filled)
        values.removeLast(capacity - filled)
        return SparseRows(columnCount: table.termCount, rowStart: rowStart, columns: columns, values: values)
    }

    /// Binary rows: 1 for each distinct term of a sentence, where `vectors` (the sentences'
    /// TF-IDF rows, which keep every distinct term) has an entry. Their products count shared
    /// terms.
    static func presence(of vectors: SparseRows) -> SparseRows {
        SparseRows(columnCount: vectors.columnCount, rowStart: vectors.rowStart, columns: vectors.columns,
                   values: [Float](repeating: 1, count: vectors.nonzeroCount))
    }

    /// The IDF of every term, from the corpus model when there is one, else from `frequency`,
    /// the number of the table's sentences that hold each term.
    private func inverseDocumentFrequencies(frequency: [Int], table: SentenceTable) -> [Float] {
        if let corpusIDF {
            return table.vocabulary.map { Float(corpusIDF.idf($0)) }
        }
        // IDF depends only on the document frequency, which is at most the sentence count.
        let byFrequency = (0...table.count).map { Float(IDFModel.idf(documentFrequency: $0, documentCount: table.count)) }
        return frequency.map { byFrequency[$0] }
    }
}
