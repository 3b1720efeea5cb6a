/// Finds the sentence boundaries of prose in one pass over its UTF-8 bytes.
struct ProseSentenceScanner {
    /// The shortest line width assumed when telling wrapped lines from intentional breaks.
    static let minimumWrapWidth = 40
    /// How far back a word before a full stop is looked for; longer words are ordinary words.
    static let maximumWordLength = 32

    enum TerminalKind {
        /// A single full stop, possibly with closing quotes or brackets.
        case fullStop
        /// A run containing `?` or `!`.
        case strong
        /// Two or more full stops, or `…`.
        case ellipsis
    }

    let text: UTF8Text
    let isCaseless: Bool
    /// The lexicon, held here so that lookups skip the global's lazy-initialisation check.
    let lexicon = SegmentationLexicon.shared
    /// The word lists of a language other than English, or `nil` for English.
    let language: LanguageLexicon?
    var collector: SentenceCollector
    /// The inline enumeration the current sentence starts, if any.
    var enumeration = InlineEnumeration()
    /// The first non-whitespace byte of the line being scanned.
    private var lineContentStart: Int
    /// The length in bytes of the previous line of the paragraph, 0 at a paragraph start.
    private var previousLineLength = 0

    init(text: UTF8Text, rules: SegmentationRules = .english) {
        self.text = text
        language = rules.lexicon
        // The case statistics count ASCII letters only: in another script they say nothing.
        isCaseless = text.isCaseless && (rules.lexicon == nil || text.isMostlyASCII)
        collector = SentenceCollector(text: text)
        lineContentStart = text.skippingBlanks(from: 0)
    }

    // The scanner stays small: it is copied whenever one of its non-mutating methods is called
    // from a mutating one, so settings are read through `language` rather than stored.

    /// Whether other scripts' terminators are read (every language but English).
    var readsScripts: Bool { language != nil }
    /// Whether `;` is a question mark (Greek).
    var semicolonIsQuestionMark: Bool { language?.semicolonIsQuestionMark ?? false }

    mutating func scan() -> [Range<Int>] {
        var index = 0
        while true {
            // Every byte but these leaves the scan's state alone, so whole chunks without one are
            // skipped.
            index = readsScripts ? nextScriptCandidate(from: index) : text.firstIndex(from: index, matchingLanes: Self.candidateLanes)
            if enumeration.nextItem < index {
                cutAtEnumerationItems(before: index)
            } else if enumeration.sentenceStart != collector.contentStart {
                // Most sentences start with a capital, which is no item marker.
                let start = collector.contentStart
                if start < text.count && ASCII.isUppercase(text[start]) {
                    enumeration = InlineEnumeration(sentenceStart: start)
                } else {
                    cutAtEnumerationItems(before: index)
                }
            }
            guard index < text.count else { break }
            switch text[index] {
            case ASCII.fullStop, ASCII.questionMark, ASCII.exclamationMark:
                index = scanTerminalRun(at: index)
            case ASCII.lineFeed, ASCII.carriageReturn:
                index = scanLineBreak(at: index)
            default:
                // 0xC2 or 0xE2, the lead bytes of `…`, `‼`, `⁇`, `⁈`, `⁉`, U+0085, U+2028 and
                // U+2029, or another control byte.
                if terminalLength(at: index) > 0 {
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

    /// The first byte at or after `index` that ``scriptCandidateLanes(_:)`` (or, for Greek,
    /// ``greekCandidateLanes(_:)``) accepts. Out of line, so that the English scan keeps its
    /// own inlined search with a statically known lane test.
    @inline(never)
    private func nextScriptCandidate(from index: Int) -> Int {
        semicolonIsQuestionMark
            ? text.firstIndex(from: index, matchingLanes: Self.greekCandidateLanes)
            : text.firstIndex(from: index, matchingLanes: Self.scriptCandidateLanes)
    }

    /// The lanes of `chunk` whose byte may start terminal punctuation of any script or a
    /// line break: those of ``candidateLanes(_:)`` and the lead bytes of the marks
    /// ``UTF8Text/scriptTerminalLength(at:semicolonIsQuestionMark:)`` reads.
    @inline(__always)
    private static func scriptCandidateLanes(_ chunk: ByteChunk) -> ByteChunk.Mask {
        candidateLanes(chunk) .| chunk.lanes(equalTo: 0xD6) .| chunk.lanes(equalTo: 0xD8) .| chunk.lanes(equalTo: 0xDB)
            .| chunk.lanes(equalTo: 0xE1, ignoring: 0x01) .| chunk.lanes(equalTo: 0xE3) .| chunk.lanes(equalTo: 0xEF)
    }

    /// ``scriptCandidateLanes(_:)`` with `;` and the lead byte of U+037E, for Greek.
    @inline(__always)
    private static func greekCandidateLanes(_ chunk: ByteChunk) -> ByteChunk.Mask {
        scriptCandidateLanes(chunk) .| chunk.lanes(equalTo: UInt8(ascii: ";")) .| chunk.lanes(equalTo: 0xCD)
    }

    /// The length of the sentence-final mark at `index`, or 0: ``UTF8Text/terminalLength(at:)``,
    /// and other scripts' marks when the rules read them.
    @inline(__always)
    func terminalLength(at index: Int) -> Int {
        let length = text.terminalLength(at: index)
        guard length == 0, readsScripts else { return length }
        return text.scriptTerminalLength(at: index, semicolonIsQuestionMark: semicolonIsQuestionMark)
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
        var fullStops = 0
        var isSpaced = false
        var hasFullWidthMark = false
        while end < text.count {
            let terminal = terminalLength(at: end)
            if terminal > 0 {
                switch text[end] {
                case ASCII.fullStop:
                    fullStops += 1
                    fullStopsInRow += 1
                    if fullStopsInRow >= 2 { isEllipsis = true }
                case ASCII.questionMark, ASCII.exclamationMark:
                    hasStrongMark = true
                    fullStopsInRow = 0
                default:
                    if text.isHorizontalEllipsis(at: end) { isEllipsis = true } else { hasStrongMark = true }
                    hasFullWidthMark = hasFullWidthMark || (terminal == 3 && text.isFullWidthTerminal(at: end))
                    fullStopsInRow = 0
                }
                end += terminal
                lastTerminalEnd = end
            } else if fullStopsInRow > 0 && continuesSpacedEllipsis(at: end, started: isEllipsis) {
                isEllipsis = true
                isSpaced = true
                fullStops += 1
                end += 2
                lastTerminalEnd = end
            } else {
                var closer = text.closerLength(at: end)
                if closer == 0 && readsScripts { closer = text.scriptCloserLength(at: end) }
                if closer == 0 && readsScripts { closer = text.spacedGuillemetLength(at: end) }
                guard closer > 0 else { break }
                end += closer
                fullStopsInRow = 0
            }
        }
        guard end < text.count else { return end }

        let kind: TerminalKind = hasStrongMark ? .strong : isEllipsis ? .ellipsis : .fullStop
        if text.whitespaceLength(at: end) == 0 {
            // `。」と言った`: a quotation ended by a full-width mark, then the quotative particle.
            if hasFullWidthMark ? !(end > lastTerminalEnd && text.isQuotativeParticle(at: end)) : isBoundaryWithoutSpace(kind, start: start, end: end, hasClosers: end > lastTerminalEnd) {
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
        if end > lastTerminalEnd && next < text.count && text[next] == UInt8(ascii: "(") && isCitation(at: next) { return end }
        // A spaced ellipsis of three dots after a space (`the thing is . . . I didn't`) marks an
        // omission: the pronoun `I` after it is capitalised anyway, so it starts no sentence.
        if isSpaced && fullStops == 3 && start > 0 && text.whitespaceLength(endingAt: start) > 0 && text.isPronounI(at: next) { return end }
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
            if let language {
                return languageEndsSentence(language, fullStopAt: start, following: following, crossesLine: crossesLine)
            }
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
                if let ends = englishAmbiguousEnding(word, following: following, crossesLine: crossesLine) { return ends }
                let letters = text.leadingLetters(at: following.index)
                return !text.isInitial(letters) && lexicon.isSentenceStarter(text[letters])
            case nil:
                return startsSentence(following, crossesLine: crossesLine)
            }
        }
    }

    /// Whether `word` can start a sentence after an ordinary full stop, `?` or `!`.
    func startsSentence(_ word: UTF8Text.FollowingWord, crossesLine: Bool) -> Bool {
        switch word.start {
        case .uppercase, .digit, .other: return true
        case .lowercase: return isCaseless || crossesLine
        case .continuation: return false
        }
    }

    /// Whether terminal punctuation directly followed by a non-space byte at `end` ends a
    /// sentence: scraped text whose paragraphs were joined without a space, such as
    /// `$10.9bn.For`, `said."Then`, `rénovation.Dans`, `kilogramme.S'ils`, `"non".Puis` or `2019.Le`.
    private func isBoundaryWithoutSpace(_ kind: TerminalKind, start: Int, end: Int, hasClosers: Bool) -> Bool {
        let capital = text.uppercaseLetterLength(at: end)
        guard capital > 0 else { return false }
        if kind == .ellipsis { return !startsCurrentSentence(start) }
        if hasClosers { return true }
        // A word meets a capitalised word: a capital, then a lower-case letter or an apostrophe.
        guard text.continuesCapitalizedWord(at: end + capital, capitalIsASCII: capital == 1) else { return false }
        // Before the full stop, past closing quotes or brackets: a lower-case word of two or more
        // letters (not an abbreviation), or a number of two or more characters.
        let upper = text.closersStart(before: start)
        guard text.endsLowercaseWord(at: upper) || text.endsNumber(at: upper) else { return false }
        if upper == start, let word = text.word(before: start, maximumLength: Self.maximumWordLength),
           lexicon.abbreviationKind(of: text[word], standsAlone: text.isWordStart(word.lowerBound), caseless: isCaseless) != nil {
            return false
        }
        // Dotted names such as `Halo.Bungie.Org` have a full stop before a letter elsewhere.
        var index = upper
        while index > 0, upper - index < 4 * Self.maximumWordLength, text.whitespaceLength(endingAt: index) == 0 { index -= 1 }
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
    func isListMarker(_ word: Range<Int>, terminalAt terminal: Int) -> Bool {
        if word.upperBound == enumeration.labelEnd { return true }
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
    func startsCurrentSentence(_ index: Int) -> Bool {
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
