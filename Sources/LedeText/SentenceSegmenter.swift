/// Splits text into sentences, each a verbatim slice of the input.
///
/// A sentence is the input between two boundaries with surrounding whitespace trimmed; it is
/// never empty and never contains a blank line. The segmenter reads one of two styles of text
/// (see ``TextStyle``), detected per text by default.
///
/// ## Prose
///
/// - **Full stops, question and exclamation marks** end a sentence when whitespace and a
///   word that can start a sentence follow: an upper-case letter, a digit or a symbol, but not
///   a lower-case letter (`"Really?" he asked` is one sentence) nor `,`, `;`, `:` or a closing
///   bracket. Closing quotes and brackets after the mark stay with the sentence
///   (`He said "it's true." Then` splits after the quote).
/// - **Abbreviations** before a full stop (see `SegmentationLexicon.swift`):
///   titles (`Mr.`, `Dr.`, `Sen.`, `Gen.`) and inner abbreviations (`e.g.`, `i.e.`, `vs.`) never
///   end a sentence; number prefixes (`No.`, `Vol.`) do not before a digit; ambiguous ones
///   (`Inc.`, `Co.`, `Jr.`, `etc.`, `St.`, `Jan.`, `a.m.`, `p.m.`, dotted acronyms such as
///   `U.S.` and `D.C.`, and single-letter initials such as `W.`) end a sentence only when the
///   next word is a common sentence starter such as `The`, `He`, `But` or `In`. So
///   `at 5 p.m. The meeting` splits while `U.S. President`, `George W. Bush` and `Apple Inc.
///   said` do not.
/// - **Numbers** (`3.5`, `$1.13bn`, `10.30am`, `1.2.3`) never split: a boundary needs
///   whitespace after the mark, with the exception below.
/// - **Missing spaces** in scraped text (`$10.9bn.For the full-year`) split when a lower-case
///   word of two or more letters that is not an abbreviation meets a capitalised word
///   (`bn.For`, `dangerous.The`), or when a closing quote or bracket sits between the mark and
///   a capital (`said."Then`). Dotted names such as `Halo.Bungie.Org` and acronyms such as
///   `U.S.` do not split.
/// - **Ellipses** (`...`, `…`, `. . .`) end a sentence only before a capitalised word.
/// - **Lines.** A blank line always ends a sentence. At a single line break a sentence ends
///   when the line ends with sentence-final punctuation (as above, except that a lower-case
///   next line is then accepted too), when the next line is a list item (`-`, `*`, `+`, `•`,
///   `–`, `1.`, `2)`, `a)`, `(a)` followed by a space), or when the break was not made by
///   wrapping: the line has no final punctuation and does not end with `,`, `;`, `:`, a dash,
///   an opening bracket or a linking word such as `and`, `the` or `of`, the next line starts
///   with a capital or a digit, and the next line's first word would have fitted on the line
///   at the width of the surrounding lines (taken as at least 40 bytes). Hard-wrapped prose is
///   therefore joined, while headings and unwrapped paragraphs without final punctuation
///   stand alone. Numbers such as `1.` at the start of a
///   sentence or after a colon are list markers and stay with their item.
/// - **Caseless text.** When fewer than 1% of the letters are upper case (lower-cased corpora)
///   or fewer than 1% are lower case (all-caps text), a lower-case word can start a sentence
///   and the lexicon's capitalisation requirements are dropped; ellipses then split only
///   before a capital.
///
/// ## Tokenized
///
/// In PTB-tokenized text such as the See et al. CNN/DailyMail files
/// (`he said " it 's true . " the u.s. ambassador`), sentences end only after standalone
/// `.`, `?` and `!` tokens (runs of them, such as `? !`, end one sentence; `...` does not),
/// together with the closing tokens that follow: `)`, `]`, `}`, `-rrb-`, `''`, `’`, `”`, `»`
/// and the ASCII quotes `"` and `'` when they close a quotation. A blank line also ends a
/// sentence; a single line break is a space. Tokens are separated by whitespace other than
/// no-break spaces. Tokens such as `u.s.` never split.
///
/// Whether an ASCII quote token closes is decided from its neighbours and the open
/// quotations: a `'` after a word ending in `s` and before a word, with no single quotation
/// open, is a possessive (`the players ' union`); a quote at the start of a paragraph or after
/// `:` or an opening bracket opens; one before a terminal token, `,`, `;`, `:`, a closing
/// bracket or the end closes; any other toggles the quotation.
///
/// ## Limits
///
/// Scanning is linear in the input's UTF-8 length and allocates only for the result. A text
/// without any boundary, however long, is returned as a single sentence; callers that need
/// bounded sentences should cap them. Boundaries always fall on Unicode scalar boundaries.
public struct SentenceSegmenter: Sendable, Hashable {
    /// How the segmenter reads its input.
    public enum TextStyle: Sendable, Hashable, CaseIterable {
        /// Detect the style of each text: ``tokenized`` when, in its first 64 KiB, at least two
        /// punctuation marks stand alone as tokens (` , `, ` . `) and they outnumber marks
        /// attached to the end of a word, otherwise ``prose``.
        case automatic
        /// Ordinary running text with capitalisation, abbreviations and line structure.
        case prose
        /// Penn Treebank–style tokens separated by whitespace, split only at standalone
        /// terminal tokens.
        case tokenized
    }

    /// The style the segmenter reads its input in.
    public var textStyle: TextStyle

    /// Creates a segmenter.
    ///
    /// - Parameter textStyle: How to read the input; by default it is detected per text.
    public init(textStyle: TextStyle = .automatic) {
        self.textStyle = textStyle
    }

    /// The sentences of `text`, in order, as verbatim copies of its slices with surrounding
    /// whitespace trimmed.
    ///
    /// - Parameter text: The text to segment.
    /// - Returns: The sentences; empty when `text` is empty or only whitespace.
    public func sentences(in text: String) -> [String] {
        sentenceRanges(in: text).map { String(text[$0]) }
    }

    /// The ranges of the sentences of `text`, in order and without overlap.
    ///
    /// Each range is non-empty, starts and ends outside whitespace, and lies on Unicode scalar
    /// boundaries of `text`; `text[range]` is the sentence as ``sentences(in:)`` returns it.
    ///
    /// - Parameter text: The text to segment.
    /// - Returns: The ranges; empty when `text` is empty or only whitespace.
    public func sentenceRanges(in text: String) -> [Range<String.Index>] {
        var contiguous = text
        let offsets = contiguous.withUTF8 { byteRanges(in: UTF8Text($0)) }
        let utf8 = text.utf8
        return offsets.map { offsets in
            let lower = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
            let upper = utf8.index(lower, offsetBy: offsets.count)
            return lower..<upper
        }
    }

    /// The sentences of `text` as ranges of UTF-8 offsets.
    func byteRanges(in text: UTF8Text) -> [Range<Int>] {
        let tokenized: Bool
        switch textStyle {
        case .automatic: tokenized = TokenizedText.looksTokenized(text)
        case .prose: tokenized = false
        case .tokenized: tokenized = true
        }
        if tokenized {
            var scanner = TokenizedSentenceScanner(text: text)
            return scanner.scan()
        } else {
            var scanner = ProseSentenceScanner(text: text)
            return scanner.scan()
        }
    }
}

// MARK: - Prose

/// Finds the sentence boundaries of prose in one pass over its UTF-8 bytes.
struct ProseSentenceScanner {
    /// The shortest line width assumed when telling wrapped lines from intentional breaks.
    static let minimumWrapWidth = 40
    /// How far back a word before a full stop is looked for; longer words are ordinary words.
    static let maximumWordLength = 32

    private enum TerminalKind {
        /// A single full stop, possibly with closing quotes or brackets.
        case fullStop
        /// A run containing `?` or `!`.
        case strong
        /// Two or more full stops, or `…`.
        case ellipsis
    }

    private let text: UTF8Text
    private let isCaseless: Bool
    /// The lexicon, held here so that lookups skip the global's lazy-initialisation check.
    private let lexicon = SegmentationLexicon.shared
    private var collector: SentenceCollector
    /// The first non-whitespace byte of the line being scanned.
    private var lineContentStart: Int
    /// The length in bytes of the previous line of the paragraph, 0 at a paragraph start.
    private var previousLineLength = 0

    init(text: UTF8Text) {
        self.text = text
        isCaseless = text.isCaseless
        collector = SentenceCollector(text: text)
        lineContentStart = text.skippingBlanks(from: 0)
    }

    mutating func scan() -> [Range<Int>] {
        var index = 0
        while true {
            // Every byte but these leaves the scan's state alone, so whole chunks without one are
            // skipped.
            index = text.firstIndex(from: index, matchingLanes: Self.candidateLanes)
            guard index < text.count else { break }
            switch text[index] {
            case ASCII.fullStop, ASCII.questionMark, ASCII.exclamationMark:
                index = scanTerminalRun(at: index)
            case ASCII.lineFeed, ASCII.carriageReturn:
                index = scanLineBreak(at: index)
            default:
                // 0xC2 or 0xE2, the lead bytes of `…`, `‼`, `⁇`, `⁈`, `⁉`, U+0085, U+2028 and
                // U+2029, or another control byte.
                if text.terminalLength(at: index) > 0 {
                    index = scanTerminalRun(at: index)
                } else if text.lineBreakLength(at: index) > 0 {
                    index = scanLineBreak(at: index)
                } else {
                    index += 1
                }
            }
        }
        return collector.finish()
    }

    /// The lanes of `chunk` whose byte may start terminal punctuation or a line break: `.`,
    /// `?`, `!`, 0x08–0x0F (LF and CR, and rarely a tab or another control byte: one test for
    /// both line breaks), 0xC2 or 0xE2.
    @inline(__always)
    private static func candidateLanes(_ chunk: ByteChunk) -> ByteChunk.Mask {
        chunk.lanes(equalTo: ASCII.fullStop) .| chunk.lanes(equalTo: ASCII.questionMark)
            .| chunk.lanes(equalTo: ASCII.exclamationMark) .| chunk.lanes(equalTo: 0x0F, ignoring: 0x07)
            .| chunk.lanes(equalTo: 0xE2, ignoring: 0x20)
    }

    // MARK: Terminal punctuation

    /// Scans the run of terminal punctuation and closing quotes or brackets at `start`, cuts
    /// after it when it ends a sentence, and returns where scanning resumes.
    private mutating func scanTerminalRun(at start: Int) -> Int {
        var end = start
        var lastTerminalEnd = start
        var hasStrongMark = false
        var isEllipsis = false
        var fullStopsInRow = 0
        while end < text.count {
            let terminal = text.terminalLength(at: end)
            if terminal > 0 {
                switch text[end] {
                case ASCII.fullStop:
                    fullStopsInRow += 1
                    if fullStopsInRow >= 2 { isEllipsis = true }
                case ASCII.questionMark, ASCII.exclamationMark:
                    hasStrongMark = true
                    fullStopsInRow = 0
                default:
                    if text.isHorizontalEllipsis(at: end) { isEllipsis = true } else { hasStrongMark = true }
                    fullStopsInRow = 0
                }
                end += terminal
                lastTerminalEnd = end
            } else if fullStopsInRow > 0 && continuesSpacedEllipsis(at: end, started: isEllipsis) {
                isEllipsis = true
                end += 2
                lastTerminalEnd = end
            } else {
                let closer = text.closerLength(at: end)
                guard closer > 0 else { break }
                end += closer
                fullStopsInRow = 0
            }
        }
        guard end < text.count else { return end }

        let kind: TerminalKind = hasStrongMark ? .strong : isEllipsis ? .ellipsis : .fullStop
        if text.whitespaceLength(at: end) == 0 {
            if isBoundaryWithoutSpace(kind, start: start, end: end, hasClosers: end > lastTerminalEnd) {
                collector.cut(at: end)
            }
            return end
        }
        var next = end
        var crossesLine = false
        while next < text.count {
            let lineBreak = text.lineBreakLength(at: next)
            if lineBreak > 0 {
                crossesLine = true
                next += lineBreak
                continue
            }
            let space = text.whitespaceLength(at: next)
            guard space > 0 else { break }
            next += space
        }
        if next < text.count && endsSentence(kind, start: start, followedBy: next, crossesLine: crossesLine) {
            collector.cut(at: end)
        }
        return end
    }

    /// Whether the space at `index`, right after a full stop, continues a spaced ellipsis:
    /// ` .` when one has started, or ` . .` to start one.
    private func continuesSpacedEllipsis(at index: Int, started: Bool) -> Bool {
        guard index + 1 < text.count, text[index] == ASCII.space, text[index + 1] == ASCII.fullStop else {
            return false
        }
        if started { return true }
        return index + 3 < text.count && text[index + 2] == ASCII.space && text[index + 3] == ASCII.fullStop
    }

    /// Whether terminal punctuation of `kind` at `start`, followed by whitespace and then the
    /// word at `next`, ends a sentence.
    @inline(__always)
    private func endsSentence(_ kind: TerminalKind, start: Int, followedBy next: Int, crossesLine: Bool) -> Bool {
        let following = text.followingWord(at: next)
        switch kind {
        case .strong:
            return startsSentence(following, crossesLine: crossesLine)
        case .ellipsis:
            // An ellipsis that opens a sentence (`"... And then`) marks an omission.
            return following.start == .uppercase && !startsCurrentSentence(start)
        case .fullStop:
            guard let word = text.word(before: start, maximumLength: Self.maximumWordLength) else {
                return startsSentence(following, crossesLine: crossesLine)
            }
            if isListMarker(word, terminalAt: start) { return false }
            switch lexicon.abbreviationKind(of: text[word], standsAlone: text.isWordStart(word.lowerBound), caseless: isCaseless) {
            case .title, .inner:
                return false
            case .numberPrefix:
                return following.start != .digit && startsSentence(following, crossesLine: crossesLine)
            case .ambiguous:
                let capitalised = following.start == .uppercase || (isCaseless && following.start == .lowercase)
                guard capitalised else { return false }
                let letters = text.leadingLetters(at: following.index)
                return !text.isInitial(letters) && lexicon.isSentenceStarter(text[letters])
            case nil:
                return startsSentence(following, crossesLine: crossesLine)
            }
        }
    }

    /// Whether `word` can start a sentence after an ordinary full stop, `?` or `!`.
    private func startsSentence(_ word: UTF8Text.FollowingWord, crossesLine: Bool) -> Bool {
        switch word.start {
        case .uppercase, .digit, .other: return true
        case .lowercase: return isCaseless || crossesLine
        case .continuation: return false
        }
    }

    /// Whether terminal punctuation directly followed by a non-space byte at `end` ends a
    /// sentence: scraped text such as `$10.9bn.For` or `said."Then`.
    private func isBoundaryWithoutSpace(_ kind: TerminalKind, start: Int, end: Int, hasClosers: Bool) -> Bool {
        guard ASCII.isUppercase(text[end]) else { return false }
        if kind == .ellipsis { return !startsCurrentSentence(start) }
        if hasClosers { return true }
        // A lower-case word of two or more letters meets a capitalised word: `bn.For`.
        guard end + 1 < text.count, ASCII.isLowercase(text[end + 1]),
              start >= 2, ASCII.isLowercase(text[start - 1]), ASCII.isLetter(text[start - 2]),
              let word = text.word(before: start, maximumLength: Self.maximumWordLength),
              lexicon.abbreviationKind(of: text[word], standsAlone: text.isWordStart(word.lowerBound), caseless: isCaseless) == nil
        else { return false }
        // Dotted names such as `Halo.Bungie.Org` have a full stop before a letter elsewhere.
        var index = word.lowerBound
        while index + 1 < text.count, index < end + Self.maximumWordLength, text.whitespaceLength(at: index) == 0 {
            if index != start && text[index] == ASCII.fullStop && ASCII.isLetter(text[index + 1]) { return false }
            index += 1
        }
        return true
    }

    /// Whether `word`, ending right before the full stop at `terminal`, is the number of a
    /// numbered item (`1.`, `12.`) at the start of a sentence, as in a list or in text whose
    /// list items were joined into one paragraph, or right after a colon.
    @inline(__always)
    private func isListMarker(_ word: Range<Int>, terminalAt terminal: Int) -> Bool {
        guard word.upperBound == terminal, (1...3).contains(word.count), text[word].allSatisfy(ASCII.isDigit) else {
            return false
        }
        // `Questions: 1.` but not `a time of 31:41.`
        let beforeWord = text.trimmingWhitespace(max(word.lowerBound - 8, 0)..<word.lowerBound)
        let followsColon = !beforeWord.isEmpty && beforeWord.upperBound < word.lowerBound
            && text[beforeWord.upperBound - 1] == UInt8(ascii: ":")
        return followsColon || startsCurrentSentence(word.lowerBound)
    }

    /// Whether only whitespace and opening quotes or brackets stand between the last cut and
    /// `index`.
    private func startsCurrentSentence(_ index: Int) -> Bool {
        var position = collector.contentStart
        while position < index {
            let opener = text.openerLength(at: position)
            guard opener > 0 else { return false }
            position += opener
        }
        return true
    }

    // MARK: Line structure

    /// Handles the line break at `start` and the whitespace after it, cutting at a blank line,
    /// before a list item or after a line that was not broken by wrapping; returns the first
    /// byte of the next line's content.
    private mutating func scanLineBreak(at start: Int) -> Int {
        var next = start
        var lineBreaks = 0
        var endsParagraph = false
        while next < text.count {
            let lineBreak = text.lineBreakLength(at: next)
            if lineBreak > 0 {
                lineBreaks += 1
                endsParagraph = endsParagraph || text.isParagraphSeparator(at: next)
                next += lineBreak
                continue
            }
            let space = text.whitespaceLength(at: next)
            guard space > 0 else { break }
            next += space
        }
        defer { lineContentStart = next }

        if lineBreaks >= 2 || endsParagraph || next == text.count {
            collector.cut(at: start)
            previousLineLength = 0
            return next
        }
        let lineEnd = text.trimmingWhitespace(lineContentStart..<start).upperBound
        let lineLength = lineEnd - lineContentStart
        if text.startsListItem(at: next) || isUnwrappedBreak(lineEnd: lineEnd, lineLength: lineLength, next: next) {
            collector.cut(at: start)
        }
        previousLineLength = lineLength
        return next
    }

    /// Whether the line ending at `lineEnd` was broken on purpose rather than by wrapping, so
    /// that the line ends a sentence although it has no final punctuation.
    private func isUnwrappedBreak(lineEnd: Int, lineLength: Int, next: Int) -> Bool {
        guard lineLength > 0, !text.endsWithFinalOrLinkingPunctuation(at: lineEnd) else { return false }
        var lastWordStart = lineEnd
        while lastWordStart > lineContentStart, ASCII.isLetter(text[lastWordStart - 1]) { lastWordStart -= 1 }
        if lexicon.isLinkingWord(text[lastWordStart..<lineEnd]) { return false }
        let following = text.followingWord(at: next)
        switch following.start {
        case .uppercase, .digit: break
        case .lowercase where isCaseless: break
        default: return false
        }
        var nextLineEnd = next
        var nextWordEnd: Int?
        while nextLineEnd < text.count, text.lineBreakLength(at: nextLineEnd) == 0 {
            if nextWordEnd == nil && text.whitespaceLength(at: nextLineEnd) > 0 { nextWordEnd = nextLineEnd }
            nextLineEnd += 1
        }
        let nextLineLength = text.trimmingWhitespace(next..<nextLineEnd).count
        let nextWordLength = (nextWordEnd ?? nextLineEnd) - next
        let width = max(previousLineLength, lineLength, nextLineLength, Self.minimumWrapWidth)
        return lineLength + 1 + nextWordLength <= width
    }
}

// MARK: - Collecting sentences

/// Collects trimmed, non-empty sentence ranges from a sequence of cut positions.
struct SentenceCollector {
    private let text: UTF8Text
    private var start = 0
    private var ranges: [Range<Int>] = []

    /// The first non-whitespace byte at or after the last cut, or ``UTF8Text/count``: where
    /// the current sentence's content starts once it has any.
    private(set) var contentStart: Int

    init(text: UTF8Text) {
        self.text = text
        contentStart = text.skippingWhitespace(from: 0)
        // Room for a sentence every 64 bytes or so, which few texts exceed, spares most regrowth.
        ranges.reserveCapacity(text.count / 64 + 4)
    }

    /// Ends the current sentence at `end` (ignored unless it lies after the previous cut).
    @inline(__always)
    mutating func cut(at end: Int) {
        guard end > start else { return }
        if contentStart < end {
            // Most cuts follow punctuation: nothing to trim then.
            let last = text[end - 1]
            let isTrimmed = last < 0x80 && !ASCII.isWhitespace(last)
            ranges.append(isTrimmed ? contentStart..<end : text.trimmingWhitespace(contentStart..<end))
        }
        start = end
        // Cuts inside one run of whitespace do not scan it again.
        contentStart = contentStart >= end ? contentStart : text.skippingWhitespace(from: end)
    }

    /// Ends the last sentence at the end of the text and returns all sentences.
    mutating func finish() -> [Range<Int>] {
        cut(at: text.count)
        return ranges
    }
}

// MARK: - Bytes

/// ASCII byte values and classes.
enum ASCII {
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let fullStop = UInt8(ascii: ".")
    static let questionMark = UInt8(ascii: "?")
    static let exclamationMark = UInt8(ascii: "!")

    static func isUppercase(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
    static func isLowercase(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "a") < 26 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    /// Space, tab, line feed, vertical tab, form feed and carriage return.
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == space || (byte >= 0x09 && byte <= 0x0D) }
    /// The ASCII closing quotes and brackets: `"`, `'`, `)`, `]` and `}`.
    static func isCloser(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return true
        default: return false
        }
    }
    /// The ASCII opening quotes and brackets: `"`, `'`, `(`, `[` and `{`.
    static func isOpener(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return true
        default: return false
        }
    }
}

/// Valid UTF-8 text, read byte by byte with scalar-level classification where punctuation
/// and whitespace outside ASCII matter, and sixteen bytes at a time (``ByteChunk``) where a
/// scan skips ahead.
struct UTF8Text {
    /// How many leading bytes the case and style statistics look at.
    static let sampleLength = 65_536

    private let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var count: Int { bytes.count }

    /// The address of the first byte, `nil` when the text is empty.
    var baseAddress: UnsafeRawPointer? { bytes.baseAddress.map(UnsafeRawPointer.init) }

    subscript(index: Int) -> UInt8 { bytes[index] }

    /// The bytes in `range`.
    subscript(range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }

    /// Whether capitalisation carries no information in the sample: fewer than 1% of its
    /// ASCII letters are upper case (lower-cased corpora), or fewer than 1% are lower case
    /// (all-caps text).
    var isCaseless: Bool {
        let end = min(count, Self.sampleLength)
        var uppercase = 0
        var lowercase = 0
        var index = 0
        if let baseAddress {
            // Blocks of sixteen chunks: letters are counted sixteen lanes at a time in byte-sized
            // counters, added up after each block.
            while index + ByteChunk.width <= end {
                let blockEnd = min(end, index + 16 * ByteChunk.width)
                var uppercaseLanes = SIMD16<UInt8>()
                var lowercaseLanes = SIMD16<UInt8>()
                while index + ByteChunk.width <= blockEnd {
                    let chunk = ByteChunk(baseAddress, at: index)
                    ByteChunk.count(chunk.lanes(in: UInt8(ascii: "A")...UInt8(ascii: "Z")), into: &uppercaseLanes)
                    ByteChunk.count(chunk.lanes(in: UInt8(ascii: "a")...UInt8(ascii: "z")), into: &lowercaseLanes)
                    index += ByteChunk.width
                }
                uppercase += ByteChunk.sum(uppercaseLanes)
                lowercase += ByteChunk.sum(lowercaseLanes)
                // Even if every byte left were a letter of the majority case, the minority would
                // stay at 1% or more: the text is cased, whatever follows.
                if min(uppercase, lowercase) * 100 >= uppercase + lowercase + (end - index) { return false }
            }
        }
        while index < end {
            let byte = bytes[index]
            if ASCII.isUppercase(byte) { uppercase += 1 } else if ASCII.isLowercase(byte) { lowercase += 1 }
            index += 1
        }
        return min(uppercase, lowercase) * 100 < uppercase + lowercase
    }

    // MARK: Searching

    /// The first index at or after `start` whose byte `matchingLanes` accepts, or ``count``.
    ///
    /// - Parameter matchingLanes: The lanes of a chunk whose bytes match; whole chunks without
    ///   one are skipped. It must treat each lane on its own.
    @inline(__always)
    func firstIndex(from start: Int, matchingLanes chunkLanes: (ByteChunk) -> ByteChunk.Mask) -> Int {
        var index = start
        if let baseAddress {
            // Two chunks a test: matches are rare, and testing costs about as much as comparing.
            while index + 2 * ByteChunk.width <= count {
                let first = chunkLanes(ByteChunk(baseAddress, at: index))
                let second = chunkLanes(ByteChunk(baseAddress, at: index + ByteChunk.width))
                if !ByteChunk.isEmpty(first .| second) {
                    if let lane = LaneBits(first).first { return index + lane }
                    if let lane = LaneBits(second).first { return index + ByteChunk.width + lane }
                }
                index += 2 * ByteChunk.width
            }
            if index + ByteChunk.width <= count {
                if let lane = LaneBits(chunkLanes(ByteChunk(baseAddress, at: index))).first { return index + lane }
                index += ByteChunk.width
            }
            // The last few bytes as the end of the text's last chunk, which overlaps those read.
            if index < count && count >= ByteChunk.width {
                let last = count - ByteChunk.width
                for lane in LaneBits(chunkLanes(ByteChunk(baseAddress, at: last))) where last + lane >= index {
                    return last + lane
                }
                return count
            }
        }
        // A text shorter than a chunk, one byte at a time: each as a chunk of sixteen copies.
        while index < count, ByteChunk.isEmpty(chunkLanes(ByteChunk(repeating: bytes[index]))) { index += 1 }
        return index
    }

    // MARK: Whitespace and line breaks

    /// The length of the whitespace scalar at `index`, or 0: ASCII whitespace, U+0085,
    /// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
    @inline(__always)
    func whitespaceLength(at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return ASCII.isWhitespace(lead) ? 1 : 0 }
        return nonASCIIWhitespaceLength(at: index)
    }

    /// ``whitespaceLength(at:)`` for a scalar outside ASCII.
    @inline(never)
    private func nonASCIIWhitespaceLength(at index: Int) -> Int {
        let lead = bytes[index]
        switch lead {
        case 0xC2:
            return index + 1 < count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0) ? 2 : 0
        case 0xE1, 0xE2, 0xE3:
            guard index + 2 < count else { return 0 }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            switch (lead, second) {
            case (0xE1, 0x9A): return third == 0x80 ? 3 : 0
            case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            case (0xE2, 0x81): return third == 0x9F ? 3 : 0
            case (0xE3, 0x80): return third == 0x80 ? 3 : 0
            default: return 0
            }
        default:
            return 0
        }
    }

    /// Whether a no-break space starts at `index`: U+00A0, U+2007 or U+202F.
    func isNoBreakSpace(at index: Int) -> Bool {
        switch bytes[index] {
        case 0xC2:
            return index + 1 < count && bytes[index + 1] == 0xA0
        case 0xE2:
            return hasGeneralPunctuation(0x87, at: index) || hasGeneralPunctuation(0xAF, at: index)
        default:
            return false
        }
    }

    /// The length of the whitespace scalar that ends right before `end`, or 0.
    func whitespaceLength(endingAt end: Int) -> Int {
        let start = scalarStart(before: end)
        let length = whitespaceLength(at: start)
        return length == end - start ? length : 0
    }

    /// The first byte at or after `index` that is not whitespace, or ``count``.
    func skippingWhitespace(from index: Int) -> Int {
        var index = index
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard ASCII.isWhitespace(byte) else { break }
                index += 1
                continue
            }
            let length = whitespaceLength(at: index)
            guard length > 0 else { break }
            index += length
        }
        return index
    }

    /// The first byte at or after `index` that is not whitespace other than a line break,
    /// or ``count``.
    func skippingBlanks(from index: Int) -> Int {
        var index = index
        while index < count, lineBreakLength(at: index) == 0 {
            let length = whitespaceLength(at: index)
            guard length > 0 else { break }
            index += length
        }
        return index
    }

    /// `range` without leading and trailing whitespace.
    ///
    /// `range` may start inside a scalar (a look-back window such as the list-marker check's);
    /// trailing whitespace is then trimmed no further than `range.lowerBound`.
    func trimmingWhitespace(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let length = whitespaceLength(at: lower)
            guard length > 0 else { break }
            lower += length
        }
        while upper > lower {
            let last = bytes[upper - 1]
            if last < 0x80 {
                guard ASCII.isWhitespace(last) else { break }
                upper -= 1
                continue
            }
            let length = whitespaceLength(endingAt: upper)
            // A whitespace scalar that begins before `lower` (which then lies inside it) ends
            // the trim: stepping over it would cross `lower`.
            guard length > 0, upper - length >= lower else { break }
            upper -= length
        }
        return lower..<upper
    }

    /// The length of the line break at `index`, or 0: LF, CR, CR LF, U+0085, U+2028, U+2029.
    @inline(__always)
    func lineBreakLength(at index: Int) -> Int {
        let lead = bytes[index]
        // Every line break starts with LF, CR (both below 0x0E), 0xC2 or 0xE2.
        if lead >= 0x0E && lead < 0xC2 { return 0 }
        return lineBreakLengthCandidate(at: index)
    }

    /// ``lineBreakLength(at:)`` for a byte that may start a line break.
    @inline(never)
    private func lineBreakLengthCandidate(at index: Int) -> Int {
        switch bytes[index] {
        case ASCII.lineFeed:
            return 1
        case ASCII.carriageReturn:
            return index + 1 < count && bytes[index + 1] == ASCII.lineFeed ? 2 : 1
        case 0xC2:
            return index + 1 < count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return hasGeneralPunctuation(0xA8, at: index) || isParagraphSeparator(at: index) ? 3 : 0
        default:
            return 0
        }
    }

    /// Whether U+2029 PARAGRAPH SEPARATOR starts at `index`.
    func isParagraphSeparator(at index: Int) -> Bool {
        hasGeneralPunctuation(0xA9, at: index)
    }

    /// Whether the General Punctuation scalar encoded as `E2 80 lastByte` (U+2000–U+203F)
    /// starts at `index`.
    private func hasGeneralPunctuation(_ lastByte: UInt8, at index: Int) -> Bool {
        index + 2 < count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == lastByte
    }

    // MARK: Punctuation

    /// The length of the sentence-final mark at `index`, or 0: `.`, `?`, `!`, `…`, `‼`, `⁇`,
    /// `⁈` and `⁉`.
    @inline(__always)
    func terminalLength(at index: Int) -> Int {
        switch bytes[index] {
        case ASCII.fullStop, ASCII.questionMark, ASCII.exclamationMark:
            return 1
        case 0xE2:
            guard index + 2 < count else { return 0 }
            switch (bytes[index + 1], bytes[index + 2]) {
            case (0x80, 0xA6), (0x80, 0xBC), (0x81, 0x87), (0x81, 0x88), (0x81, 0x89): return 3
            default: return 0
            }
        default:
            return 0
        }
    }

    /// Whether `…` starts at `index`.
    func isHorizontalEllipsis(at index: Int) -> Bool {
        hasGeneralPunctuation(0xA6, at: index)
    }

    /// The length of the closing quote or bracket at `index`, or 0: `"`, `'`, `)`, `]`, `}`,
    /// `»`, `”`, `’` and `›`.
    func closerLength(at index: Int) -> Int {
        punctuationLength(at: index, ascii: ASCII.isCloser, latin1: { $0 == 0xBB }) {
            switch $0 {
            case 0x9D, 0x99, 0xBA: true
            default: false
            }
        }
    }

    /// The length of the opening quote, bracket or inverted mark at `index`, or 0: `"`, `'`,
    /// `(`, `[`, `{`, `«`, `¿`, `¡`, `“`, `‘` and `‹`.
    func openerLength(at index: Int) -> Int {
        punctuationLength(
            at: index, ascii: ASCII.isOpener,
            latin1: {
                switch $0 {
                case 0xAB, 0xBF, 0xA1: true
                default: false
                }
            }
        ) {
            switch $0 {
            case 0x9C, 0x98, 0xB9: true
            default: false
            }
        }
    }

    /// The length of the punctuation scalar at `index` if the test for its UTF-8 form accepts
    /// it, or 0: `ascii` tests an ASCII byte, `latin1` the second byte of a Latin-1 scalar
    /// `C2 xx` and `generalPunctuation` the last byte of a General Punctuation scalar
    /// `E2 80 xx`.
    @inline(__always)
    private func punctuationLength(
        at index: Int, ascii: (UInt8) -> Bool, latin1: (UInt8) -> Bool, generalPunctuation: (UInt8) -> Bool
    ) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return ascii(lead) ? 1 : 0 }
        switch lead {
        case 0xC2:
            return index + 1 < count && latin1(bytes[index + 1]) ? 2 : 0
        case 0xE2:
            return index + 2 < count && bytes[index + 1] == 0x80 && generalPunctuation(bytes[index + 2]) ? 3 : 0
        default:
            return 0
        }
    }

    /// Whether the line content ending at `end` ends with punctuation that either ends the
    /// sentence there or continues it on the next line: terminal marks (possibly followed by
    /// closing quotes or brackets), `,`, `;`, `:`, `-`, `/`, `&`, en and em dashes, and opening
    /// brackets or typographic opening quotes.
    func endsWithFinalOrLinkingPunctuation(at end: Int) -> Bool {
        let last = scalarStart(before: end)
        switch bytes[last] {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "-"),
             UInt8(ascii: "/"), UInt8(ascii: "&"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            return true
        default:
            break
        }
        if terminalLength(at: last) > 0 || (bytes[last] >= 0x80 && openerLength(at: last) == end - last) {
            return true
        }
        if hasGeneralPunctuation(0x93, at: last) || hasGeneralPunctuation(0x94, at: last) {
            return true
        }
        var index = end
        while index > 0 {
            let start = scalarStart(before: index)
            guard closerLength(at: start) == index - start else { break }
            index = start
        }
        return index < end && index > 0 && terminalLength(at: scalarStart(before: index)) > 0
    }

    /// Whether a list item starts at `index`: a bullet (`-`, `*`, `+`, `•`, `‣`, `◦`, `▪`,
    /// `·`, `–`), a number of up to three digits with `.` or `)`, or a letter with `)`,
    /// optionally in parentheses, followed by a space or tab.
    func startsListItem(at index: Int) -> Bool {
        guard index < count else { return false }
        let markerEnd: Int
        switch bytes[index] {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            markerEnd = index + 1
        case 0xC2:
            guard index + 1 < count, bytes[index + 1] == 0xB7 else { return false }
            markerEnd = index + 2
        case 0xE2:
            guard index + 2 < count else { return false }
            switch (bytes[index + 1], bytes[index + 2]) {
            case (0x80, 0xA2), (0x80, 0xA3), (0x97, 0xA6), (0x96, 0xAA), (0x80, 0x93): markerEnd = index + 3
            default: return false
            }
        default:
            let opened = bytes[index] == UInt8(ascii: "(")
            var end = opened ? index + 1 : index
            let labelStart = end
            while end < count, end - labelStart < 3, ASCII.isDigit(bytes[end]) { end += 1 }
            let digits = end - labelStart
            if digits == 0, end < count, ASCII.isLetter(bytes[end]) { end += 1 }
            guard end > labelStart, end < count else { return false }
            let closing = bytes[end]
            guard closing == UInt8(ascii: ")") || (closing == ASCII.fullStop && digits > 0 && !opened) else { return false }
            markerEnd = end + 1
        }
        return markerEnd < count && (bytes[markerEnd] == ASCII.space || bytes[markerEnd] == ASCII.tab)
    }

    // MARK: Words

    /// What begins the word after a boundary candidate.
    enum WordStart {
        /// An upper-case letter, or a lower-case word with an inner capital such as `iPhone`.
        case uppercase
        case lowercase
        case digit
        /// Punctuation that continues a sentence: `,`, `;`, `:`, `%` or a closing bracket.
        case continuation
        /// Anything else: symbols such as `$` or `£`, dashes, uncased scripts.
        case other
    }

    /// The word after a boundary candidate, past any opening quotes or brackets.
    struct FollowingWord {
        var start: WordStart
        /// Where the word begins.
        var index: Int
    }

    /// The word that starts at `index`, after skipping up to four opening quotes or brackets.
    @inline(__always)
    func followingWord(at index: Int) -> FollowingWord {
        var index = index
        for _ in 0..<4 where index < count {
            let opener = openerLength(at: index)
            guard opener > 0 else { break }
            index += opener
        }
        guard index < count else { return FollowingWord(start: .other, index: index) }
        let first = bytes[index]
        let start: WordStart
        switch first {
        case _ where ASCII.isUppercase(first): start = .uppercase
        case _ where ASCII.isLowercase(first):
            // A lower-case word with an inner capital (`iPhone`) counts as capitalised.
            let letters = leadingLetters(at: index)
            start = bytes[index + 1 ..< letters.upperBound].contains(where: ASCII.isUppercase) ? .uppercase : .lowercase
        case _ where ASCII.isDigit(first): start = .digit
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "%"),
             UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            start = .continuation
        case 0x80...:
            start = wordStartOfScalar(at: index)
        default:
            start = .other
        }
        return FollowingWord(start: start, index: index)
    }

    /// The ASCII letters the word at `index` begins with: at most one more than a packed word
    /// holds (``PackedWord/maximumLength``), so that longer words are told apart.
    func leadingLetters(at index: Int) -> Range<Int> {
        let limit = min(count, index + PackedWord.maximumLength + 1)
        var end = index
        while end < limit, ASCII.isLetter(bytes[end]) { end &+= 1 }
        return index..<end
    }

    /// Whether `letters` (see ``leadingLetters(at:)``) are an initial: a single letter followed
    /// by a full stop.
    func isInitial(_ letters: Range<Int>) -> Bool {
        letters.count == 1 && letters.upperBound < count && bytes[letters.upperBound] == ASCII.fullStop
    }

    /// The word that ends right before `end` (the position of a full stop), past any closing
    /// quotes or brackets: the longest run of ASCII letters, digits, full stops and inner
    /// apostrophes, so `U.S` in `(CNN)U.S.` and `Gov` in `ex-Gov.`. `nil` when the run is
    /// longer than `maximumLength` bytes or continues a word outside ASCII (`Straße.`).
    @inline(__always)
    func word(before end: Int, maximumLength: Int) -> Range<Int>? {
        var upper = end
        while upper > 0 {
            let last = bytes[upper - 1]
            if last < 0x80 {
                // An ASCII closer is a scalar of its own.
                guard ASCII.isCloser(last) else { break }
                upper -= 1
            } else {
                let start = scalarStart(before: upper)
                guard closerLength(at: start) == upper - start else { break }
                upper = start
            }
        }
        var lower = upper
        while lower > 0 {
            let byte = bytes[lower &- 1]
            guard ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == ASCII.fullStop || byte == UInt8(ascii: "'") else {
                if byte >= 0x80 && isAlphabeticScalar(endingAt: lower) { return nil }
                break
            }
            guard upper &- lower < maximumLength else { return nil }
            lower &-= 1
        }
        while lower < upper, bytes[lower] == UInt8(ascii: "'") || bytes[lower] == ASCII.fullStop { lower &+= 1 }
        return lower..<upper
    }

    /// Whether a word starting at `index` stands alone: at the start of the text or after
    /// whitespace or an opening quote or bracket.
    @inline(__always)
    func isWordStart(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = bytes[index - 1]
        if before < 0x80 { return ASCII.isWhitespace(before) || ASCII.isOpener(before) }
        let previous = scalarStart(before: index)
        return whitespaceLength(at: previous) == index - previous || openerLength(at: previous) == index - previous
    }

    // MARK: Scalars

    // Scalar properties are read out of line: their type's layout is resilient, and reading
    // them inline costs every caller a metadata lookup and a stack allocation, ASCII or not.

    /// Whether the scalar ending right before `end` is alphabetic.
    @inline(never)
    private func isAlphabeticScalar(endingAt end: Int) -> Bool {
        scalar(at: scalarStart(before: end)).properties.isAlphabetic
    }

    /// How the scalar at `index`, outside ASCII, starts a word: upper case, lower case or other.
    @inline(never)
    private func wordStartOfScalar(at index: Int) -> WordStart {
        let properties = scalar(at: index).properties
        return properties.isUppercase ? .uppercase : properties.isLowercase ? .lowercase : .other
    }

    /// The start of the scalar that ends right before `end`.
    func scalarStart(before end: Int) -> Int {
        var start = end - 1
        while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The scalar that starts at `index`, or U+FFFD if none starts there.
    func scalar(at index: Int) -> Unicode.Scalar {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0..<0x80: return Unicode.Scalar(lead)
        case 0xC0..<0xE0: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0..<0xF8: length = 4; value = UInt32(lead & 0x07)
        default: return "\u{FFFD}"
        }
        guard index + length <= count else { return "\u{FFFD}" }
        for offset in 1..<length {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
