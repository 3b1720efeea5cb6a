/// Picks sentences by score under a budget, skipping near-duplicates, in document order.
struct SentenceSelector: Sendable {
    var budget: Summarizer.Budget
    /// Skip a sentence whose similarity to a chosen one reaches this; `nil` disables the check.
    var redundancyThreshold: Double?
    /// Sentences shorter than this are used only when nothing else fits.
    var minimumWords: Int

    /// The chosen sentence indices, ascending.
    func select(scores: [Double], wordCounts: [Int], cosine: (Int, Int) -> Float) -> [Int] {
        let n = scores.count
        guard n > 0 else { return [] }
        // Highest score first; ties go to the earlier sentence.
        let ranked = (0..<n).sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        let totalWords = wordCounts.reduce(0, +)
        let (sentenceLimit, wordLimit): (Int, Int) = switch budget {
        case .sentences(let k): (max(k, 0), Int.max)
        case .words(let w): (Int.max, max(w, 0))
        case .ratio(let r): (Int.max, Int((min(max(r, 0), 1) * Double(totalWords)).rounded(.up)))
        }
        guard sentenceLimit > 0, wordLimit > 0 else { return [] }

        var chosen: [Int] = []
        var words = 0
        var isChosen = [Bool](repeating: false, count: n)
        func isRedundant(_ candidate: Int) -> Bool {
            guard let threshold = redundancyThreshold else { return false }
            return chosen.contains { Double(cosine(candidate, $0)) >= threshold }
        }
        // First pass respects the length floor; the second lets short sentences fill the rest.
        for pass in 0..<2 {
            for i in ranked where !isChosen[i] {
                guard chosen.count < sentenceLimit, words < wordLimit else { break }
                if pass == 0 && wordCounts[i] < minimumWords { continue }
                if words + wordCounts[i] > wordLimit || isRedundant(i) { continue }
                chosen.append(i)
                isChosen[i] = true
                words += wordCounts[i]
            }
        }
        if chosen.isEmpty, let best = ranked.first(where: { wordCounts[$0] > 0 }) ?? ranked.first {
            chosen = [best]  // a word budget smaller than every sentence still gets one sentence
        }
        return chosen.sorted()
    }
}
