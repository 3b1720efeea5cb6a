/// A language Lede reads, named by its ISO 639-1 code (`en`, `fr`, `zh`).
///
/// Everything Lede knows about a language is data: a row of `Resources/Languages/languages.tsv`
/// and a stopword list (see ``LanguageProfile``). Only codes with a profile make a `Language`.
///
/// ```swift
/// let french = try Language(code: "fr")
/// french.profile.name  // "French"
/// ```
public struct Language: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The ISO 639-1 code, lower-case.
    public let code: String

    /// The language of `code` (case-insensitive; `nb` and `nn` read as `no`, Norwegian).
    ///
    /// - Throws: ``LanguageError/unsupported(_:)`` when no profile has that code.
    public init(code: String) throws(LanguageError) {
        var folded = code.lowercased()
        if folded == "nb" || folded == "nn" { folded = "no" }
        guard LanguageProfile.table[folded] != nil else { throw .unsupported(code) }
        self.code = folded
    }

    private init(known code: String) {
        self.code = code
    }

    /// English, the language of Lede's tuned defaults.
    public static let english = Language(known: "en")

    /// Every supported language, ordered by code.
    public static var supported: [Language] {
        LanguageProfile.table.keys.sorted().map(Language.init(known:))
    }

    /// The language's profile: name, scripts, stemmer, word mode, stopwords.
    public var profile: LanguageProfile {
        LanguageProfile.table[code]!  // A Language is only made for a code in the table.
    }

    public var description: String { code }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.code < rhs.code }
}

/// A language that cannot be used.
public enum LanguageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No profile has this code.
    case unsupported(String)

    public var description: String {
        switch self {
        case .unsupported(let code):
            let codes = Language.supported.map(\.code).joined(separator: ", ")
            return "unsupported language '\(code)'; supported ISO 639-1 codes: \(codes)"
        }
    }
}
