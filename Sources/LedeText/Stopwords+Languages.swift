import Synchronization

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
    /// Each list is built the first time it is asked for.
    public static func list(for code: String) -> List {
        if code == "en" { return englishList }
        guard LanguageProfile.table[code] != nil else { return empty }
        return lists.withLock { lists in
            if let list = lists[code] { return list }
            var words: [String] = []
            forEachWord(of: code) { words.append(String(decoding: $0, as: UTF8.self)) }
            let list = List(words)
            lists[code] = list
            return list
        }
    }

    /// Calls `body` with the UTF-8 bytes of each word of the stopword list of the language with
    /// code `code` (see ``list(for:)``), without building the list.
    static func forEachWord(of code: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard code == "en" else { return LanguageResources.forEachStopword(of: code, body) }
        for var word in englishWords { word.withUTF8(body) }
    }

    private static let empty = List([String]())

    private static let englishList = List(englishWords)

    /// The lists built so far, by code.
    private static let lists = Mutex<[String: List]>([:])
}
