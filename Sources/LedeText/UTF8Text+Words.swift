// Words of UTF8Text: the word before a full stop and the word after a boundary candidate.

extension UTF8Text {
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

    /// Whether the pronoun `I` starts at `index`: `I` followed by a space, an apostrophe or
    /// punctuation (`I`, `I'm`), not a longer word.
    func isPronounI(at index: Int) -> Bool {
        index < count && bytes[index] == UInt8(ascii: "I") && (index + 1 == count || !ASCII.isLetter(bytes[index + 1]))
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
        let upper = closersStart(before: end)
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

    /// Where the closing quotes and brackets that end right before `end` begin (`end` when none do).
    func closersStart(before end: Int) -> Int {
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
        return upper
    }

    /// The length in bytes of the upper-case letter (of any script) at `index`, or 0.
    func uppercaseLetterLength(at index: Int) -> Int {
        guard index < count else { return 0 }
        if bytes[index] < 0x80 { return ASCII.isUppercase(bytes[index]) ? 1 : 0 }
        return wordStartOfScalar(at: index) == .uppercase ? scalarLength(at: index) : 0
    }

    /// Whether the text at `index` goes on with a lower-case letter (of any script) or with an
    /// apostrophe and a letter (`S'ils`, `L’homme`): what follows the capital of a word. After a
    /// capital beyond ASCII (`capitalIsASCII` false), white space too: a word of one letter
    /// (`À Paris`); one ASCII capital is more often a name's part (`Zafi.D virus`, `Plan.B`).
    func continuesCapitalizedWord(at index: Int, capitalIsASCII: Bool) -> Bool {
        guard index < count else { return false }
        if !capitalIsASCII && whitespaceLength(at: index) > 0 { return true }
        let letter: Int
        if bytes[index] == UInt8(ascii: "'") {
            letter = index + 1
        } else if bytes[index] >= 0x80, scalar(at: index) == "\u{2019}" {
            letter = index + 3
        } else {
            return bytes[index] < 0x80 ? ASCII.isLowercase(bytes[index]) : wordStartOfScalar(at: index) == .lowercase
        }
        guard letter < count else { return false }
        return bytes[letter] < 0x80 ? ASCII.isLetter(bytes[letter]) : isAlphabeticScalar(endingAt: min(letter + scalarLength(at: letter), count))
    }

    /// Whether a lower-case letter (of any script) ends right before `end`, after another letter.
    func endsLowercaseWord(at end: Int) -> Bool {
        guard end >= 2 else { return false }
        let last = scalarStart(before: end)
        let isLowercase = bytes[last] < 0x80 ? ASCII.isLowercase(bytes[last]) : wordStartOfScalar(at: last) == .lowercase
        guard isLowercase, last > 0 else { return false }
        return bytes[last - 1] < 0x80 ? ASCII.isLetter(bytes[last - 1]) : isAlphabeticScalar(endingAt: last)
    }

    /// Whether a number of two or more characters ends right before `end`: a digit or `%` after
    /// a digit or a letter (`2019`, `17h30`, `42%`).
    func endsNumber(at end: Int) -> Bool {
        guard end >= 2 else { return false }
        let last = bytes[end - 1], previous = bytes[end - 2]
        return (ASCII.isDigit(last) || last == UInt8(ascii: "%")) && (ASCII.isDigit(previous) || ASCII.isLetter(previous))
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
}
