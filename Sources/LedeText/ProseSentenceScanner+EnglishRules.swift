/// English exceptions to the ambiguous-abbreviation rule, and parenthetical citations.
extension ProseSentenceScanner {
    /// Whether an ambiguous abbreviation `word` before the capitalised word `following` ends a
    /// sentence by a rule of its own, or `nil` when the general rule applies:
    ///
    /// - the pronoun `I` after a lower-case word (`Nobody came but I. Pat left`) is an
    ///   ordinary word, not an initial;
    /// - `a.m.` or `p.m.` after a number ends a sentence before any capitalised word but a
    ///   weekday, a month or a time zone (`at 5 p.m. Friday`, `7 p.m. ET`), unless the sentence
    ///   so far is only an opening time phrase (`At 5 a.m. Mr. Smith went`).
    func englishAmbiguousEnding(_ word: Range<Int>, following: UTF8Text.FollowingWord, crossesLine: Bool) -> Bool? {
        let first = text[word.lowerBound]
        if word.count == 1 {
            guard first == UInt8(ascii: "I"), let previous = previousWordEnd(before: word.lowerBound),
                  isLowercaseWord(endingAt: previous) else { return nil }
            return startsSentence(following, crossesLine: crossesLine)
        }
        guard word.count == 3, first | 0x20 == UInt8(ascii: "a") || first | 0x20 == UInt8(ascii: "p"),
              text[word.lowerBound + 1] == ASCII.fullStop, text[word.lowerBound + 2] | 0x20 == UInt8(ascii: "m"),
              let previous = previousWordEnd(before: word.lowerBound), ASCII.isDigit(text[previous - 1])
        else { return nil }
        let letters = text.leadingLetters(at: following.index)
        if lexicon.isTimeWord(text[letters]) { return false }
        return !isOpeningPhrase(before: previous)
    }

    /// The end of the word before the whitespace that precedes `index`, or `nil` when no
    /// whitespace or no word precedes it.
    private func previousWordEnd(before index: Int) -> Int? {
        var end = index
        while end > collector.contentStart, ASCII.isWhitespace(text[end - 1]) { end -= 1 }
        return end < index && end > collector.contentStart ? end : nil
    }

    /// Whether the word ending at `end` starts with a lower-case ASCII letter.
    private func isLowercaseWord(endingAt end: Int) -> Bool {
        var start = end
        while start > collector.contentStart, ASCII.isLetter(text[start - 1]) { start -= 1 }
        return start < end && ASCII.isLowercase(text[start])
    }

    /// Whether the current sentence up to `end` is at most two words, the first capitalised
    /// (`At 5`, `By 10:30`).
    private func isOpeningPhrase(before end: Int) -> Bool {
        let start = collector.contentStart
        guard start < end, ASCII.isUppercase(text[start]) else { return false }
        var words = 1
        var index = start
        while index < end {
            if ASCII.isWhitespace(text[index]) && !ASCII.isWhitespace(text[index + 1]) { words += 1 }
            index += 1
        }
        return words <= 2
    }

    /// Whether a parenthetical citation followed by a full stop starts at `index`, as after a
    /// closing quote in `"... as he said." (Smith 55).`: the citation belongs to the sentence.
    func isCitation(at index: Int) -> Bool {
        guard index < text.count, text[index] == UInt8(ascii: "(") else { return false }
        var position = index + 1
        let limit = min(text.count - 1, index + 80)
        while position < limit {
            switch text[position] {
            case UInt8(ascii: ")"): return text[position + 1] == ASCII.fullStop
            case UInt8(ascii: "("), ASCII.lineFeed, ASCII.carriageReturn: return false
            default: position += 1
            }
        }
        return false
    }
}
