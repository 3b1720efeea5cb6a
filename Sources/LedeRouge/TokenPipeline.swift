import LedeText

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What turns text into token ids: the profile's tokenizer, stopwords, stemming and length limit.
struct TokenizationSettings: Sendable {
    var profile: RougeProfile
    var tokenization: RougeTokenization
    var stemming: Bool
    var stopwords: Set<String>
    var lengthLimit: RougeLengthLimit?
    /// The stemmer of the scorer's language, replacing the profile's Porter stemmer.
    var languageStemmer: LanguageStemmer?
}

/// Turns summaries into ``TokenizedText``: tokenizes, drops stopwords, stems, and interns each
/// resulting term as a small integer id.
///
/// Every distinct surface token is stemmed once: the pipeline remembers the id of each token it
/// has seen. Ids say nothing about the text beyond equality, so scores never depend on which
/// pipeline (or thread) produced them. One pipeline per thread. A value type: its tables are
/// reached without the run-time exclusivity checks of a class's stored properties, which
/// would otherwise cost a check per token.
struct TokenPipeline {
    let settings: TokenizationSettings
    private let asciiTokenizer: AsciiTokenizer
    private let porter = PorterStemmer()
    private let stopwordBytes: Set<[UInt8]>

    /// Surface tokens; `surfaceTerm[i]` is token `i`'s term id, or -1 for a stopword (ASCII
    /// tokenization).
    private var surfaces = ByteStringTable(capacity: 1 << 12)
    private var surfaceTerm: [Int32] = []
    /// Stems; `stemTerm[i]` is stem `i`'s term id (ASCII tokenization with stemming).
    private var stems = ByteStringTable(capacity: 1 << 12)
    private var stemTerm: [Int32] = []
    /// The same two maps for Unicode tokenization (String keys compare canonically).
    private var unicodeSurfaceIDs: [String: Int32] = [:]
    private var unicodeStemIDs: [String: Int32] = [:]
    private var nextID: Int32 = 0

    /// Marks a dropped stopword.
    static let dropped: Int32 = -1

    init(settings: TokenizationSettings) {
        self.settings = settings
        self.asciiTokenizer = AsciiTokenizer(pythonLowercasing: settings.profile == .rougeScore)
        self.stopwordBytes = Set(settings.stopwords.map { Array($0.utf8) })
    }

    /// The number of distinct terms seen so far; every id is below it.
    var vocabularySize: Int { Int(nextID) }

    /// Tokenizes a summary given as sentences into `text`, replacing its content; a newline
    /// inside a sentence starts another one (see ``SentenceLines``).
    mutating func tokenize(_ sentences: [String], into text: inout TokenizedText) {
        text.clear()
        if settings.profile == .perl, let limit = settings.lengthLimit {
            let truncated = PerlLengthLimit.apply(limit, to: SentenceLines.lines(of: sentences))
            for line in truncated.stream {
                line.withUnsafeBufferPointer { appendTokens(of: $0, to: &text.tokens) }
            }
            var units: [Int32] = []
            for unit in truncated.units {
                unit.withUnsafeBufferPointer { appendTokens(of: $0, to: &units) }
                if Int(text.unitStarts[text.unitStarts.count - 1]) < units.count {
                    text.unitStarts.append(Int32(units.count))
                }
            }
            text.separateUnitTokens = units
            return
        }
        for var sentence in sentences {
            sentence.withUTF8 { bytes in
                guard let base = bytes.baseAddress else { return }
                var start = 0
                while start < bytes.count {
                    var end = bytes.count
                    if let newline = memchr(base + start, 0x0A, bytes.count - start) {
                        end = UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - base
                    }
                    appendTokens(of: UnsafeBufferPointer(rebasing: bytes[start..<end]), to: &text.tokens)
                    if Int(text.unitStarts[text.unitStarts.count - 1]) < text.tokens.count {
                        text.unitStarts.append(Int32(text.tokens.count))
                    }
                    start = end + 1
                }
            }
        }
    }

    private mutating func appendTokens(of line: UnsafeBufferPointer<UInt8>, to tokens: inout [Int32]) {
        switch settings.tokenization {
        case .ascii:
            let tokenizer = asciiTokenizer
            tokenizer.forEachToken(in: line) { token in
                let id = asciiID(token)
                if id != Self.dropped { tokens.append(id) }
            }
        case .unicode:
            let text = String(decoding: line, as: UTF8.self)
            for token in UnicodeTokenizer.tokens(of: text[...]) {
                let id = unicodeID(token)
                if id != Self.dropped { tokens.append(id) }
            }
        case .words, .characters:
            let text = String(decoding: line, as: UTF8.self)[...]
            let words = settings.tokenization == .words ? WordBoundaryTokenizer.words(of: text) : WordBoundaryTokenizer.characters(of: text)
            for token in words {
                let id = unicodeID(token)
                if id != Self.dropped { tokens.append(id) }
            }
        }
    }

    // MARK: - Terms

    private mutating func newID() -> Int32 {
        defer { nextID += 1 }
        return nextID
    }

    @inline(__always)
    private mutating func asciiID(_ token: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let surface = surfaces.id(of: token) { return surfaceTerm[Int(surface)] }
        let id = newASCIIID(token)
        _ = surfaces.insert(token)
        surfaceTerm.append(id)
        return id
    }

    /// The id of a surface token seen for the first time: dropped, its stem's, or a new one.
    private mutating func newASCIIID(_ token: UnsafeBufferPointer<UInt8>) -> Int32 {
        if !stopwordBytes.isEmpty && stopwordBytes.contains(Array(token)) {
            return Self.dropped
        }
        guard settings.stemming else { return newID() }
        if token.count <= 3 {
            // A short token is its own stem; it must share the id of an equal stem.
            return stemID(token)
        }
        return Self.withStem(of: token, profile: settings.profile, porter: porter) { stemID($0) }
    }

    /// The id of a stem, new the first time the stem is seen.
    private mutating func stemID(_ stem: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (index, inserted) = stems.insert(stem)
        if inserted { stemTerm.append(newID()) }
        return stemTerm[Int(index)]
    }

    private static func withStem<Result>(
        of token: UnsafeBufferPointer<UInt8>, profile: RougeProfile, porter: PorterStemmer,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        switch profile {
        case .rougeScore:
            return porter.withStem(ofUTF8: token, body)
        case .perl:
            let stem = PerlPorterStemmer.morphStem(Array(token))
            return stem.withUnsafeBufferPointer(body)
        }
    }

    private mutating func unicodeID(_ token: String) -> Int32 {
        if let id = unicodeSurfaceIDs[token] { return id }
        let id: Int32
        if settings.stopwords.contains(token) {
            id = Self.dropped
        } else if settings.stemming {
            let stem: String
            switch settings.profile {
            case _ where settings.languageStemmer != nil:
                stem = settings.languageStemmer!.stem(token)
            case .rougeScore:
                stem = token.unicodeScalars.count > 3 ? porter.stem(token) : token
            case .perl:
                let bytes = Array(token.utf8)
                stem = bytes.count > 3 ? String(decoding: PerlPorterStemmer.morphStem(bytes), as: UTF8.self) : token
            }
            if let known = unicodeStemIDs[stem] {
                id = known
            } else {
                id = newID()
                unicodeStemIDs[stem] = id
            }
        } else {
            id = newID()
        }
        unicodeSurfaceIDs[token] = id
        return id
    }
}
