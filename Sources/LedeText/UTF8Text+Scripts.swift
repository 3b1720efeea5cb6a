// Sentence punctuation of scripts other than Latin, and words of any script, for the rules of
// languages other than English (see SegmentationRules).

extension UTF8Text {
    /// The length of the sentence-final mark of another script at `index`, or 0: the CJK
    /// `。`, `！`, `？`, `．` and halfwidth `｡`; Devanagari `।` and `॥`; Arabic `؟` and Urdu
    /// `۔`; Armenian `։`; Ethiopic `።` and `፧`; Myanmar `။`; and, when
    /// `semicolonIsQuestionMark`, `;` and U+037E GREEK QUESTION MARK.
    func scriptTerminalLength(at index: Int, semicolonIsQuestionMark: Bool) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return semicolonIsQuestionMark && lead == UInt8(ascii: ";") ? 1 : 0 }
        guard index + 1 < count else { return 0 }
        let second = bytes[index + 1]
        switch lead {
        case 0xCD: return semicolonIsQuestionMark && second == 0xBE ? 2 : 0  // U+037E
        case 0xD6: return second == 0x89 ? 2 : 0  // ։
        case 0xD8: return second == 0x9F ? 2 : 0  // ؟
        case 0xDB: return second == 0x94 ? 2 : 0  // ۔
        default: break
        }
        guard index + 2 < count else { return 0 }
        switch (lead, second, bytes[index + 2]) {
        case (0xE0, 0xA5, 0xA4), (0xE0, 0xA5, 0xA5),  // । ॥
             (0xE1, 0x8D, 0xA2), (0xE1, 0x8D, 0xA7),  // ። ፧
             (0xE1, 0x81, 0x8B),  // ။
             (0xE3, 0x80, 0x82),  // 。
             (0xEF, 0xBC, 0x81), (0xEF, 0xBC, 0x9F), (0xEF, 0xBC, 0x8E), (0xEF, 0xBD, 0xA1):  // ！ ？ ． ｡
            return 3
        default:
            return 0
        }
    }

    /// Whether the mark at `index` (one ``scriptTerminalLength(at:semicolonIsQuestionMark:)``
    /// accepts) is a CJK full-width or halfwidth mark, after which a sentence ends without a
    /// space.
    func isFullWidthTerminal(at index: Int) -> Bool {
        bytes[index] == 0xE3 || bytes[index] == 0xEF
    }

    /// Whether the Japanese quotative particle `と` or an ideographic comma `、` starts at
    /// `index`: after a closing quote, they continue the sentence (`「戻る。」と言った`).
    func isQuotativeParticle(at index: Int) -> Bool {
        index + 2 < count && bytes[index] == 0xE3
            && ((bytes[index + 1] == 0x81 && bytes[index + 2] == 0xA8) || (bytes[index + 1] == 0x80 && bytes[index + 2] == 0x81))
    }

    /// The length of the closing quote or bracket at `index` that ``closerLength(at:)`` does
    /// not read, or 0: the CJK `」`, `』`, `】`, `》`, `〉`, `〕`, `）` and `＂`, and `“` and `‘`,
    /// which close quotations in German and other languages quoting `„so“` (read only after
    /// terminal punctuation, where they cannot open one).
    func scriptCloserLength(at index: Int) -> Int {
        guard index + 2 < count else { return 0 }
        switch (bytes[index], bytes[index + 1], bytes[index + 2]) {
        case (0xE3, 0x80, 0x8D), (0xE3, 0x80, 0x8F), (0xE3, 0x80, 0x91), (0xE3, 0x80, 0x8B),
             (0xE3, 0x80, 0x89), (0xE3, 0x80, 0x95), (0xEF, 0xBC, 0x89), (0xEF, 0xBC, 0x82),
             (0xE2, 0x80, 0x9C), (0xE2, 0x80, 0x98):
            return 3
        default:
            return 0
        }
    }

    /// The length of a space and a closing guillemet at `index` (French `demain ? »`), or 0:
    /// a space, no-break space or narrow no-break space, then `»` or `›`.
    func spacedGuillemetLength(at index: Int) -> Int {
        let space = whitespaceLength(at: index)
        guard space > 0, lineBreakLength(at: index) == 0, index + space + 1 < count else { return 0 }
        let quote = index + space
        if bytes[quote] == 0xC2 && bytes[quote + 1] == 0xBB { return space + 2 }
        return quote + 2 < count && hasGeneralPunctuation(0xBA, at: quote) ? space + 3 : 0
    }

    /// The word of any script that ends right before `end` (the position of a full stop),
    /// past any closing quotes or brackets: the longest run of letters, digits, combining
    /// marks, full stops and inner apostrophes, such as `Sra`, `т.е` or `z.B`. `nil` when the
    /// run is longer than `maximumLength` bytes.
    func unicodeWord(before end: Int, maximumLength: Int) -> Range<Int>? {
        var upper = end
        while upper > 0 {
            let start = scalarStart(before: upper)
            guard closerLength(at: start) == upper - start else { break }
            upper = start
        }
        var lower = upper
        while lower > 0 {
            let start = scalarStart(before: lower)
            let byte = bytes[start]
            if byte < 0x80 {
                guard ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == ASCII.fullStop || byte == UInt8(ascii: "'") else {
                    break
                }
            } else {
                let properties = scalar(at: start).properties
                guard properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
                else { break }
            }
            guard upper - start <= maximumLength else { return nil }
            lower = start
        }
        while lower < upper, bytes[lower] == UInt8(ascii: "'") || bytes[lower] == ASCII.fullStop { lower += 1 }
        return lower..<upper
    }

    /// The letters of any script (and combining marks) that start at `index`, at most
    /// `maximumLength` bytes.
    func unicodeLetters(at index: Int, maximumLength: Int) -> Range<Int> {
        var end = index
        while end < count, end - index < maximumLength {
            let byte = bytes[end]
            if byte < 0x80 {
                guard ASCII.isLetter(byte) else { break }
                end += 1
                continue
            }
            let properties = scalar(at: end).properties
            guard properties.isAlphabetic || properties.generalCategory == .nonspacingMark else { break }
            end += scalarLength(at: end)
        }
        return index..<end
    }

    /// Whether the word in `range` is one letter of any script.
    func isSingleLetter(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, scalarLength(at: range.lowerBound) == range.count else { return false }
        return scalar(at: range.lowerBound).properties.isAlphabetic
    }

    /// Whether the word in `range` is one letter of a script with capitals (an initial may be
    /// one), as opposed to a one-letter word of Arabic or Hebrew script.
    func isSingleCasedLetter(_ range: Range<Int>) -> Bool {
        guard isSingleLetter(range) else { return false }
        let properties = scalar(at: range.lowerBound).properties
        return properties.isUppercase || properties.isLowercase
    }

    /// Whether ASCII letters outnumber the bytes outside ASCII in the first 4 KiB: the text is
    /// written in the Latin alphabet, mostly unaccented.
    var isMostlyASCII: Bool {
        var balance = 0
        for index in 0..<min(count, 4_096) {
            let byte = bytes[index]
            if byte >= 0x80 { balance -= 1 } else if ASCII.isLetter(byte) { balance += 1 }
        }
        return balance > 0
    }
}
