extension LanguageDetector {
    /// What detection looks up, built once per process: every language's stopwords in one
    /// table (each word with the set of languages that list it, as a bit mask), the
    /// distinctive letters, the scalars that make words, and the candidates of each script.
    final class Tables: Sendable {
        /// Every supported language, in code order: bit `i` of a mask is `languages[i]`.
        let languages: [Language] = Language.supported
        let englishIndex: Int
        let chinese: Language?
        let japanese: Language?
        /// Every language's stopwords, and the capitalized form of those that start with a
        /// letter other than an ASCII one (detection lower-cases ASCII letters only).
        let stopwords: ByteStringTable
        /// The languages listing each stopword, by its id in ``stopwords``; 0 when more than
        /// ``sharedLimit`` do.
        let masks: [UInt64]
        /// One more than the index of each distinctive letter (in ``letterOwners``), by
        /// scalar value; 0 for other scalars.
        let letterIndex: [UInt8]
        /// The languages listing each distinctive letter.
        let letterOwners: [UInt64]
        /// The languages written in each script, by ``Script/ordinal``.
        let candidates: [UInt64]
        /// Whether each scalar below ``wordScalarLimit`` is part of a word as ``Tokenizer``
        /// reads words (a letter, a digit or a combining mark), one bit a scalar; only the
        /// scalars of a ``Script`` and the combining marks are looked at.
        let wordScalars: [UInt64]

        /// Stopwords listed by more languages than this do not count.
        static let sharedLimit = 3

        /// Scalars from here on make words when they belong to a ``Script`` (Han, Kana,
        /// Hangul); the general punctuation and symbols just below this never do.
        static let wordScalarLimit: UInt32 = 0x2000

        init() {
            var stopwords = ByteStringTable(capacity: 1 << 14)
            var masks: [UInt64] = []
            var owners: [Unicode.Scalar: UInt64] = [:]
            var candidates = [UInt64](repeating: 0, count: Script.ordered.count)
            precondition(languages.count <= 64, "LanguageDetector: more languages than mask bits")
            for (position, language) in languages.enumerated() {
                for script in language.profile.scripts { candidates[script.ordinal] |= 1 << UInt64(position) }
            }
            for (position, language) in languages.enumerated() {
                let profile = language.profile
                // Stopwords and letters only tell apart languages that share a script.
                guard profile.scripts.contains(where: { candidates[$0.ordinal].nonzeroBitCount > 1 }) else { continue }
                for word in Stopwords.list(for: language.code).words {
                    for var form in Self.forms(of: word) {
                        let id = form.withUTF8 { stopwords.insert($0).id }
                        if Int(id) == masks.count { masks.append(0) }
                        masks[Int(id)] |= 1 << UInt64(position)
                    }
                }
                // ASCII letters are counted as Latin letters only.
                for letter in profile.distinctiveLetters where !letter.isASCII && Script(of: letter) != nil {
                    owners[letter, default: 0] |= 1 << UInt64(position)
                }
            }
            // A word that many languages list (`a`, `in`, `no`) tells them apart from none.
            for id in masks.indices where masks[id].nonzeroBitCount > Self.sharedLimit { masks[id] = 0 }
            let letters = owners.keys.sorted { $0.value < $1.value }
            precondition(letters.count < 256, "LanguageDetector: more distinctive letters than indices")
            var letterIndex = [UInt8](repeating: 0, count: Int(letters.last?.value ?? 0) + 1)
            for (position, letter) in letters.enumerated() { letterIndex[Int(letter.value)] = UInt8(position + 1) }
            var wordScalars = [UInt64](repeating: 0, count: Int(Self.wordScalarLimit) / 64)
            // Outside the scripts detection tells apart (and combining marks), no stopword has
            // a letter, so what cuts words there does not matter.
            for value in 0x80..<Self.wordScalarLimit {
                guard let scalar = Unicode.Scalar(value), Script(of: scalar) != nil || (0x300...0x36F).contains(value) else { continue }
                let properties = scalar.properties
                let category = properties.generalCategory
                if properties.isAlphabetic || properties.numericType != nil
                    || category == .nonspacingMark || category == .spacingMark || category == .enclosingMark {
                    wordScalars[Int(value) >> 6] |= 1 << UInt64(value & 63)
                }
            }
            englishIndex = languages.firstIndex(of: .english) ?? -1
            chinese = try? Language(code: "zh")
            japanese = try? Language(code: "ja")
            (self.stopwords, self.masks, self.letterIndex, self.letterOwners, self.candidates, self.wordScalars) =
                (stopwords, masks, letterIndex, letters.map { owners[$0]! }, candidates, wordScalars)
        }

        /// A stopword and, when it starts with a letter that is not ASCII and has a capital,
        /// its capitalized form (`это`, `Это`).
        private static func forms(of word: String) -> [String] {
            guard let first = word.unicodeScalars.first, !first.isASCII else { return [word] }
            let capitalized = String(first).uppercased() + String(word.unicodeScalars.dropFirst())
            return capitalized == word ? [word] : [word, capitalized]
        }

        /// Whether the non-ASCII scalar `value` is part of a word.
        @inline(__always)
        func isWordScalar(_ value: UInt32) -> Bool {
            if value < Self.wordScalarLimit { return wordScalars[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
            return value >= 0x3000 && Unicode.Scalar(value).flatMap(Script.init(of:)) != nil
        }
    }
}
