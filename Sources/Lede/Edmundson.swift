/// Edmundson's method (Edmundson, 1969, "New Methods in Automatic Extracting"): a weighted sum
/// of four features, as sumy 0.13 computes them.
///
/// - cue: bonus words in the sentence minus stigma words (``CueWords``);
/// - key: occurrences of *key* bonus words, those whose document frequency is more than
///   ``keyThreshold`` of the most frequent bonus word's;
/// - title: occurrences of the title's content terms;
/// - location: title-term occurrences, plus 1 in the first paragraph, 1 in the last (when it
///   is not the first), 1 for a paragraph's first sentence and 1 for its last (when it is not
///   the first).
///
/// sumy adds each feature with weight 1 when its weight is positive; here the weights
/// multiply, which is the same for sumy's defaults (cue 1, key 0, title 1, location 1).
struct Edmundson: Sendable {
    var weights: Summarizer.EdmundsonWeights
    var cueWords: CueWords = .english
    /// The share of the most frequent bonus word's count a key word must exceed.
    var keyThreshold: Float = 0.5

    /// One score per sentence; `table` must keep its vocabulary and title terms.
    func scores(for table: SentenceTable) -> [Float] {
        // Per term: bonus (+1), stigma (−1) or both (0), and whether the title holds it.
        var cue = [Float](repeating: 0, count: table.termCount)
        var isBonus = [Bool](repeating: false, count: table.termCount)
        for (term, stem) in table.vocabulary.enumerated() {
            isBonus[term] = cueWords.bonus.contains(stem)
            cue[term] = (isBonus[term] ? 1 : 0) - (cueWords.stigma.contains(stem) ? 1 : 0)
        }
        var inTitle = [Bool](repeating: false, count: table.termCount)
        for term in table.titleTerms { inTitle[Int(term)] = true }
        var bonusCount = [Int](repeating: 0, count: table.termCount)
        for term in table.termIDs where isBonus[Int(term)] { bonusCount[Int(term)] += 1 }
        let keyCutoff = Float(bonusCount.max() ?? 0) * keyThreshold
        let firstParagraph = table.spans.paragraphs.first ?? 0, lastParagraph = table.spans.paragraphs.last ?? 0

        return (0..<table.count).map { sentence in
            var cueScore: Float = 0, keyScore: Float = 0, titleScore: Float = 0
            for term in table.terms(of: sentence) {
                let t = Int(term)
                cueScore += cue[t]
                if bonusCount[t] > 0 && Float(bonusCount[t]) > keyCutoff { keyScore += 1 }
                if inTitle[t] { titleScore += 1 }
            }
            let paragraph = table.spans.paragraphs[sentence]
            var location = titleScore
            if paragraph == firstParagraph { location += 1 } else if paragraph == lastParagraph { location += 1 }
            let opensParagraph = sentence == 0 || table.spans.paragraphs[sentence - 1] != paragraph
            let closesParagraph = sentence == table.count - 1 || table.spans.paragraphs[sentence + 1] != paragraph
            if opensParagraph { location += 1 } else if closesParagraph { location += 1 }
            return Float(weights.cue) * cueScore + Float(weights.key) * keyScore
                + Float(weights.title) * titleScore + Float(weights.location) * location
        }
    }
}
