/// The stemmer a language's profile names: Lede's Porter stemmer for English, a Snowball
/// algorithm, or none.
public struct LanguageStemmer: Sendable {
    private enum Kind: Sendable {
        case porter(PorterStemmer)
        case snowball(SnowballStemmer)
        case none
    }

    private let kind: Kind

    /// The stemmer of `language`.
    public init(_ language: Language) {
        switch language.profile.stemmer {
        case .porter: kind = .porter(PorterStemmer())
        case .snowball(let algorithm): kind = SnowballStemmer(algorithm: algorithm).map(Kind.snowball) ?? .none
        case .none: kind = .none
        }
    }

    /// Whether the stemmer changes words at all.
    public var stems: Bool {
        if case .none = kind { return false }
        return true
    }

    /// The stem of `word` (lower-case).
    ///
    /// A word that its Snowball algorithm stems to nothing (Yiddish `גע`, a prefix alone)
    /// stands for itself, so that every word keeps a term.
    public func stem(_ word: String) -> String {
        switch kind {
        case .porter(let porter): return porter.stem(word)
        case .snowball(let snowball):
            let stem = snowball.stem(word)
            return stem.isEmpty ? word : stem
        case .none: return word
        }
    }

    /// Stems a lower-case word given as UTF-8 bytes and passes the stem's bytes to `body`
    /// (valid only during the call); an empty Snowball stem passes the word, as ``stem(_:)``.
    @inline(__always)
    public func withStem<Result>(
        ofUTF8 word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        switch kind {
        case .porter(let porter): try porter.withStem(ofUTF8: word, body)
        case .snowball(let snowball): try snowball.withStem(ofUTF8: word) { try body($0.isEmpty ? word : $0) }
        case .none: try body(word)
        }
    }
}
