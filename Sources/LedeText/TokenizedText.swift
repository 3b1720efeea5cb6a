/// Detection of Penn Treebank–style tokenized text (`he said , " it 's true . "`).
enum TokenizedText {
    /// Whether `text` reads as tokenized: in its first ``UTF8Text/sampleLength`` bytes, at
    /// least two punctuation marks (`,` `.` `?` `!` `;` `:`) stand alone between whitespace,
    /// and they outnumber the marks attached to the end of a word (`word,`, or `u.s.` before a
    /// space). Running prose attaches nearly all of its marks.
    static func looksTokenized(_ text: UTF8Text) -> Bool {
        var counts = MarkCounts()
        let end = min(text.count, UTF8Text.sampleLength)
        var index = 0
        if let base = text.baseAddress, end > 2 * ByteChunk.width {
            // The first chunk one mark at a time: its first byte has none before it.
            for lane in LaneBits(markLanes(ByteChunk(base, at: 0))) { counts.count(at: lane, in: text, sampleEnd: end) }
            index = ByteChunk.width
            // Then whole chunks whose bytes all have one before and one after in the sample: the
            // bytes around the marks are read as the chunks one byte before and one byte after.
            var lanes = MarkLanes()
            // Two chunks a test: most chunks of prose hold no mark.
            while index + 2 * ByteChunk.width < end {
                let first = markLanes(ByteChunk(base, at: index))
                let second = markLanes(ByteChunk(base, at: index + ByteChunk.width))
                if !ByteChunk.isEmpty(first .| second) {
                    lanes.count(first, at: index, base: base, into: &counts)
                    lanes.count(second, at: index + ByteChunk.width, base: base, into: &counts)
                }
                index += 2 * ByteChunk.width
            }
            if index + ByteChunk.width < end {
                lanes.count(markLanes(ByteChunk(base, at: index)), at: index, base: base, into: &counts)
                index += ByteChunk.width
            }
            lanes.flush(into: &counts)
            // The rest (at most a chunk) one mark at a time, as the end of the sample's last
            // chunk, which overlaps those read.
            let last = end - ByteChunk.width
            for lane in LaneBits(markLanes(ByteChunk(base, at: last))) where last + lane >= index {
                counts.count(at: last + lane, in: text, sampleEnd: end)
            }
            index = end
        }
        // A short sample one byte at a time, each as a chunk of sixteen copies.
        while index < end {
            if !ByteChunk.isEmpty(markLanes(ByteChunk(repeating: text[index]))) { counts.count(at: index, in: text, sampleEnd: end) }
            index += 1
        }
        guard counts.standalone >= 2 && counts.standalone > counts.attached else { return false }
        // Prose with spaced ellipses (`is . . . I`) has standalone full stops too: those do not
        // count (tokenized text writes an ellipsis as one `...` token).
        let standalone = counts.standalone - 3 * spacedEllipses(in: text, end: end)
        return standalone >= 2 && standalone > counts.attached
    }

    /// Standalone and attached marks of whole chunks, counted lane by lane.
    private struct MarkLanes {
        var standalone = SIMD16<UInt8>()
        var attached = SIMD16<UInt8>()
        var chunks = 0

        /// Counts the marks `marks` of the chunk at `index`, whose bytes all have one before and
        /// one after in the sample: those are read as the chunks one byte before and after.
        @inline(__always)
        mutating func count(_ marks: ByteChunk.Mask, at index: Int, base: UnsafeRawPointer, into counts: inout MarkCounts) {
            guard !ByteChunk.isEmpty(marks) else { return }
            let counted = marks .& whitespaceLanes(ByteChunk(base, at: index + 1))
            let before = ByteChunk(base, at: index - 1)
            ByteChunk.count(counted .& whitespaceLanes(before), into: &standalone)
            ByteChunk.count(counted .& alphanumericLanes(before), into: &attached)
            chunks += 1
            // Each counter grows by at most one a chunk: add them up before they pass 31.
            if chunks == 31 { flush(into: &counts) }
        }

        mutating func flush(into counts: inout MarkCounts) {
            counts.standalone += ByteChunk.sum(standalone)
            counts.attached += ByteChunk.sum(attached)
            self = MarkLanes()
        }
    }

    /// Standalone and attached marks.
    private struct MarkCounts {
        var standalone = 0
        var attached = 0

        /// Counts the mark at `index` as standalone or attached when whitespace or the end of
        /// the text follows it within the sample.
        @inline(__always)
        mutating func count(at index: Int, in text: UTF8Text, sampleEnd: Int) {
            guard index + 1 == text.count || (index + 1 < sampleEnd && ASCII.isWhitespace(text[index + 1])) else { return }
            if index == 0 || ASCII.isWhitespace(text[index - 1]) {
                standalone += 1
            } else if ASCII.isLetter(text[index - 1]) || ASCII.isDigit(text[index - 1]) {
                attached += 1
            }
        }
    }

    /// The lanes of `chunk` that hold ASCII whitespace: space, tab, LF, VT, FF or CR.
    @inline(__always)
    private static func whitespaceLanes(_ chunk: ByteChunk) -> ByteChunk.Mask {
        chunk.lanes(equalTo: ASCII.space) .| chunk.lanes(in: ASCII.tab...ASCII.carriageReturn)
    }

    /// The lanes of `chunk` that hold an ASCII letter or digit.
    @inline(__always)
    private static func alphanumericLanes(_ chunk: ByteChunk) -> ByteChunk.Mask {
        chunk.lanes(in: UInt8(ascii: "a")...UInt8(ascii: "z"), ignoring: 0x20) .| chunk.lanes(in: UInt8(ascii: "0")...UInt8(ascii: "9"))
    }

    /// The lanes of `chunk` that hold `,`, `.`, `?`, `!`, `;` or `:`.
    @inline(__always)
    private static func markLanes(_ chunk: ByteChunk) -> ByteChunk.Mask {
        // `,` is 0x2C and `.` 0x2E; `:` is 0x3A and `;` 0x3B.
        chunk.lanes(equalTo: ASCII.fullStop, ignoring: 0x02) .| chunk.lanes(equalTo: UInt8(ascii: ";"), ignoring: 0x01)
            .| chunk.lanes(equalTo: ASCII.questionMark) .| chunk.lanes(equalTo: ASCII.exclamationMark)
    }
}

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

// MARK: - Tokens

/// Tokens and their classes, read from the bytes: the parts of the scanner that need no state.
extension UTF8Text {
    /// Where a token starts, and what comes before it.
    fileprivate struct TokenStart {
        var start: Int
        /// How many line breaks the whitespace before the token holds.
        var lineBreaksBefore: Int
    }

    /// The start of the first token at or after `index`, or `nil` at the end of the text; its
    /// ``TokenStart/lineBreaksBefore`` counts from `index`. ``tokenEnd(from:)`` finds its end.
    fileprivate func nextToken(from index: Int) -> TokenStart? {
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
    fileprivate func tokenEnd(from start: Int) -> Int {
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
    fileprivate func startsToken(at index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = self[index - 1]
        if before < 0x80 { return ASCII.isWhitespace(before) }
        return separatorLength(endingAt: index) > 0
    }

    /// Whether the token at `start` may be a terminal, a quote or a closer, judged by its first
    /// byte: `.`, `?`, `!`, `"`, `'`, `)`, `]`, `}`, `-` (`-rrb-`) or the lead byte 0xC2 or 0xE2
    /// of `»`, `’`, `”` or `›`.
    fileprivate func mayStartRunToken(at start: Int) -> Bool {
        switch self[start] {
        case ASCII.fullStop, ASCII.questionMark, ASCII.exclamationMark, UInt8(ascii: "\""), UInt8(ascii: "'"),
             UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "-"), 0xC2, 0xE2:
            return true
        default:
            return false
        }
    }

    /// Whether `token` is a bare ASCII quote, `"` or `'`.
    fileprivate func isQuote(_ token: Range<Int>) -> Bool {
        token.count == 1 && (self[token.lowerBound] == UInt8(ascii: "\"") || self[token.lowerBound] == UInt8(ascii: "'"))
    }

    /// The start of the run of separators that ends at `end`: the end of the token before it,
    /// or 0.
    fileprivate func separatorsStart(before end: Int) -> Int {
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
    fileprivate func previousToken(before start: Int) -> Range<Int>? {
        let end = separatorsStart(before: start)
        guard end > 0, let token = nextToken(from: end), token.lineBreaksBefore < 2 else { return nil }
        // Tokens hold no separator, and one ends only at a scalar's end.
        var tokenStart = end - 1
        while tokenStart > 0, separatorLength(endingAt: tokenStart) == 0 { tokenStart -= 1 }
        return tokenStart..<end
    }

    /// The length of the whitespace at `index` that separates tokens: any but a no-break
    /// space, which glues tokens such as `.\u{A0}.\u{A0}.` together.
    fileprivate func separatorLength(at index: Int) -> Int {
        let length = whitespaceLength(at: index)
        return length > 1 && isNoBreakSpace(at: index) ? 0 : length
    }

    /// The length of the separator that ends right before `end`, or 0.
    fileprivate func separatorLength(endingAt end: Int) -> Int {
        let before = self[end - 1]
        if before < 0x80 { return ASCII.isWhitespace(before) ? 1 : 0 }
        let length = whitespaceLength(endingAt: end)
        return length > 1 && isNoBreakSpace(at: end - length) ? 0 : length
    }

    // MARK: Token classes

    /// What a token is, as far as the rules tell tokens apart.
    fileprivate enum TokenClass {
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
    fileprivate func tokenClass(of token: Range<Int>) -> TokenClass {
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
    fileprivate func isTerminal(_ token: Range<Int>) -> Bool {
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
    fileprivate func isPluralWord(_ token: Range<Int>) -> Bool {
        token.count >= 2 && ASCII.isLetter(self[token.lowerBound]) && self[token.upperBound - 1] | 0x20 == UInt8(ascii: "s")
    }

    fileprivate func startsWithLetterOrDigit(_ token: Range<Int>) -> Bool {
        ASCII.isLetter(self[token.lowerBound]) || ASCII.isDigit(self[token.lowerBound])
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { bytes.elementsEqual($0) }
    }

    /// The Penn Treebank names of brackets.
    private static let openingBracketNames: [StaticString] = ["-lrb-", "-lsb-", "-lcb-", "-LRB-", "-LSB-", "-LCB-"]
    private static let closingBracketNames: [StaticString] = ["-rrb-", "-rsb-", "-rcb-", "-RRB-", "-RSB-", "-RCB-"]
}
