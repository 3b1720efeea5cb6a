/// The unigram counts that clip LCS hits: a hit on a term is counted only while both summaries
/// still have an unused occurrence of it, so that no token matches twice (ROUGE-1.5.5 since
/// 1.4.1; `rouge-score` alike).
struct UnigramClipping {
    private var reference = TermTable(defaultValue: 0)
    private var candidate = TermTable(defaultValue: 0)

    /// Starts counting for one candidate–reference pair, from their whole token streams.
    mutating func start(reference referenceText: TokenizedText, candidate candidateText: TokenizedText, vocabulary: Int) {
        reference.reset(vocabulary: vocabulary)
        candidate.reset(vocabulary: vocabulary)
        referenceText.tokens.withUnsafeBufferPointer { reference.count($0) }
        candidateText.tokens.withUnsafeBufferPointer { candidate.count($0) }
    }

    /// Uses one occurrence of `term` on both sides if both have one left; returns whether it did.
    @inline(__always)
    mutating func take(_ term: Int32) -> Bool {
        let left = (reference.value(of: term), candidate.value(of: term))
        guard left.0 > 0 && left.1 > 0 else { return false }
        reference.set(term, left.0 - 1)
        candidate.set(term, left.1 - 1)
        return true
    }
}
