import LedeText
import Synchronization

/// Turns sentences into sequences of term ids (tokenize, drop stopwords, stem, intern, all by
/// the rules of one language's profile), and remembers the stem of every word it has met.
///
/// The memory of stems spans documents, so each distinct word is stemmed once, not once per
/// article; term ids are local to the current document, numbered by first occurrence. Results
/// never depend on what a cache saw before: it only memoizes pure functions. Words are matched
/// as UTF-8 bytes, without allocating strings.
struct TermCache: Sendable {
    /// Past this many distinct words the cache is emptied before the next document, so that
    /// junk input cannot make it grow without bound. A memory bound, not a tuned value (no
    /// benchmark set it).
    static let capacity = 400_000

    /// The term id for a stopword.
    static let stopword: Int32 = -1

    /// The language whose rules the cache applies.
    let language: Language
    private let tokenizer: TermTokenizer
    private let stemmer: LanguageStemmer
    private let stopwords: Stopwords.List
    /// Surface words; `wordStem[id]` is the id of the word's stem in `stems`, or -1 for a stopword.
    private var words = ByteStringTable(capacity: 1 << 12)
    private var wordStem: [Int32] = []
    private var stems = ByteStringTable(capacity: 1 << 12)
    /// Per document: the local term id of each stem, valid where its stamp equals `document`
    /// (stamp and term side by side: one memory access per token).
    private var stemInDocument: [(stamp: Int32, term: Int32)] = []
    private var document: Int32 = 0
    /// Per document: the stem id of each local term.
    private var termStems: [Int32] = []

    /// A cache for text in `language`.
    init(language: Language = .english) {
        self.language = language
        let profile = language.profile
        tokenizer = TermTokenizer(mode: profile.words)
        stemmer = LanguageStemmer(language)
        stopwords = Stopwords.list(for: language.code)
    }

    /// Starts a document: local term ids restart from 0.
    mutating func beginDocument() {
        if words.count > Self.capacity { self = TermCache(language: language) }
        document &+= 1
        if document == Int32.max {
            document = 1
            for i in stemInDocument.indices { stemInDocument[i].stamp = 0 }
        }
        termStems.removeAll(keepingCapacity: true)
    }

    /// The number of distinct terms of the current document.
    var termCount: Int { termStems.count }

    /// The stemmed terms of the current document, indexed by term id.
    var vocabulary: [String] {
        termStems.map { stems.key($0) }
    }

    /// Appends the content terms of `sentence` (valid UTF-8) to `result` and returns its number
    /// of word tokens.
    @discardableResult
    mutating func extract(_ sentence: UnsafeBufferPointer<UInt8>, into result: inout [Int32]) -> Int {
        var count = 0
        tokenizer.forEachTerm(inUTF8: sentence) { token in
            count += 1
            let term = self.term(for: token)
            if term != Self.stopword { result.append(term) }
        }
        return count
    }

    /// Like ``extract(_:into:)``, for a string.
    @discardableResult
    mutating func extract(_ text: String, into result: inout [Int32]) -> Int {
        var text = text
        return text.withUTF8 { extract($0, into: &result) }
    }

    /// Like ``extract(_:into:)``, and appends the word position in the sentence of each content
    /// term to `positions`.
    @discardableResult
    mutating func extract(_ sentence: UnsafeBufferPointer<UInt8>, into result: inout [Int32], positions: inout [Int32]) -> Int {
        var count: Int32 = 0
        tokenizer.forEachTerm(inUTF8: sentence) { token in
            let term = self.term(for: token)
            if term != Self.stopword {
                result.append(term)
                positions.append(count)
            }
            count += 1
        }
        return Int(count)
    }

    @inline(__always)
    private mutating func term(for token: UnsafeBufferPointer<UInt8>) -> Int32 {
        let stem: Int32
        if let word = words.id(of: token) {
            stem = wordStem[Int(word)]
        } else {
            stem = stopwords.contains(utf8: token) ? -1 : stemmer.withStem(ofUTF8: token) { stems.insert($0).id }
            _ = words.insert(token)
            wordStem.append(stem)
            while stemInDocument.count < stems.count {
                stemInDocument.append((stamp: 0, term: 0))
            }
        }
        guard stem >= 0 else { return Self.stopword }
        let s = Int(stem)
        if stemInDocument[s].stamp != document {
            stemInDocument[s] = (stamp: document, term: Int32(termStems.count))
            termStems.append(stem)
        }
        return stemInDocument[s].term
    }
}

/// Keeps ``TermCache``s for reuse, handing each to one caller at a time.
final class TermCachePool: Sendable {
    private let idle = Mutex<[TermCache]>([])

    /// Runs `body` with a cache for `language` that no one else is using.
    func withCache<R>(language: Language, _ body: (inout TermCache) throws -> R) rethrows -> R {
        var cache = idle.withLock { caches in
            caches.lastIndex { $0.language == language }.map { caches.remove(at: $0) }
        } ?? TermCache(language: language)
        defer {
            let returned = cache
            idle.withLock { $0.append(returned) }
        }
        return try body(&cache)
    }
}
