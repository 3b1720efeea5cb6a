/// The stemming of ROUGE-1.5.5 (`-m`): WordNet's irregular forms first, then the script's own
/// Porter stemmer.
///
/// The script's Porter stemmer is Martin Porter's Perl release 1 with one change by the ROUGE
/// author to step 4: the `-ement`/`-ment`/`-ent` rules are tried one after the other on the
/// already shortened word, so suffixes chain (`document` → `docum`, `experimental` → `experi`).
/// Its conditions are regular expressions over the letter classes `[^aeiou]` (consonant, which
/// includes `y`) and `[aeiouy]` (vowel), matched here literally; a leading `y` is upper-cased
/// during stemming so that it never counts as a vowel, exactly as the script does.
enum PerlPorterStemmer {
    /// ROUGE-1.5.5's stem of a token: the WordNet base form when the token is an irregular form,
    /// else the Porter stem. Only tokens longer than 3 bytes are stemmed by the script; callers
    /// apply that rule.
    static func morphStem(_ token: [UInt8]) -> [UInt8] {
        if let base = WordNetExceptionTable.shared[token] { return base }
        return stem(token)
    }

    /// The script's Porter stem (its `stem` subroutine). Words shorter than 3 bytes are returned
    /// unchanged.
    static func stem(_ input: [UInt8]) -> [UInt8] {
        guard input.count >= 3 else { return input }
        var word = input
        let startsWithY = word[0] == y
        if startsWithY { word[0] = 0x59 }  // "Y": never a vowel

        step1a(&word)
        step1b(&word)
        // Step 1c: (*v*) y -> i
        if word.last == y, matches(vowelInStem, word.dropLast()) {
            word[word.count - 1] = i
        }
        replaceLongest(&word, step2Suffixes, when: measureAboveZero)
        replaceLongest(&word, step3Suffixes, when: measureAboveZero)
        step4(&word)
        step5(&word)

        if startsWithY { word[0] = y }
        return word
    }

    // MARK: - Steps

    private static func step1a(_ word: inout [UInt8]) {
        if word.endsWith("sses") || word.endsWith("ies") {
            word.removeLast(2)
        } else if word.count >= 2 && word[word.count - 1] == s && word[word.count - 2] != s {
            word.removeLast()
        }
    }

    private static func step1b(_ word: inout [UInt8]) {
        if word.endsWith("eed") {
            if matches(measureAboveZero, word.dropLast(3)) { word.removeLast() }
            return
        }
        let suffixLength: Int
        if word.endsWith("ed") {
            suffixLength = 2
        } else if word.endsWith("ing") {
            suffixLength = 3
        } else {
            return
        }
        guard matches(vowelInStem, word.dropLast(suffixLength)) else { return }
        word.removeLast(suffixLength)
        if word.endsWith("at") || word.endsWith("bl") || word.endsWith("iz") {
            word.append(e)
        } else if word.count >= 2, word[word.count - 1] == word[word.count - 2],
                  !"aeiouylsz".utf8.contains(word[word.count - 1]) {
            word.removeLast()
        } else if matches(consonantVowelConsonant, word[...]) {
            word.append(e)
        }
    }

    private static func step4(_ word: inout [UInt8]) {
        // The script's step 4, as modified by the ROUGE author: three rules in sequence.
        if let suffix = longestSuffix(of: word, in: step4Suffixes),
           matches(measureAboveOne, word.dropLast(suffix.count)) {
            word.removeLast(suffix.count)
        }
        if word.endsWith("ment"), matches(measureAboveOne, word.dropLast(4)) {
            word.removeLast(4)
        }
        if word.endsWith("ent") {
            if matches(measureAboveOne, word.dropLast(3)) { word.removeLast(3) }
        } else if word.endsWith("sion") || word.endsWith("tion") {
            if matches(measureAboveOne, word.dropLast(3)) { word.removeLast(3) }
        }
    }

    private static func step5(_ word: inout [UInt8]) {
        if word.last == e {
            let stem = word.dropLast()
            if matches(measureAboveOne, stem)
                || (matches(measureOne, stem) && !matches(consonantVowelConsonant, stem)) {
                word.removeLast()
            }
        }
        if word.endsWith("ll"), matches(measureAboveOne, word[...]) {
            word.removeLast()
        }
    }

    /// Replaces the longest of `suffixes` the word ends with by its replacement, when the stem
    /// before it satisfies `condition` (Perl's leftmost match of an alternation anchored at `$`).
    private static func replaceLongest(
        _ word: inout [UInt8], _ suffixes: [(suffix: [UInt8], replacement: [UInt8])], when condition: [Piece]
    ) {
        guard let suffix = longestSuffix(of: word, in: suffixes.map(\.suffix)) else { return }
        guard matches(condition, word.dropLast(suffix.count)) else { return }
        let replacement = suffixes.first { $0.suffix == suffix }?.replacement ?? []
        word.removeLast(suffix.count)
        word.append(contentsOf: replacement)
    }

    private static func longestSuffix(of word: [UInt8], in suffixes: [[UInt8]]) -> [UInt8]? {
        var best: [UInt8]?
        for suffix in suffixes where word.endsWith(suffix) && suffix.count > (best?.count ?? 0) {
            best = suffix
        }
        return best
    }

    private static let step2Suffixes: [(suffix: [UInt8], replacement: [UInt8])] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("logi", "log"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static let step3Suffixes: [(suffix: [UInt8], replacement: [UInt8])] = [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
        ("ness", ""),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static let step4Suffixes: [[UInt8]] = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous",
        "ive", "ize",
    ].map { Array($0.utf8) }

    // MARK: - The script's regular expressions

    /// A piece of the script's patterns. `C` is `[^aeiou][^aeiouy]*`, `V` is `[aeiouy][aeiou]*`.
    enum Piece {
        case consonants, vowels, optionalConsonants, optionalVowels
        /// One `[aeiouy]`.
        case vowel
        /// One `[^aeiouwxy]`.
        case notWXYVowel
        /// The end of the word (`$`).
        case end
    }

    /// `^(C)?VC`: m > 0.
    static let measureAboveZero: [Piece] = [.optionalConsonants, .vowels, .consonants]
    /// `^(C)?VCVC`: m > 1.
    static let measureAboveOne: [Piece] = [.optionalConsonants, .vowels, .consonants, .vowels, .consonants]
    /// `^(C)?VC(V)?$`: m = 1.
    static let measureOne: [Piece] = [.optionalConsonants, .vowels, .consonants, .optionalVowels, .end]
    /// `^(C)?v`: the stem has a vowel.
    static let vowelInStem: [Piece] = [.optionalConsonants, .vowel]
    /// `^Cv[^aeiouwxy]$`: the whole word is consonants, a vowel and a last consonant other than w, x, y.
    static let consonantVowelConsonant: [Piece] = [.consonants, .vowel, .notWXYVowel, .end]

    /// Whether `pattern`, anchored at the start, matches `word` in some way (Perl's backtracking
    /// finds a match whenever one exists; none of these patterns capture).
    static func matches(_ pattern: [Piece], _ word: ArraySlice<UInt8>) -> Bool {
        let letters = Array(word)
        return letters.withUnsafeBufferPointer { matches(pattern, 0, $0, 0) }
    }

    private static func matches(_ pattern: [Piece], _ piece: Int, _ word: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        guard piece < pattern.count else { return true }
        switch pattern[piece] {
        case .end:
            return at == word.count
        case .vowel:
            return at < word.count && isVowelClass(word[at]) && matches(pattern, piece + 1, word, at + 1)
        case .notWXYVowel:
            return at < word.count && !"aeiouwxy".utf8.contains(word[at]) && matches(pattern, piece + 1, word, at + 1)
        case .optionalConsonants:
            return matches(pattern, piece + 1, word, at) || run(consonant: true, pattern, piece, word, at)
        case .optionalVowels:
            return matches(pattern, piece + 1, word, at) || run(consonant: false, pattern, piece, word, at)
        case .consonants:
            return run(consonant: true, pattern, piece, word, at)
        case .vowels:
            return run(consonant: false, pattern, piece, word, at)
        }
    }

    /// `C` (`[^aeiou][^aeiouy]*`) or `V` (`[aeiouy][aeiou]*`) at `at`, trying every length.
    private static func run(
        consonant: Bool, _ pattern: [Piece], _ piece: Int, _ word: UnsafeBufferPointer<UInt8>, _ at: Int
    ) -> Bool {
        guard at < word.count else { return false }
        let first = word[at]
        if consonant ? isAEIOU(first) : !isVowelClass(first) { return false }
        var end = at + 1
        while end < word.count && (consonant ? !isVowelClass(word[end]) : isAEIOU(word[end])) { end += 1 }
        while end > at {
            if matches(pattern, piece + 1, word, end) { return true }
            end -= 1
        }
        return false
    }

    private static func isAEIOU(_ byte: UInt8) -> Bool {
        byte == a || byte == e || byte == i || byte == o || byte == u
    }

    private static func isVowelClass(_ byte: UInt8) -> Bool {
        isAEIOU(byte) || byte == y
    }

    private static let a: UInt8 = 0x61, e: UInt8 = 0x65, i: UInt8 = 0x69, o: UInt8 = 0x6F, u: UInt8 = 0x75
    private static let s: UInt8 = 0x73, y: UInt8 = 0x79
}

extension Array where Element == UInt8 {
    fileprivate func endsWith(_ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard count >= length else { return false }
        let bytes = suffix.utf8Start
        for offset in 0..<length where self[count - length + offset] != bytes[offset] { return false }
        return true
    }

    fileprivate func endsWith(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
