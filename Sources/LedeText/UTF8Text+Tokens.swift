/// The whitespace-separated tokens of tokenized text and their classes, read from the bytes:
/// the parts of ``TokenizedSentenceScanner`` that need no state.
extension UTF8Text {
    /// Where a token starts, and what comes before it.
    struct TokenStart {
        var start: Int
        /// How many line breaks the whitespace before the token holds.
        var lineBreaksBefore: Int
    }

    /// The start of the first token at or after `index`, or `nil` at the end of the text; its
    /// ``TokenStart/lineBreaksBefore`` counts from `index`. ``tokenEnd(from:)`` finds its end.
    func nextToken(from index: Int) -> TokenStart? {
        var start = index
        var lineBreaks = 0
        while start < count {
            // Spaces first: they separate nearly every pair of tokens.
            if self[start] == ASCII.space {
                start += 1
                continue
            }
            let lineBreak = lineBreakLength(at: start)
            if lineBreak > 0 {
                lineBreaks += isParagraphSeparator(at: start) ? 2 : 1
                start += lineBreak
                continue
            }
            let separator = separatorLength(at: start)
            guard separator > 0 else { break }
            start += separator
        }
        guard start < count else { return nil }
        return TokenStart(start: start, lineBreaksBefore: lineBreaks)
    }

    /// The end of the token that starts at `start`.
    func tokenEnd(from start: Int) -> Int {
        var end = start + 1
        while end < count {
            let byte = self[end]
            if byte < 0x80 {
                if ASCII.isWhitespace(byte) { break }
            } else if separatorLength(at: end) > 0 {
                break
            }
            end += 1
        }
        return end
    }

    /// Whether a token starts at `index`, which holds no separator: at the start of the text
    /// or after a separator.
    func startsToken(at index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = self[index - 1]
        if before < 0x80 { return ASCII.isWhitespace(before) }
        return separatorLength(endingAt: index) > 0
    }

    /// Whether the token at `start` may be a terminal, a quote or a closer, judged by its first
    /// byte: `.`, `?`, `!`, `"`, `'`, `)`, `]`, `}`, `-` (`-rrb-`) or the lead byte 0xC2 or 0xE2
    /// of `»`, `’`, `”` or `›`.
    func mayStartRunToken(at start: Int) -> Bool {
        switch self[start] {
        case ASCII.fullStop, ASCII.questionMark, ASCII.exclamationMark, UInt8(ascii: "\""), UInt8(ascii: "'"),
             UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "-"), 0xC2, 0xE2:
            return true
        default:
            return false
        }
    }

    /// Whether `token` is a bare ASCII quote, `"` or `'`.
    func isQuote(_ token: Range<Int>) -> Bool {
        token.count == 1 && (self[token.lowerBound] == UInt8(ascii: "\"") || self[token.lowerBound] == UInt8(ascii: "'"))
    }

    /// The start of the run of separators that ends at `end`: the end of the token before it,
    /// or 0.
    func separatorsStart(before end: Int) -> Int {
        var start = end
        while start > 0 {
            let length = separatorLength(endingAt: start)
            guard length > 0 else { break }
            start -= length
        }
        return start
    }

    /// The token before the one that starts at `start`, or `nil` when there is none in its
    /// paragraph (the scan forgets the previous token at a paragraph break).
    func previousToken(before start: Int) -> Range<Int>? {
        let end = separatorsStart(before: start)
        guard end > 0, let token = nextToken(from: end), token.lineBreaksBefore < 2 else { return nil }
        // Tokens hold no separator, and one ends only at a scalar's end.
        var tokenStart = end - 1
        while tokenStart > 0, separatorLength(endingAt: tokenStart) == 0 { tokenStart -= 1 }
        return tokenStart..<end
    }

    /// The length of the whitespace at `index` that separates tokens: any but a no-break
    /// space, which glues tokens such as `.\u{A0}.\u{A0}.` together.
    func separatorLength(at index: Int) -> Int {
        let length = whitespaceLength(at: index)
        return length > 1 && isNoBreakSpace(at: index) ? 0 : length
    }

    /// The length of the separator that ends right before `end`, or 0.
    func separatorLength(endingAt end: Int) -> Int {
        let before = self[end - 1]
        if before < 0x80 { return ASCII.isWhitespace(before) ? 1 : 0 }
        let length = whitespaceLength(endingAt: end)
        return length > 1 && isNoBreakSpace(at: end - length) ? 0 : length
    }

    // MARK: Token classes

    /// What a token is, as far as the rules tell tokens apart.
    enum TokenClass {
        /// `.`, `?`, `!` and runs of them, except runs of full stops alone such as `...`.
        case terminal
        case doubleQuote
        case singleQuote
        case colon
        case comma
        case semicolon
        /// `(`, `[`, `{`, `-lrb-`, `-lsb-`, `-lcb-` and their upper-case forms.
        case openingBracket
        /// `)`, `]`, `}`, `-rrb-`, `-rsb-`, `-rcb-` and their upper-case forms.
        case closingBracket
        /// The quotes that can only close: `''`, `’`, `”`, `»` and `›`.
        case closingQuote
        case other
    }

    /// The class of `token`, told from its length and bytes.
    func tokenClass(of token: Range<Int>) -> TokenClass {
        let bytes = self[token]
        switch bytes[0] {
        case ASCII.fullStop, ASCII.questionMark, ASCII.exclamationMark:
            // No other class starts with a terminal mark.
            return isTerminal(token) ? .terminal : .other
        default:
            break
        }
        switch bytes.count {
        case 1:
            switch bytes[0] {
            case UInt8(ascii: "\""): return .doubleQuote
            case UInt8(ascii: "'"): return .singleQuote
            case UInt8(ascii: ":"): return .colon
            case UInt8(ascii: ","): return .comma
            case UInt8(ascii: ";"): return .semicolon
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return .openingBracket
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return .closingBracket
            default: return .other
            }
        case 2:
            // `''` and `»` (C2 BB).
            let isClosingQuote = (bytes[0] == UInt8(ascii: "'") && bytes[1] == UInt8(ascii: "'")) || (bytes[0] == 0xC2 && bytes[1] == 0xBB)
            return isClosingQuote ? .closingQuote : .other
        case 3:
            // `’`, `”` and `›` (E2 80 99, 9D and BA).
            guard bytes[0] == 0xE2, bytes[1] == 0x80 else { return .other }
            switch bytes[2] {
            case 0x99, 0x9D, 0xBA: return .closingQuote
            default: return .other
            }
        case 5 where bytes[0] == UInt8(ascii: "-"):
            if Self.openingBracketNames.contains(where: { Self.equal(bytes, $0) }) { return .openingBracket }
            if Self.closingBracketNames.contains(where: { Self.equal(bytes, $0) }) { return .closingBracket }
            return .other
        default:
            return .other
        }
    }

    /// `.`, `?`, `!` and runs of them, except runs of full stops alone such as `...`.
    func isTerminal(_ token: Range<Int>) -> Bool {
        var fullStops = 0
        for byte in self[token] {
            switch byte {
            case ASCII.fullStop: fullStops += 1
            case ASCII.questionMark, ASCII.exclamationMark: break
            default: return false
            }
        }
        return fullStops <= 1 || fullStops < token.count
    }

    /// A word of two or more bytes that starts with a letter and ends with `s`.
    func isPluralWord(_ token: Range<Int>) -> Bool {
        token.count >= 2 && ASCII.isLetter(self[token.lowerBound]) && self[token.upperBound - 1] | 0x20 == UInt8(ascii: "s")
    }

    func startsWithLetterOrDigit(_ token: Range<Int>) -> Bool {
        ASCII.isLetter(self[token.lowerBound]) || ASCII.isDigit(self[token.lowerBound])
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { bytes.elementsEqual($0) }
    }

    /// The Penn Treebank names of brackets.
    private static let openingBracketNames: [StaticString] = ["-lrb-", "-lsb-", "-lcb-", "-LRB-", "-LSB-", "-LCB-"]
    private static let closingBracketNames: [StaticString] = ["-rrb-", "-rsb-", "-rcb-", "-RRB-", "-RSB-", "-RCB-"]
}
