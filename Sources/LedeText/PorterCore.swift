/// The suffix-stripping steps, over a mutable word of code units (bytes or Unicode scalars).
///
/// `word` has room for `count + 4` units; the steps shorten the word or lengthen it by one.
struct PorterCore<Unit: FixedWidthInteger> {
    let word: UnsafeMutablePointer<Unit>
    var count: Int

    init(word: UnsafeMutablePointer<Unit>, count: Int) {
        self.word = word
        self.count = count
    }

    mutating func run() {
        step1a()
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5a()
        step5b()
    }

    // MARK: Letters

    @inline(__always) private static func unit(_ ascii: UInt8) -> Unit { Unit(truncatingIfNeeded: ascii) }

    @inline(__always) private static func isVowelLetter(_ unit: Unit) -> Bool {
        unit == Self.unit(0x61) || unit == Self.unit(0x65) || unit == Self.unit(0x69)
            || unit == Self.unit(0x6F) || unit == Self.unit(0x75)
    }

    /// Whether the letter at `index` is a consonant: not a vowel letter, and a `y` only when it
    /// starts the word or follows a vowel.
    private func isConsonant(_ index: Int) -> Bool {
        let letter = word[index]
        if Self.isVowelLetter(letter) { return false }
        guard letter == Self.unit(0x79) else { return true }
        // A run of `y`s alternates, starting from the opposite of the letter before the run.
        var start = index
        while start > 0 && word[start - 1] == Self.unit(0x79) { start -= 1 }
        let beforeIsConsonant = start > 0 && !Self.isVowelLetter(word[start - 1])
        let runLength = index - start + 1
        return runLength % 2 == 1 ? !beforeIsConsonant : beforeIsConsonant
    }

    /// The measure m of the first `length` letters: the number of vowel-to-consonant changes.
    private func measure(_ length: Int) -> Int {
        var result = 0
        var previousIsConsonant = true
        for index in 0..<length {
            let letter = word[index]
            let consonant: Bool
            if Self.isVowelLetter(letter) {
                consonant = false
            } else if letter == Self.unit(0x79) {
                consonant = index == 0 ? true : !previousIsConsonant
            } else {
                consonant = true
            }
            if consonant && !previousIsConsonant { result += 1 }
            previousIsConsonant = consonant
        }
        return result
    }

    private func containsVowel(_ length: Int) -> Bool {
        var previousIsConsonant = true
        for index in 0..<length {
            let letter = word[index]
            if Self.isVowelLetter(letter) { return true }
            if letter == Self.unit(0x79) {
                if index > 0 && previousIsConsonant { return true }
                previousIsConsonant = true
            } else {
                previousIsConsonant = true
            }
        }
        return false
    }

    private func endsWithDoubleConsonant(_ length: Int) -> Bool {
        length >= 2 && word[length - 1] == word[length - 2] && isConsonant(length - 1)
    }

    /// Condition *o: consonant–vowel–consonant at the end, the last not `w`, `x` or `y`; NLTK
    /// also accepts a two-letter vowel–consonant word.
    private func endsCVC(_ length: Int) -> Bool {
        if length >= 3 {
            let last = word[length - 1]
            if isConsonant(length - 3) && !isConsonant(length - 2) && isConsonant(length - 1)
                && last != Self.unit(0x77) && last != Self.unit(0x78) && last != Self.unit(0x79) {
                return true
            }
        }
        return length == 2 && !isConsonant(0) && isConsonant(1)
    }

    // MARK: Suffixes

    private func endsWith(_ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard count >= length else { return false }
        let bytes = suffix.utf8Start
        let start = count - length
        for offset in 0..<length where word[start + offset] != Self.unit(bytes[offset]) {
            return false
        }
        return true
    }

    /// Replaces the last `dropping` letters by `replacement`.
    private mutating func replace(dropping: Int, with replacement: StaticString) {
        count -= dropping
        let bytes = replacement.utf8Start
        for offset in 0..<replacement.utf8CodeUnitCount {
            word[count] = Self.unit(bytes[offset])
            count += 1
        }
    }

    /// Tries one suffix rule: when the word ends with `suffix` the rule decides (the caller tries
    /// no other rule) and the suffix becomes `replacement` if the stem's measure exceeds
    /// `minimumMeasure`. Returns whether the word ends with `suffix`.
    private mutating func rule(
        _ suffix: StaticString, _ replacement: StaticString, measureAbove minimumMeasure: Int
    ) -> Bool {
        guard endsWith(suffix) else { return false }
        let suffixLength = suffix.utf8CodeUnitCount
        if measure(count - suffixLength) > minimumMeasure {
            replace(dropping: suffixLength, with: replacement)
        }
        return true
    }

    // MARK: Steps

    private mutating func step1a() {
        if endsWith("ies") && count == 4 {
            replace(dropping: 3, with: "ie")
        } else if endsWith("sses") || endsWith("ies") {
            count -= 2
        } else if endsWith("ss") {
            return
        } else if endsWith("s") {
            count -= 1
        }
    }

    private mutating func step1b() {
        if endsWith("ied") {
            replace(dropping: 3, with: count == 4 ? "ie" : "i")
            return
        }
        if endsWith("eed") {
            if measure(count - 3) > 0 { count -= 1 }
            return
        }
        if endsWith("ed") && containsVowel(count - 2) {
            count -= 2
        } else if endsWith("ing") && containsVowel(count - 3) {
            count -= 3
        } else {
            return
        }
        if endsWith("at") || endsWith("bl") || endsWith("iz") {
            replace(dropping: 0, with: "e")
        } else if endsWithDoubleConsonant(count) {
            let last = word[count - 1]
            if last != Self.unit(0x6C) && last != Self.unit(0x73) && last != Self.unit(0x7A) {
                count -= 1
            }
        } else if endsWith("*d") {
            // NLTK matches its double-consonant marker "*d" as a literal suffix too.
            replace(dropping: 2, with: "d")
        } else if measure(count) == 1 && endsCVC(count) {
            replace(dropping: 0, with: "e")
        }
    }

    private mutating func step1c() {
        if endsWith("y") && count - 1 > 1 && isConsonant(count - 2) {
            word[count - 1] = Self.unit(0x69)
        }
    }

    // Steps 2 to 4 try their rules in NLTK's order, grouped by last letter: only rules sharing
    // the word's last letter can match, and within a group the order is kept.

    private mutating func step2() {
        // NLTK turns `alli` into `al` first and then runs the step again on the result.
        while endsWith("alli") && measure(count - 4) > 0 {
            count -= 2
        }
        guard count > 0 else { return }
        switch word[count - 1] {
        case Self.unit(0x6C):  // l
            _ = rule("ational", "ate", measureAbove: 0) || rule("tional", "tion", measureAbove: 0)
        case Self.unit(0x69):  // i
            if rule("enci", "ence", measureAbove: 0) || rule("anci", "ance", measureAbove: 0)
                || rule("bli", "ble", measureAbove: 0) || rule("alli", "al", measureAbove: 0)
                || rule("entli", "ent", measureAbove: 0) || rule("eli", "e", measureAbove: 0)
                || rule("ousli", "ous", measureAbove: 0) || rule("aliti", "al", measureAbove: 0)
                || rule("iviti", "ive", measureAbove: 0) || rule("biliti", "ble", measureAbove: 0)
                || rule("fulli", "ful", measureAbove: 0) {
                return
            }
            // `logi` → `log`, with the `l` counted as part of the stem.
            if endsWith("logi") && measure(count - 3) > 0 {
                count -= 1
            }
        case Self.unit(0x72):  // r
            _ = rule("izer", "ize", measureAbove: 0) || rule("ator", "ate", measureAbove: 0)
        case Self.unit(0x6E):  // n
            _ = rule("ization", "ize", measureAbove: 0) || rule("ation", "ate", measureAbove: 0)
        case Self.unit(0x6D):  // m
            _ = rule("alism", "al", measureAbove: 0)
        case Self.unit(0x73):  // s
            _ = rule("iveness", "ive", measureAbove: 0) || rule("fulness", "ful", measureAbove: 0)
                || rule("ousness", "ous", measureAbove: 0)
        default:
            break
        }
    }

    private mutating func step3() {
        guard count > 0 else { return }
        switch word[count - 1] {
        case Self.unit(0x65):  // e
            _ = rule("icate", "ic", measureAbove: 0) || rule("ative", "", measureAbove: 0)
                || rule("alize", "al", measureAbove: 0)
        case Self.unit(0x69):  // i
            _ = rule("iciti", "ic", measureAbove: 0)
        case Self.unit(0x6C):  // l
            _ = rule("ical", "ic", measureAbove: 0) || rule("ful", "", measureAbove: 0)
        case Self.unit(0x73):  // s
            _ = rule("ness", "", measureAbove: 0)
        default:
            break
        }
    }

    private mutating func step4() {
        guard count > 0 else { return }
        switch word[count - 1] {
        case Self.unit(0x6C):  // l
            _ = rule("al", "", measureAbove: 1)
        case Self.unit(0x65):  // e
            _ = rule("ance", "", measureAbove: 1) || rule("ence", "", measureAbove: 1)
                || rule("able", "", measureAbove: 1) || rule("ible", "", measureAbove: 1)
                || rule("ate", "", measureAbove: 1) || rule("ive", "", measureAbove: 1)
                || rule("ize", "", measureAbove: 1)
        case Self.unit(0x72):  // r
            _ = rule("er", "", measureAbove: 1)
        case Self.unit(0x63):  // c
            _ = rule("ic", "", measureAbove: 1)
        case Self.unit(0x74):  // t
            _ = rule("ant", "", measureAbove: 1) || rule("ement", "", measureAbove: 1)
                || rule("ment", "", measureAbove: 1) || rule("ent", "", measureAbove: 1)
        case Self.unit(0x6E):  // n
            // (m > 1 and the stem ends in s or t) ION →
            if endsWith("ion") {
                let stemLength = count - 3
                if stemLength > 0 && measure(stemLength) > 1
                    && (word[stemLength - 1] == Self.unit(0x73) || word[stemLength - 1] == Self.unit(0x74)) {
                    count = stemLength
                }
            }
        case Self.unit(0x75):  // u
            _ = rule("ou", "", measureAbove: 1)
        case Self.unit(0x6D):  // m
            _ = rule("ism", "", measureAbove: 1)
        case Self.unit(0x69):  // i
            _ = rule("iti", "", measureAbove: 1)
        case Self.unit(0x73):  // s
            _ = rule("ous", "", measureAbove: 1)
        default:
            break
        }
    }

    private mutating func step5a() {
        guard endsWith("e") else { return }
        let stemLength = count - 1
        let stemMeasure = measure(stemLength)
        if stemMeasure > 1 || (stemMeasure == 1 && !endsCVC(stemLength)) {
            count = stemLength
        }
    }

    private mutating func step5b() {
        if endsWith("ll") && measure(count - 1) > 1 {
            count -= 1
        }
    }
}
