extension SentenceTable {
    /// Each term's share of the document's content-term occurrences (`count / total`), indexed
    /// by term id; all zero when the document has no content terms.
    ///
    /// - Complexity: O(*n* + *t*) for *n* term occurrences and *t* distinct terms.
    func termProbabilities() -> [Double] {
        var probability = [Double](repeating: 0, count: termCount)
        for term in termIDs { probability[Int(term)] += 1 }
        let total = Double(termIDs.count)
        guard total > 0 else { return probability }
        for t in probability.indices { probability[t] /= total }
        return probability
    }
}
