import Foundation

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
    /// The key of the language's sentence-boundary rules (its code).
    public var segmentationKey: String { code }

    /// The language's stopwords: lower-case, NFC, ASCII apostrophes.
    public var stopwords: Set<String> { Stopwords.list(for: code).words }

    /// Every profile, by code, read once from the package's resources.
    static let table: [String: LanguageProfile] = {
        let rows = LanguageResources.lines(of: "languages.tsv").filter { !$0.hasPrefix("#") }
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

/// The files of `Resources/Languages`.
enum LanguageResources {
    /// The non-empty lines of the resource file at `path` (relative to `Resources/Languages`);
    /// none when it does not exist.
    static func lines(of path: String) -> [String] {
        guard let directory = Bundle.module.url(forResource: "Languages", withExtension: nil),
              let data = FileManager.default.contents(atPath: directory.appendingPathComponent(path).path)
        else { return [] }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
    }
}
