/// The full-stop rule of languages other than English, read from their rules files.
extension ProseSentenceScanner {
    /// How far back a word of any script before a full stop is looked for, in bytes.
    static let maximumUnicodeWordLength = 64

    /// Whether the full stop at `start`, followed by whitespace and `following`, ends a
    /// sentence under `language`'s rules: its abbreviations, initials (one letter of any
    /// script with capitals), dotted abbreviations (`z.B.`, `т.е.`), and ordinals (`am 3. Oktober`) when
    /// the language writes them with a full stop.
    func languageEndsSentence(
        _ language: LanguageLexicon, fullStopAt start: Int, following: UTF8Text.FollowingWord, crossesLine: Bool
    ) -> Bool {
        guard language.fullStopEndsSentence else { return false }
        guard let word = text.unicodeWord(before: start, maximumLength: Self.maximumUnicodeWordLength), !word.isEmpty else {
            return startsSentence(following, crossesLine: crossesLine)
        }
        if isListMarker(word, terminalAt: start) { return false }
        if language.ordinals && isOrdinal(word, terminalAt: start, following: following, language: language) { return false }
        var kind = language.abbreviationKind(of: text[word])
        if kind == nil && text.isWordStart(word.lowerBound) && (text.isSingleCasedLetter(word) || text[word].contains(ASCII.fullStop)) {
            kind = .ambiguous
        }
        switch kind {
        case .title, .inner:
            return false
        case .numberPrefix:
            return following.start != .digit && startsSentence(following, crossesLine: crossesLine)
        case .ambiguous:
            guard following.start == .uppercase || (isCaseless && following.start == .lowercase) else { return false }
            let letters = text.unicodeLetters(at: following.index, maximumLength: Self.maximumUnicodeWordLength)
            let isInitial = text.isSingleLetter(letters) && letters.upperBound < text.count && text[letters.upperBound] == ASCII.fullStop
            return !isInitial && language.isSentenceStarter(text[letters])
        case nil:
            return startsSentence(following, crossesLine: crossesLine)
        }
    }

    /// Whether the number `word` before the full stop at `terminal` is an ordinal: a month
    /// name follows (`3. Oktober`, `3. Okt.`) or an ordinal-taking word precedes it (`am 3.`,
    /// `der 2. Weltkrieg`).
    private func isOrdinal(_ word: Range<Int>, terminalAt terminal: Int, following: UTF8Text.FollowingWord, language: LanguageLexicon) -> Bool {
        guard word.upperBound == terminal, (1...3).contains(word.count), text[word].allSatisfy(ASCII.isDigit) else { return false }
        let next = text.unicodeLetters(at: following.index, maximumLength: Self.maximumUnicodeWordLength)
        if !next.isEmpty && language.isMonth(text[next]) { return true }
        var previousEnd = word.lowerBound
        while previousEnd > 0, ASCII.isWhitespace(text[previousEnd - 1]) { previousEnd -= 1 }
        guard previousEnd < word.lowerBound,
              let previous = text.unicodeWord(before: previousEnd, maximumLength: Self.maximumUnicodeWordLength), !previous.isEmpty
        else { return false }
        return language.precedesOrdinal(text[previous])
    }
}
