/// How the scores against several references of one item become one score.
public enum RougeMultiReference: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Each measure takes the reference giving the best F, the first one on ties
    /// (`rouge-score`'s `score_multi`).
    case bestF = "best-f"
    /// Counts are pooled over the references: matches summed over references, divided by the
    /// summed reference sizes (recall) and by the candidate size times the number of references
    /// (precision). ROUGE-1.5.5's `-f A`.
    case average
    /// Each measure takes the reference giving the best recall, the first one on ties.
    /// ROUGE-1.5.5's `-f B`; in the ``RougeProfile/perl`` profile recall is compared as the
    /// script compares it (rounded to 5 decimals for ROUGE-N and ROUGE-S).
    case best

    /// The name used on the command line: `best-f`, `average` or `best`.
    public var description: String { rawValue }
}
