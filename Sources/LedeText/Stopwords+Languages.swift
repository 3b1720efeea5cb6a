extension Stopwords {
    /// The stopwords of one language, as strings and as a table of UTF-8 keys.
    public struct List: Sendable {
        /// The words: lower-case, NFC, ASCII apostrophes.
        public let words: Set<String>
        let table: ByteStringTable

        init(_ words: some Collection<String>) {
            self.words = Set(words)
            table = ByteStringTable(self.words)
        }

        /// Whether `word` (lower-cased) is a stopword.
        public func contains(_ word: String) -> Bool {
            words.contains(word)
        }

        /// Whether the UTF-8 bytes of a lower-cased word are a stopword; no allocation.
        public func contains(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
            table.id(of: word) != nil
        }
    }

    /// The stopword list of the language with ISO 639-1 `code`: Lede's own for English, its
    /// section of `Resources/Languages/stopwords.txt` for the others (empty when there is none).
    public static func list(for code: String) -> List {
        lists[code] ?? empty
    }

    private static let empty = List([String]())

    private static let lists: [String: List] = {
        var lists = ["en": List(englishWords)]
        for code in LanguageProfile.table.keys where code != "en" {
            lists[code] = List(LanguageResources.stopwords[code] ?? [])
        }
        return lists
    }()
}
