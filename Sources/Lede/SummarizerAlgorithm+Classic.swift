extension Summarizer.Algorithm {
    /// Whether the algorithm is one of the classic, non-graph ones (LSA, Luhn, SumBasic,
    /// KL-Sum, Edmundson), which score sentences from their terms alone.
    var isClassic: Bool {
        switch self {
        case .lsa, .luhn, .sumBasic, .klSum, .edmundson: true
        case .lexRank, .textRank, .positional, .lead: false
        }
    }

    /// Whether the summary takes the best-ranked sentences as they are, as the published
    /// algorithm does: no redundancy check, no minimum length (Lead-k and the classic ones).
    var selectsByRankAlone: Bool { self == .lead || isClassic }

    /// Whether scoring needs each content term's word position in its sentence.
    var needsTermPositions: Bool {
        if case .luhn = self { return true }
        return false
    }

    /// Whether scoring needs the terms' stems and the title's terms.
    var needsVocabularyAndTitle: Bool {
        if case .edmundson = self { return true }
        return false
    }

    /// The scores of a classic algorithm, `nil` for the others.
    func classicScores(for table: SentenceTable) -> [Float]? {
        switch self {
        case .lsa(let dimensions): LatentSemanticAnalysis(dimensions: dimensions).scores(for: table)
        case .luhn(let gap): Luhn(gap: gap).scores(for: table)
        case .sumBasic: SumBasic().scores(for: table)
        case .klSum: KLSum().scores(for: table)
        case .edmundson(let weights): Edmundson(weights: weights).scores(for: table)
        case .lexRank, .textRank, .positional, .lead: nil
        }
    }
}
