/// One ROUGE measure.
///
/// Each measure has a stable name, used for JSON keys and on the command line:
///
/// | measure | name | what is matched |
/// | --- | --- | --- |
/// | ``n(_:)`` | `rouge1` … `rouge9` | n-grams of the whole summary |
/// | ``l`` | `rougeL` | the longest common subsequence of the whole summaries (sentence breaks ignored) |
/// | ``lsum`` | `rougeLsum` | the union LCS of each reference sentence with every candidate sentence |
/// | ``w(weight:)`` | `rougeW-1.2` | the weighted LCS, runs of k matches weighing k^weight |
/// | ``s(maxSkip:)`` | `rougeS4`, `rougeS*` | skip-bigrams: ordered word pairs with at most `maxSkip` words between them |
/// | ``su(maxSkip:)`` | `rougeSU4`, `rougeSU*` | skip-bigrams plus unigrams |
///
/// ROUGE-1.5.5 calls `rougeLsum` "ROUGE-L"; `rouge-score` calls it `rougeLsum`. A `*` stands for
/// an unlimited skip distance. `rougeW` is accepted as a name for `rougeW-1.2`.
public enum RougeMeasure: Hashable, Sendable, CustomStringConvertible {
    /// ROUGE-N over n-grams, n from 1 to 9.
    case n(Int)
    /// Sentence-level LCS over the whole summary (`rouge-score`'s `rougeL`).
    case l
    /// Summary-level union LCS over newline-separated sentences (ROUGE-1.5.5's ROUGE-L).
    case lsum
    /// Weighted LCS, summary-level, as ROUGE-1.5.5 computes it (`-w weight`).
    case w(weight: Double)
    /// Skip-bigrams with at most `maxSkip` words between the pair; `nil` for no limit (`-2 D`).
    case s(maxSkip: Int?)
    /// Skip-bigrams plus unigrams (`-2 D -u`).
    case su(maxSkip: Int?)

    /// The weight ROUGE-W is reported with by default.
    public static let defaultWeight = 1.2
    /// The largest ROUGE-W weight accepted. ROUGE-1.5.5 raises the reference total to the
    /// weight twice (`(Σ length^weight)^weight`), which overflows a `Double` for large weights;
    /// up to 5 it stays finite for any summary shorter than 10^12 words.
    public static let maximumWeight = 5.0

    /// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum: what `rouge-score` users usually report.
    public static let standard: [RougeMeasure] = [.n(1), .n(2), .l, .lsum]

    /// The measure's name: `rouge1`, `rougeL`, `rougeLsum`, `rougeW-1.2`, `rougeS4`, `rougeSU*`, ….
    public var name: String {
        switch self {
        case let .n(n): "rouge\(n)"
        case .l: "rougeL"
        case .lsum: "rougeLsum"
        case let .w(weight): "rougeW-\(RougeMeasure.format(weight))"
        case let .s(maxSkip): "rougeS\(maxSkip.map(String.init) ?? "*")"
        case let .su(maxSkip): "rougeSU\(maxSkip.map(String.init) ?? "*")"
        }
    }

    /// The measure's name.
    public var description: String { name }

    /// Parses a measure name, ignoring case: `rouge2`, `rougeLsum`, `rougeW`, `rougeW-1.5`,
    /// `rougeS4`, `rougeSU*`. Returns `nil` for anything else (including `rouge0` and `rouge10`).
    public init?(name: String) {
        let lowered = name.lowercased()
        guard lowered.hasPrefix("rouge") else { return nil }
        let rest = lowered.dropFirst(5)
        switch rest {
        case "l": self = .l
        case "lsum": self = .lsum
        case "w": self = .w(weight: RougeMeasure.defaultWeight)
        default:
            if rest.count == 1, let n = Int(rest), (1...9).contains(n) {
                self = .n(n)
            } else if rest.hasPrefix("w-"), let weight = Double(rest.dropFirst(2)), weight.isFinite, weight > 0 {
                self = .w(weight: weight)
            } else if rest.hasPrefix("su"), let skip = RougeMeasure.parseSkip(rest.dropFirst(2)) {
                self = .su(maxSkip: skip.value)
            } else if rest.hasPrefix("s"), let skip = RougeMeasure.parseSkip(rest.dropFirst(1)) {
                self = .s(maxSkip: skip.value)
            } else {
                return nil
            }
        }
    }

    /// Checks that the measure's parameter is in range.
    func validate() throws(RougeConfigurationError) {
        switch self {
        case let .n(n) where !(1...9).contains(n):
            throw .invalidMeasure("\(name): n must be between 1 and 9")
        case let .w(weight) where !(weight > 0 && weight <= RougeMeasure.maximumWeight):
            throw .invalidMeasure(
                "\(name): the weight must be greater than 0 and at most \(RougeMeasure.format(RougeMeasure.maximumWeight))")
        case let .s(skip?) where skip < 0, let .su(skip?) where skip < 0:
            throw .invalidMeasure("\(name): the skip distance must be 0 or more (nil for no limit)")
        default:
            break
        }
    }

    private struct Skip { var value: Int? }

    private static func parseSkip(_ text: Substring) -> Skip? {
        if text == "*" { return Skip(value: nil) }
        guard let value = Int(text), value >= 0, text.allSatisfy(\.isASCII) else { return nil }
        return Skip(value: value)
    }

    private static func format(_ weight: Double) -> String {
        if weight == weight.rounded(), abs(weight) < 1e15 { return String(Int(weight)) }
        return String(weight)
    }
}
