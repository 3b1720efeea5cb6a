import Foundation

/// KL-Sum (Haghighi and Vanderwende, 2009), greedy, as sumy 0.13 implements it.
///
/// Sentences are added to the summary one at a time: the one that makes the summary's
/// content-term distribution `P_S` closest to the document's, `P_D`, by
/// `Σ_{w ∈ S} P_D(w) · log(P_D(w) / P_S(w))` — sumy's divergence, which sums over the summary's
/// terms only (ties to the earlier sentence). Each candidate is evaluated incrementally from
/// the summary's running sums, in time linear in its own terms.
struct KLSum: Sendable {
    /// One score per sentence: higher for sentences added earlier (`n − addition order`).
    func scores(for table: SentenceTable) -> [Float] {
        let n = table.count
        guard n > 0, !table.termIDs.isEmpty else { return [Float](repeating: 0, count: n) }
        // Per term: its document probability p and p · log p.
        let p = table.termProbabilities()
        let pLogP = p.map { $0 > 0 ? $0 * log($0) : 0 }

        // The summary: term counts, its length, and over its terms Σ p (log p − log count)
        // and Σ p, so that KL = a + log(length) · mass.
        var summaryCount = [Double](repeating: 0, count: table.termCount)
        var summaryLength = 0.0
        var a = 0.0, mass = 0.0
        // Per candidate: its own term counts, gathered in `candidateCount` and reset after.
        var candidateCount = [Double](repeating: 0, count: table.termCount)
        var scores = [Float](repeating: 0, count: n)
        var remaining = Array(0..<n)
        for pick in 0..<n {
            var best = 0
            var bestDivergence = Double.infinity
            for (position, sentence) in remaining.enumerated() {
                let terms = table.terms(of: sentence)
                for term in terms { candidateCount[Int(term)] += 1 }
                var candidateA = a, candidateMass = mass
                for term in terms {
                    let t = Int(term)
                    let added = candidateCount[t]
                    guard added > 0 else { continue }  // a term seen earlier in this sentence
                    let before = summaryCount[t]
                    if before > 0 {
                        candidateA -= p[t] * (log(before + added) - log(before))
                    } else {
                        candidateA += pLogP[t] - p[t] * log(added)
                        candidateMass += p[t]
                    }
                    candidateCount[t] = 0
                }
                let length = summaryLength + Double(terms.count)
                let divergence = length > 0 ? candidateA + log(length) * candidateMass : 0
                if divergence < bestDivergence {
                    bestDivergence = divergence
                    best = position
                }
            }
            let chosen = remaining.remove(at: best)
            scores[chosen] = Float(n - pick)
            for term in table.terms(of: chosen) {
                let t = Int(term)
                if summaryCount[t] > 0 {
                    a -= p[t] * (log(summaryCount[t] + 1) - log(summaryCount[t]))
                } else {
                    a += pLogP[t]
                    mass += p[t]
                }
                summaryCount[t] += 1
            }
            summaryLength += Double(table.termStart[chosen + 1] - table.termStart[chosen])
        }
        return scores
    }
}
