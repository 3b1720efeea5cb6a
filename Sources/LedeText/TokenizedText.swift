/// Detection of Penn Treebank–style tokenized text (`he said , " it 's true . "`).
enum TokenizedText {
    /// Whether `text` reads as tokenized: in its first ``UTF8Text/sampleLength`` bytes, at
    /// least two punctuation marks (`,` `.` `?` `!` `;` `:`) stand alone between whitespace,
    /// and they outnumber the marks attached to the end of a word (`word,`, or `u.s.` before a
    /// space). Running prose attaches nearly all of its marks.
    static func looksTokenized(_ text: UTF8Text) -> Bool {
        let end = min(text.count, UTF8Text.sampleLength)
        var standalone = 0
        var attached = 0
        var index = 0
        while index < end {
            defer { index += 1 }
            switch text[index] {
            case UInt8(ascii: ","), ASCII.fullStop, ASCII.questionMark, ASCII.exclamationMark,
                 UInt8(ascii: ";"), UInt8(ascii: ":"):
                guard index + 1 == text.count || (index + 1 < end && ASCII.isWhitespace(text[index + 1])) else {
                    continue
                }
                if index == 0 || ASCII.isWhitespace(text[index - 1]) {
                    standalone += 1
                } else if ASCII.isLetter(text[index - 1]) || ASCII.isDigit(text[index - 1]) {
                    attached += 1
                }
            default:
                continue
            }
        }
        return standalone >= 2 && standalone > attached
    }
}

/// Finds the sentence boundaries of tokenized text: after standalone terminal tokens and the
/// closing tokens that follow them, and at blank lines.
///
/// Tokens are separated by whitespace other than no-break spaces; line breaks count towards
/// blank lines, and U+2029 PARAGRAPH SEPARATOR is one.
struct TokenizedSentenceScanner {
    private struct Token {
        var range: Range<Int>
        /// How many line breaks the whitespace before the token holds.
        var lineBreaksBefore: Int
    }

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
        var previous: Range<Int>?
        var current = token(from: 0)
        /// The end of the terminal run (with its closers) that the current sentence ends with.
        var runEnd: Int?
        while let token = current {
            let following = self.token(from: token.range.upperBound)
            let paragraphEnds = following.map { $0.lineBreaksBefore >= 2 } ?? false
            let role = role(of: token.range, after: previous, before: paragraphEnds ? nil : following?.range)
            switch role {
            case .terminal:
                runEnd = token.range.upperBound
            case .closer where runEnd != nil:
                runEnd = token.range.upperBound
            case .closer, .other:
                if let end = runEnd {
                    collector.cut(at: end)
                    runEnd = nil
                }
            }
            if paragraphEnds {
                collector.cut(at: token.range.upperBound)
                runEnd = nil
                previous = nil
                isDoubleQuoteOpen = false
                isSingleQuoteOpen = false
            } else {
                previous = token.range
            }
            current = following
        }
        return collector.finish()
    }

    /// The first token at or after `index`, or `nil` at the end of the text.
    private func token(from index: Int) -> Token? {
        var start = index
        var lineBreaks = 0
        while start < text.count {
            let lineBreak = text.lineBreakLength(at: start)
            if lineBreak > 0 {
                lineBreaks += text.isParagraphSeparator(at: start) ? 2 : 1
                start += lineBreak
                continue
            }
            let separator = separatorLength(at: start)
            guard separator > 0 else { break }
            start += separator
        }
        guard start < text.count else { return nil }
        var end = start + 1
        while end < text.count, separatorLength(at: end) == 0 { end += 1 }
        return Token(range: start..<end, lineBreaksBefore: lineBreaks)
    }

    /// The length of the whitespace at `index` that separates tokens: any but a no-break
    /// space, which glues tokens such as `.\u{A0}.\u{A0}.` together.
    private func separatorLength(at index: Int) -> Int {
        let length = text.whitespaceLength(at: index)
        return length > 1 && text.isNoBreakSpace(at: index) ? 0 : length
    }

    /// The role of `token`, updating the open quotations when it is an ASCII quote.
    private mutating func role(of token: Range<Int>, after previous: Range<Int>?, before next: Range<Int>?) -> Role {
        if isTerminal(token) { return .terminal }
        if isExactly(token, "\"") {
            return quoteRole(isOpen: &isDoubleQuoteOpen, after: previous, before: next, mayBePossessive: false)
        }
        if isExactly(token, "'") {
            return quoteRole(isOpen: &isSingleQuoteOpen, after: previous, before: next, mayBePossessive: true)
        }
        return isClosingBracketOrQuote(token) ? .closer : .other
    }

    /// Whether an ASCII quote closes a quotation (``Role/closer``) or opens one or is a
    /// possessive (``Role/other``); see ``SentenceSegmenter`` for the rule.
    private func quoteRole(isOpen: inout Bool, after previous: Range<Int>?, before next: Range<Int>?, mayBePossessive: Bool) -> Role {
        if mayBePossessive, !isOpen, let previous, let next, isPluralWord(previous), startsWithLetterOrDigit(next) {
            return .other
        }
        guard let previous, !isExactly(previous, ":"), !isOpeningBracket(previous) else {
            isOpen = true
            return .other
        }
        guard let next, !isTerminal(next), !isClosingBracket(next),
              !isExactly(next, ","), !isExactly(next, ";"), !isExactly(next, ":")
        else {
            isOpen = false
            return .closer
        }
        isOpen.toggle()
        return isOpen ? .other : .closer
    }

    // MARK: Token classes

    /// `.`, `?`, `!` and runs of them, except runs of full stops alone such as `...`.
    private func isTerminal(_ token: Range<Int>) -> Bool {
        var fullStops = 0
        for byte in text[token] {
            switch byte {
            case ASCII.fullStop: fullStops += 1
            case ASCII.questionMark, ASCII.exclamationMark: break
            default: return false
            }
        }
        return fullStops <= 1 || fullStops < token.count
    }

    private func isOpeningBracket(_ token: Range<Int>) -> Bool {
        Self.openingBrackets.contains { isExactly(token, $0) }
    }

    private func isClosingBracket(_ token: Range<Int>) -> Bool {
        Self.closingBrackets.contains { isExactly(token, $0) }
    }

    /// Closing brackets and the quotes that can only close: `''`, `’`, `”`, `»`, `›`.
    private func isClosingBracketOrQuote(_ token: Range<Int>) -> Bool {
        isClosingBracket(token) || Self.closingQuotes.contains { isExactly(token, $0) }
    }

    /// A word of two or more bytes that starts with a letter and ends with `s`.
    private func isPluralWord(_ token: Range<Int>) -> Bool {
        token.count >= 2 && ASCII.isLetter(text[token.lowerBound]) && text[token.upperBound - 1] | 0x20 == UInt8(ascii: "s")
    }

    private func startsWithLetterOrDigit(_ token: Range<Int>) -> Bool {
        ASCII.isLetter(text[token.lowerBound]) || ASCII.isDigit(text[token.lowerBound])
    }

    private func isExactly(_ token: Range<Int>, _ literal: StaticString) -> Bool {
        guard token.count == literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { text[token].elementsEqual($0) }
    }

    private static let openingBrackets: [StaticString] = ["(", "[", "{", "-lrb-", "-lsb-", "-lcb-", "-LRB-", "-LSB-", "-LCB-"]
    private static let closingBrackets: [StaticString] = [")", "]", "}", "-rrb-", "-rsb-", "-rcb-", "-RRB-", "-RSB-", "-RCB-"]
    private static let closingQuotes: [StaticString] = ["''", "’", "”", "»", "›"]
}
