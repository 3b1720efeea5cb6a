/// What Lede knows about a language, read from its row of `Resources/Languages/languages.tsv`.
///
/// Adding a language means adding a row and a stopword list (and fixtures), not code: the
/// summarizer, the ROUGE toolkit and detection read everything from here.
public struct LanguageProfile: Sendable, Hashable {
    /// How text in the language is cut into terms.
    public enum WordMode: String, Sendable, Hashable {
        /// Words between spaces and punctuation (``Tokenizer``).
        case spaced
        /// Scripts written without spaces (Chinese, Japanese, Thai): each run of such
        /// characters gives its overlapping character pairs (a single character alone);
        /// anything else is tokenized as ``spaced``.
        case characters
        /// Like ``characters``, but each unspaced character is a term of its own (the
        /// alternative measured against character pairs: see `Eval/languages/README.md`).
        case unigrams
        /// Like ``characters``, but each unspaced run is cut into the words of ICU's
        /// dictionary-based word break iterator (Chinese, Japanese and Thai dictionaries), each
        /// word a term; the alternative to character pairs measured in
        /// `Eval/languages/README.md` (better ROUGE on Chinese by a margin within noise, about
        /// twice the time per article). Where Lede is built without ICU (it is linked on Linux
        /// only), runs give character pairs as in ``characters``.
        case dictionary

        /// Whether the mode cuts unspaced scripts into characters.
        public var isCharacterBased: Bool { self != .spaced }
    }

    /// How words are stemmed.
    public enum StemmerChoice: Sendable, Hashable {
        /// Lede's NLTK-exact Porter stemmer (English).
        case porter
        /// A Snowball algorithm of libstemmer, by name (`french`).
        case snowball(String)
        /// No stemming.
        case none
    }

    /// The ISO 639-1 code.
    public let code: String
    /// The English name.
    public let name: String
    /// The scripts the language is written in (`Latin`, `Cyrillic`, `Han`, …), for detection.
    public let scripts: [Script]
    /// The stemmer.
    public let stemmer: StemmerChoice
    /// How text is cut into terms.
    public let words: WordMode
    /// Where the stopword list comes from (`stopwords-iso`, `advertools`, `lede`), or `nil`
    /// when the language has none.
    public let stopwordSource: String?
    /// Letters that set the language apart from others written in its script, for detection.
    public let distinctiveLetters: Set<Unicode.Scalar>
    /// How many terms a word of running text makes, on average (about 2 for character pairs):
    /// lengths measured in English words scale by it.
    public let termsPerWord: Double

    /// The language's stopwords: lower-case, NFC, ASCII apostrophes.
    public var stopwords: Set<String> { Stopwords.list(for: code).words }

    /// Every profile, by code, read once from the package's resources.
    static let table: [String: LanguageProfile] = {
        let rows = LanguageResources.languageRows.filter { !$0.hasPrefix("#") }
        guard let header = rows.first?.split(separator: "\t").map(String.init) else { return [:] }
        var table: [String: LanguageProfile] = [:]
        for row in rows.dropFirst() {
            let fields = Dictionary(uniqueKeysWithValues: zip(header, row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
            guard let profile = LanguageProfile(fields: fields) else { continue }
            table[profile.code] = profile
        }
        return table
    }()

    private init?(fields: [String: String]) {
        guard let code = fields["code"], let name = fields["name"], let words = fields["words"].flatMap(WordMode.init(rawValue:)),
              let stemmer = fields["stemmer"], let stopwords = fields["stopwords"], let letters = fields["letters"]
        else { return nil }
        self.code = code
        self.name = name
        self.scripts = (fields["scripts"] ?? "").split(separator: ",").compactMap { Script(rawValue: String($0)) }
        self.stemmer = switch stemmer {
        case "porter-nltk": .porter
        case "-": .none
        default: .snowball(stemmer)
        }
        self.words = words
        self.stopwordSource = stopwords == "-" ? nil : stopwords
        self.distinctiveLetters = letters == "-" ? [] : Set(letters.unicodeScalars)
        self.termsPerWord = fields["termsPerWord"].flatMap(Double.init) ?? 1
    }
}

/// The language data compiled into the module (`Resources/Languages`).
enum LanguageResources {
    /// The non-empty lines of `bytes` (UTF-8), split at line feeds, without carriage returns.
    static func lines(of bytes: [UInt8]) -> [String] {
        var lines: [String] = []
        forEachLine(of: bytes[...]) { line, _ in lines.append(String(decoding: line, as: UTF8.self)) }
        return lines
    }

    /// The rows of `languages.tsv`.
    static var languageRows: [String] { lines(of: PackageResources.languages_tsv) }

    /// Where the stopword lists of `stopwords.txt` lie, by language code: the byte ranges of
    /// the lines after each `[code]` line (comments start with `#`). One scan of the bytes,
    /// no word copied: a list's words are read only when it is used (``forEachStopword(of:_:)``).
    static let stopwordSections: [String: [Range<Int>]] = {
        var sections: [String: [Range<Int>]] = [:]
        var code: String?
        var sectionStart = 0
        forEachLine(of: PackageResources.stopwords_txt[...]) { line, range in
            guard line.first == UInt8(ascii: "["), line.last == UInt8(ascii: "]") else { return }
            if let code { sections[code, default: []].append(sectionStart..<range.lowerBound) }
            code = String(decoding: line.dropFirst().dropLast(), as: UTF8.self)
            sectionStart = range.upperBound
        }
        if let code { sections[code, default: []].append(sectionStart..<PackageResources.stopwords_txt.count) }
        return sections
    }()

    /// Calls `body` with the UTF-8 bytes of each stopword of the language with code `code`, in
    /// the order of `stopwords.txt` (nothing when it has no list there).
    static func forEachStopword(of code: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        for section in stopwordSections[code] ?? [] {
            forEachLine(of: PackageResources.stopwords_txt[section]) { line, _ in
                if line.first != UInt8(ascii: "#") { body(line) }
            }
        }
    }

    /// Calls `body` with each non-empty line of `bytes` (without its line feed and carriage
    /// return) and the line's range in `bytes`' indices.
    private static func forEachLine(of bytes: ArraySlice<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        let offset = bytes.startIndex
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = start
                while end < buffer.count && buffer[end] != UInt8(ascii: "\n") { end += 1 }
                var last = end
                if last > start && buffer[last - 1] == UInt8(ascii: "\r") { last -= 1 }
                if last > start { body(UnsafeBufferPointer(rebasing: buffer[start..<last]), (offset + start)..<(offset + end)) }
                start = end + 1
            }
        }
    }
}
