/// A length limit applied to candidates and references before scoring, as ROUGE-1.5.5's
/// `-l` and `-b` options do (``RougeProfile/perl`` profile only).
///
/// ROUGE-1.5.5 truncates every summary, the references included: sentences are taken whole
/// while they fit and the sentence that reaches the limit is cut. Words are counted as Perl's
/// `split(/\s+/)` counts them on the raw sentence (punctuation included, and a sentence starting
/// with white space counts one empty word); bytes are UTF-8 bytes, not counting the spaces that
/// join sentences. For the sentence-level LCS measures (`rougeLsum`, `rougeW`) the script applies
/// a byte limit to each sentence on its own, keeping sentences shorter than the limit and cutting
/// the first longer one; that is reproduced too.
public enum RougeLengthLimit: Hashable, Sendable, CustomStringConvertible {
    /// The first `count` words (`-l count`).
    case words(Int)
    /// The first `count` bytes (`-b count`).
    case bytes(Int)

    /// `words(100)` or `bytes(665)`.
    public var description: String {
        switch self {
        case let .words(count): "words(\(count))"
        case let .bytes(count): "bytes(\(count))"
        }
    }
}
