/// The Porter stemmer, behaving exactly like NLTK's `PorterStemmer()` in its default mode.
///
/// NLTK's default mode (`NLTK_EXTENSIONS`) is Martin Porter's 1980 algorithm with his later
/// revisions (`bli` → `ble`, `logi` → `log`) and NLTK's own refinements: a small table of
/// irregular forms (`dying` → `die`, `news` → `news`, `skies` → `sky`, …), words of one or two
/// letters left alone, `ies`/`ied` on four-letter words kept as `ie`, `y` → `i` only after a
/// consonant that is not the first letter, `alli` → `al` before the other step-2 rules, and
/// `fulli` → `ful`. This is the stemmer `rouge-score` applies with `use_stemmer=True`.
///
/// Input is expected in lower case (upper-case input is lower-cased first, as NLTK does). Words
/// are processed as Unicode scalars, like Python strings: letters outside `a`–`z` count as
/// consonants, so `cafés` → `café`. ASCII words are stemmed on their bytes in a temporary buffer;
/// ``withStem(ofUTF8:_:)`` does so without allocating.
///
/// ```swift
/// let stemmer = PorterStemmer()
/// stemmer.stem("running")     // "run"
/// stemmer.stem("generously")  // "gener"
/// stemmer.stem("news")        // "news"
/// ```
public struct PorterStemmer: Sendable {
    /// Creates a stemmer. It holds no state: one value can be shared freely between threads.
    public init() {}

    /// Returns the stem of `word`.
    public func stem(_ word: String) -> String {
        var utf8 = word
        let ascii = utf8.withUTF8 { bytes in
            PorterStemmer.stemASCII(bytes) { String(decoding: $0, as: UTF8.self) }
        }
        return ascii ?? PorterStemmer.stemScalars(word)
    }

    /// Stems a word given as UTF-8 bytes and passes the stem's UTF-8 bytes to `body`.
    ///
    /// This is the allocation-free entry point for callers that tokenize over bytes: for ASCII
    /// words the stem is built in a temporary buffer and `body` sees it only for the duration of
    /// the call. Words with other characters go through the same rules on Unicode scalars.
    /// Invalid UTF-8 is decoded with replacement characters first.
    ///
    /// Specialized here for `Int32` results (the term and stem ids of the summarizer and of
    /// ROUGE): called from another module, the generic version looks up the type metadata of
    /// `Result?` at run time on every call, about 650 instructions a word, more than stemming
    /// most words.
    @_specialize(exported: true, where Result == Int32)
    public func withStem<Result>(
        ofUTF8 word: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        if let result = try PorterStemmer.stemASCII(word, body) {
            return result
        }
        var stemmed = PorterStemmer.stemScalars(String(decoding: word, as: UTF8.self))
        return try stemmed.withUTF8 { try body($0) }
    }

    // MARK: - Entry paths

    /// Stems an ASCII word in a temporary buffer; `nil` when the word has a non-ASCII byte.
    private static func stemASCII<Result>(
        _ word: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result? {
        for byte in word where byte >= 0x80 { return nil }
        // The rules never lengthen a word by more than one letter; keep a little slack.
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + 4) { buffer in
            var count = 0
            for byte in word {
                buffer[count] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
                count += 1
            }
            if let irregular = irregularStem(UnsafeBufferPointer(rebasing: buffer[0..<count])) {
                return try irregular.withUnsafeBufferPointer { try body($0) }
            }
            if word.count > 2, let base = buffer.baseAddress {
                var core = PorterCore(word: base, count: count)
                core.run()
                count = core.count
            }
            return try body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// Stems any word on its Unicode scalars, after full Unicode lower-casing.
    private static func stemScalars(_ word: String) -> String {
        let originalLength = word.unicodeScalars.count
        let lowered = Array(word.lowercased().unicodeScalars.map(\.value))
        if lowered.allSatisfy({ $0 < 0x80 }) {
            let bytes = lowered.map { UInt8($0) }
            if let irregular = bytes.withUnsafeBufferPointer({ irregularStem($0) }) {
                return String(decoding: irregular, as: UTF8.self)
            }
        }
        var buffer = lowered + [0, 0, 0, 0]
        var count = lowered.count
        if originalLength > 2 {
            buffer.withUnsafeMutableBufferPointer { pointer in
                guard let base = pointer.baseAddress else { return }
                var core = PorterCore(word: base, count: count)
                core.run()
                count = core.count
            }
        }
        var result = String.UnicodeScalarView()
        for value in buffer[0..<count] {
            result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(result)
    }

    // MARK: - Irregular forms

    /// NLTK's table of irregular forms, consulted before the rules: form → stem.
    private static let irregularForms: [(form: [UInt8], stem: [UInt8])] = [
        ("sky", "sky"), ("skies", "sky"), ("dying", "die"), ("lying", "lie"), ("tying", "tie"),
        ("news", "news"), ("innings", "inning"), ("inning", "inning"), ("outings", "outing"),
        ("outing", "outing"), ("cannings", "canning"), ("canning", "canning"), ("howe", "howe"),
        ("proceed", "proceed"), ("exceed", "exceed"), ("succeed", "succeed"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static func irregularStem(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard word.count >= 3 && word.count <= 8 else { return nil }
        for entry in irregularForms where entry.form.count == word.count && entry.form.elementsEqual(word) {
            return entry.stem
        }
        return nil
    }
}
