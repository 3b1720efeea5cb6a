/// Finds the sentence boundaries of tokenized text: after standalone terminal tokens and the
/// closing tokens that follow them, and at blank lines.
///
/// Tokens are separated by whitespace other than no-break spaces; line breaks count towards
/// blank lines, and U+2029 PARAGRAPH SEPARATOR is one.
///
/// The rules read token by token, but while no terminal run is open only three things change
/// the scanner's state: a terminal token, a bare quote token (`"` or `'`) and a paragraph
/// break. So the scanner skips ahead to the bytes that can start one of them (see
/// ``candidateLanes(_:)``), and reads token by token only from a terminal or quote until no
/// terminal run is open; the neighbours a quote's rule needs are found on demand.
struct TokenizedSentenceScanner {
    /// What a token does at the end of a sentence.
    private enum Role {
        /// `.`, `?`, `!` or a run of them such as `?!`, but not `...`.
        case terminal
        /// A token that closes a quotation or bracket and so stays with the sentence it ends.
        case closer
        case other
    }

    private let text: UTF8Text
    private var collector: SentenceCollector
    private var isDoubleQuoteOpen = false
    private var isSingleQuoteOpen = false

    init(text: UTF8Text) {
        self.text = text
        collector = SentenceCollector(text: text)
    }

    mutating func scan() -> [Range<Int>] {
        var index = 0
        while true {
            index = text.firstIndex(from: index, matchingLanes: Self.candidateLanes)
            guard index < text.count else { break }
            switch text[index] {
            case ASCII.fullStop, ASCII.questionMark, ASCII.exclamationMark:
                guard text.startsToken(at: index) else {
                    index += 1
                    continue
                }
                let token = index..<text.tokenEnd(from: index)
                // Any other token is inert while no terminal run is open.
                index = text.isTerminal(token) ? scanTokens(from: token, after: nil) : token.upperBound
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                // A bare quote, a token of its own: a separator or the end follows.
                guard text.startsToken(at: index), index + 1 == text.count || text.separatorLength(at: index + 1) > 0 else {
                    index += 1
                    continue
                }
                index = scanTokens(from: index..<index + 1, after: text.previousToken(before: index))
            case UInt8(ascii: "#")...UInt8(ascii: "&"):
                // Taken in by the candidates' range test only.
                index += 1
            default:
                // LF, CR, the lead byte of a scalar that may be U+0085, U+2028 or U+2029, or
                // another control byte.
                if text.lineBreakLength(at: index) > 0 {
                    index = scanSeparators(fromLineBreakAt: index)
                } else {
                    index += 1
                }
            }
        }
        return collector.finish()
    }

    /// Reads tokens one by one from `first`, a terminal or quote token after the token
    /// `previous` (`nil` at the start of a paragraph; not needed for a terminal), until none is
    /// left or one leaves no terminal run open; returns where skipping resumes.
    private mutating func scanTokens(from first: Range<Int>, after previous: Range<Int>?) -> Int {
        var previous = previous
        var current = first
        /// The end of the terminal run (with its closers) that the current sentence ends with.
        var runEnd: Int?
        while true {
            // The token after `current` is read only when needed: by a quote's rule, or to go on.
            let isQuote = text.isQuote(current)
            var next = isQuote ? text.nextToken(from: current.upperBound) : nil
            let nextRange = next.flatMap { $0.lineBreaksBefore >= 2 ? nil : $0.start..<text.tokenEnd(from: $0.start) }
            switch role(of: current, after: previous, before: nextRange) {
            case .terminal:
                runEnd = current.upperBound
            case .closer where runEnd != nil:
                runEnd = current.upperBound
            case .closer, .other:
                if let end = runEnd {
                    collector.cut(at: end)
                    runEnd = nil
                }
            }
            // Skipping handles what follows, a paragraph break after `current` included.
            guard let end = runEnd else { return current.upperBound }
            if !isQuote { next = text.nextToken(from: current.upperBound) }
            guard let next else { return text.count }
            if next.lineBreaksBefore >= 2 {
                endParagraph(at: current.upperBound)
                return next.start
            }
            // A token that cannot be a terminal, a quote or a closer, such as a word, ends the run
            // whatever its end.
            if !text.mayStartRunToken(at: next.start) {
                collector.cut(at: end)
                return next.start
            }
            previous = current
            current = nextRange ?? next.start..<text.tokenEnd(from: next.start)
        }
    }

    /// Handles the run of separators that holds the line break at `index` (the first of the
    /// run, since skipping stops at each) and returns the start of the next token.
    private mutating func scanSeparators(fromLineBreakAt index: Int) -> Int {
        guard let next = text.nextToken(from: index) else { return text.count }
        if next.lineBreaksBefore >= 2 {
            let previousEnd = text.separatorsStart(before: index)
            // The token before, if any, ends its paragraph.
            if previousEnd > 0 { endParagraph(at: previousEnd) }
        }
        return next.start
    }

    /// Ends the sentence and the quotations at a paragraph break after `end`.
    private mutating func endParagraph(at end: Int) {
        collector.cut(at: end)
        isDoubleQuoteOpen = false
        isSingleQuoteOpen = false
    }

    // MARK: Skipping

    /// The lanes of `chunk` whose byte may start a terminal or quote token or a line break:
    /// `.`, `?`, `!` to `'` (`!`, `"`, `#`, `$`, `%`, `&`, `'`: one range is cheaper to test
    /// than three bytes), 0x08–0x0F (LF and CR, and rarely a tab or another control byte),
    /// 0xC2 or 0xE2.
    @inline(__always)
    private static func candidateLanes(_ chunk: ByteChunk) -> ByteChunk.Mask {
        chunk.lanes(equalTo: ASCII.fullStop) .| chunk.lanes(equalTo: ASCII.questionMark)
            .| chunk.lanes(in: ASCII.exclamationMark...UInt8(ascii: "'")) .| chunk.lanes(equalTo: 0x0F, ignoring: 0x07)
            .| chunk.lanes(equalTo: 0xE2, ignoring: 0x20)
    }

    /// The role of `token`, updating the open quotations when it is an ASCII quote.
    ///
    /// - Parameters:
    ///   - previous: The token before, `nil` at the start of a paragraph.
    ///   - next: The token after, `nil` at the end of a paragraph; only a quote's role reads it.
    private mutating func role(of token: Range<Int>, after previous: Range<Int>?, before next: Range<Int>?) -> Role {
        switch text.tokenClass(of: token) {
        case .terminal:
            return .terminal
        case .doubleQuote:
            return quoteRole(isOpen: &isDoubleQuoteOpen, after: previous, before: next, mayBePossessive: false)
        case .singleQuote:
            return quoteRole(isOpen: &isSingleQuoteOpen, after: previous, before: next, mayBePossessive: true)
        case .closingBracket, .closingQuote:
            return .closer
        case .colon, .comma, .semicolon, .openingBracket, .other:
            return .other
        }
    }

    /// Whether an ASCII quote closes a quotation (``Role/closer``) or opens one or is a
    /// possessive (``Role/other``); see ``SentenceSegmenter`` for the rule.
    private func quoteRole(isOpen: inout Bool, after previous: Range<Int>?, before next: Range<Int>?, mayBePossessive: Bool) -> Role {
        if mayBePossessive, !isOpen, let previous, let next, text.isPluralWord(previous), text.startsWithLetterOrDigit(next) {
            return .other
        }
        guard let previous, ![.colon, .openingBracket].contains(text.tokenClass(of: previous)) else {
            isOpen = true
            return .other
        }
        guard let next, ![.terminal, .closingBracket, .comma, .semicolon, .colon].contains(text.tokenClass(of: next)) else {
            isOpen = false
            return .closer
        }
        isOpen.toggle()
        return isOpen ? .other : .closer
    }
}
