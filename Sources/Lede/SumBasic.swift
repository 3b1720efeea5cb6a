/// SumBasic (Nenkova and Vanderwende, 2005; Nenkova, Vanderwende and McKeown, 2006), as sumy
/// 0.13 implements it.
///
/// Each content term has the probability `count / total` in the document. Sentences are
/// picked one at a time: the one whose content terms have the highest average probability
/// (ties to the earlier sentence), after which the probability of each of its term
/// occurrences is squared, so that what the summary already says counts less. A sentence
/// without content terms averages 0.
struct SumBasic: Sendable {
    /// One score per sentence: higher for sentences picked earlier (`n − pick order`).
    func scores(for table: SentenceTable) -> [Float] {
        let n = table.count
        guard n > 0, !table.termIDs.isEmpty else { return [Float](repeating: 0, count: n) }
        var probability = table.termProbabilities()
        var scores = [Float](repeating: 0, count: n)
        var remaining = Array(0..<n)
        for pick in 0..<n {
            var best = 0
            var bestAverage = -1.0
            for (position, sentence) in remaining.enumerated() {
                let terms = table.terms(of: sentence)
                var sum = 0.0
                for term in terms { sum += probability[Int(term)] }
                let average = terms.isEmpty ? 0 : sum / Double(terms.count)
                if average > bestAverage {
                    bestAverage = average
                    best = position
                }
            }
            let chosen = remaining.remove(at: best)
            scores[chosen] = Float(n - pick)
            for term in table.terms(of: chosen) { probability[Int(term)] *= probability[Int(term)] }
        }
        return scores
    }
}
