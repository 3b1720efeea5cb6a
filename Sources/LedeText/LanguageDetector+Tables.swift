extension LanguageDetector {
    /// What detection looks up, built once per process: the stopwords of the languages that
    /// share a script (each word with the set of languages that list it, as a bit mask), the
    /// distinctive letters, the scalars that make words, and the candidates of each script.
    final class Tables: Sendable {
        /// Every supported language, in code order: bit `i` of a mask is `languages[i]`.
        let languages: [Language] = Language.supported
        let englishIndex: Int
        let chinese: Language?
        let japanese: Language?
        /// The stopwords of every language written in a script that several languages use
        /// (other than Han and Kana: the share of Kana tells Chinese from Japanese), and the
        /// capitalized form of those that start with a letter other than an ASCII one
        /// (detection lower-cases ASCII letters only); a word's mask is 0 when more than
        /// ``sharedLimit`` languages list it.
        let stopwords: StopwordMasks
        /// One more than the index of each distinctive letter (in ``letterOwners``), by
        /// scalar value; 0 for other scalars. It covers at least every scalar of two UTF-8
        /// bytes (below U+0800).
        let letterIndex: [UInt8]
        /// One more than the ``Script/ordinal`` of each scalar below U+0800 (one or two UTF-8
        /// bytes), 0 for those of no script: detection classifies the letters of two bytes by
        /// this table, without a branch. Their scripts all weigh 1 (``Script/letterWeight``).
        let twoByteScripts: [UInt8]
        /// The languages listing each distinctive letter.
        let letterOwners: [UInt64]
        /// The languages written in each script, by ``Script/ordinal``.
        let candidates: [UInt64]

        /// Stopwords listed by more languages than this do not count.
        static let sharedLimit = 3

        /// Scalars from here on make words when they belong to a ``Script`` (Han, Kana,
        /// Hangul); the general punctuation and symbols just below this never do.
        static let wordScalarLimit: UInt32 = 0x2000

        init() {
            var owners: [Unicode.Scalar: UInt64] = [:]
            var candidates = [UInt64](repeating: 0, count: Script.ordered.count)
            precondition(languages.count <= 64, "LanguageDetector: more languages than mask bits")
            for (position, language) in languages.enumerated() {
                for script in language.profile.scripts { candidates[script.ordinal] |= 1 << UInt64(position) }
            }
            // Stopwords and letters only tell apart languages that share a script.
            var scored: UInt64 = 0
            for script in Script.ordered where script != .Han && script != .Kana && candidates[script.ordinal].nonzeroBitCount > 1 {
                scored |= candidates[script.ordinal]
            }
            var stopwords = StopwordMasks(capacity: 1 << 13)
            owners.reserveCapacity(256)
            // The capital of the last first letter looked up: lists are sorted, so that words
            // that start alike follow each other.
            var capital: (letter: Unicode.Scalar, bytes: [UInt8]) = (" ", [])
            for (position, language) in languages.enumerated() where scored & (1 << UInt64(position)) != 0 {
                let bit: UInt64 = 1 << UInt64(position)
                Stopwords.forEachWord(of: language.code) { word in
                    stopwords.formUnion(word, mask: bit)
                    // The capitalized form of a word that starts with a letter other than an
                    // ASCII one and has a capital (`Это` for `это`).
                    guard let first = word.first, first >= 0x80 else { return }
                    let (letter, length) = UTF8Text(word).decodedScalar(at: 0)
                    if letter != capital.letter { capital = (letter, Array(letter.properties.uppercaseMapping.utf8)) }
                    guard !capital.bytes.elementsEqual(word[..<length]) else { return }
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capital.bytes.count + word.count - length) { form in
                        for (offset, byte) in capital.bytes.enumerated() { form[offset] = byte }
                        for offset in length..<word.count { form[capital.bytes.count + offset - length] = word[offset] }
                        stopwords.formUnion(UnsafeBufferPointer(form), mask: bit)
                    }
                }
                // ASCII letters are counted as Latin letters only.
                for letter in language.profile.distinctiveLetters where !letter.isASCII && Script(of: letter) != nil {
                    owners[letter, default: 0] |= bit
                }
            }
            // A word that many languages list (`a`, `in`, `no`) tells them apart from none.
            stopwords.clearShared(moreThan: Self.sharedLimit)
            let letters = owners.keys.sorted { $0.value < $1.value }
            precondition(letters.count < 256, "LanguageDetector: more distinctive letters than indices")
            var letterIndex = [UInt8](repeating: 0, count: max(Int(letters.last?.value ?? 0) + 1, 0x800))
            for (position, letter) in letters.enumerated() { letterIndex[Int(letter.value)] = UInt8(position + 1) }
            twoByteScripts = (0..<0x800).map { value in
                guard let script = Unicode.Scalar(UInt32(value)).flatMap(Script.init(of:)) else { return 0 }
                precondition(script.letterWeight == 1, "LanguageDetector: a script of two-byte letters weighs more than 1")
                return UInt8(script.ordinal + 1)
            }
            englishIndex = languages.firstIndex(of: .english) ?? -1
            chinese = try? Language(code: "zh")
            japanese = try? Language(code: "ja")
            (self.stopwords, self.letterIndex, self.letterOwners, self.candidates) =
                (stopwords, letterIndex, letters.map { owners[$0]! }, candidates)
        }

        /// Whether each scalar below ``wordScalarLimit`` is part of a word as ``Tokenizer``
        /// reads words (a letter, a digit or a combining mark), one bit a scalar; only the
        /// scalars of a ``Script`` and the combining marks are looked at. Built the first time
        /// a sample's words hold a scalar that is not ASCII.
        private static let wordScalars: [UInt64] = {
            var wordScalars = [UInt64](repeating: 0, count: Int(wordScalarLimit) / 64)
            // Outside the scripts detection tells apart (and combining marks), no stopword has
            // a letter, so what cuts words there does not matter.
            for value in 0x80..<wordScalarLimit {
                guard let scalar = Unicode.Scalar(value), Script(of: scalar) != nil || (0x300...0x36F).contains(value) else { continue }
                let properties = scalar.properties
                let category = properties.generalCategory
                if properties.isAlphabetic || properties.numericType != nil
                    || category == .nonspacingMark || category == .spacingMark || category == .enclosingMark {
                    wordScalars[Int(value) >> 6] |= 1 << UInt64(value & 63)
                }
            }
            return wordScalars
        }()

        /// Whether the non-ASCII scalar `value` is part of a word.
        @inline(__always)
        func isWordScalar(_ value: UInt32) -> Bool {
            if value < Self.wordScalarLimit { return Self.wordScalars[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
            return value >= 0x3000 && Unicode.Scalar(value).flatMap(Script.init(of:)) != nil
        }
    }
}
