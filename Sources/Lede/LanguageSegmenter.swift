import LedeText

/// Splits paragraphs into sentences for one language.
///
/// Every language goes through ``SentenceSegmenter``. Until it has per-language rules, the
/// full-width terminators `。！？` (and `！？` runs, with the closing quotes and brackets after
/// them) also end sentences in languages written in Han or Kana, which the segmenter does not
/// split at. This is the one place to swap for the segmenter's own per-language rules.
public struct LanguageSegmenter: Sendable {
    private let segmenter = SentenceSegmenter()
    private let splitsFullWidth: Bool

    /// The segmenter of `language`.
    public init(language: Language) {
        splitsFullWidth = language.profile.scripts.contains { $0 == .Han || $0 == .Kana }
    }

    /// The sentences of `text`, verbatim, in order.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public func sentences(in text: String) -> [String] {
        sentenceRanges(in: text).map { String(text[$0]) }
    }

    /// The sentences of `text` as ranges, in order.
    public func sentenceRanges(in text: String) -> [Range<String.Index>] {
        let ranges = segmenter.sentenceRanges(in: text)
        guard splitsFullWidth else { return ranges }
        return ranges.flatMap { Self.splitFullWidth(text, in: $0) }
    }

    private static let terminators: Set<Character> = ["。", "！", "？", "!", "?"]
    private static let closers: Set<Character> = ["”", "’", "」", "』", "）", "〉", "》", "】", "\"", "'", ")"]

    /// Splits `range` of `text` after each full-width terminator run and its closers.
    static func splitFullWidth(_ text: String, in range: Range<String.Index>) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        var sawFullWidth = false
        while index < range.upperBound {
            let character = text[index]
            index = text.index(after: index)
            guard terminators.contains(character) else { continue }
            sawFullWidth = sawFullWidth || character != "!" && character != "?"
            while index < range.upperBound, terminators.contains(text[index]) || closers.contains(text[index]) {
                if text[index] != "!" && text[index] != "?" && terminators.contains(text[index]) { sawFullWidth = true }
                index = text.index(after: index)
            }
            guard sawFullWidth else { continue }
            sawFullWidth = false
            appendTrimmed(text[start..<index], to: &result)
            start = index
        }
        appendTrimmed(text[start..<range.upperBound], to: &result)
        return result
    }

    private static func appendTrimmed(_ piece: Substring, to result: inout [Range<String.Index>]) {
        guard let first = piece.firstIndex(where: { !$0.isWhitespace }),
              let last = piece.lastIndex(where: { !$0.isWhitespace }) else { return }
        result.append(first..<piece.index(after: last))
    }
}
