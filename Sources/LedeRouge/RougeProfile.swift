/// Which reference scorer's behaviour to reproduce.
///
/// The two differ in stemming and in how several references combine; counting is the same.
///
/// - ``rougeScore``: Google's `rouge-score` (Python, 0.1.2). Text is lower-cased and every run of
///   characters other than `a`–`z` and `0`–`9` separates tokens; stemming is NLTK's Porter
///   stemmer on tokens longer than 3 characters; with several references, each measure takes
///   the reference with the best F (`score_multi`).
/// - ``perl``: ROUGE-1.5.5 (`ROUGE-1.5.5.pl`). The same tokens; stemming looks words longer than
///   3 characters up in WordNet 2.0's irregular forms and otherwise applies the script's own
///   Porter variant; several references are pooled (`-f A`) unless ``RougeMultiReference/best``
///   is chosen (`-f B`); word and byte limits (`-l`, `-b`) and stopword removal (`-s`) are
///   available.
///
/// Measures `rouge-score` lacks (ROUGE-W, ROUGE-S, ROUGE-SU) are computed as ROUGE-1.5.5
/// computes them in both profiles.
public enum RougeProfile: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Google's `rouge-score`, the default.
    case rougeScore = "rouge-score"
    /// ROUGE-1.5.5, the original Perl script.
    case perl

    /// The profile's name: `rouge-score` or `perl`.
    public var description: String { rawValue }

    /// How this profile combines several references unless told otherwise.
    public var defaultMultiReference: RougeMultiReference {
        switch self {
        case .rougeScore: .bestF
        case .perl: .average
        }
    }
}
