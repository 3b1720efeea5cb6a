import Foundation

/// The sentence-boundary rules of one language: its abbreviations, the words that commonly
/// open a sentence, and settings such as whether a number with a full stop is an ordinal
/// (`am 3. Oktober`) or whether `;` is a question mark (Greek).
///
/// English, the default, uses the segmenter's built-in lexicon (see ``SentenceSegmenter``).
/// Every other language reads its rules from its block of a data file compiled into the
/// `LedeText` module, `Resources/Segmentation/languages.rules`, keyed by its ISO 639-1 code; the
/// format is described in `Resources/Segmentation/README.md`. Adding a language means adding
/// such a block and its fixtures.
///
/// All languages other than English also end sentences at the terminators of other scripts
/// (`。！？`, `।`, `؟`, `۔`, `։`, `።`, `፧`, `။`), with or without a space after the CJK
/// full-width marks, and keep the closing quotes and brackets after them (`」』）》`).
///
/// ```swift
/// let german = SentenceSegmenter(rules: SegmentationRules(languageCode: "de")!)
/// german.sentences(in: "Am 3. Okt. soll eine zweite Übung stattfinden. Sie dauert 2 Std.")
/// // ["Am 3. Okt. soll eine zweite Übung stattfinden.", "Sie dauert 2 Std."]
/// ```
public struct SegmentationRules: Sendable, Hashable {
    /// The ISO 639-1 code of the language the rules are for, such as `en` or `de`.
    public let languageCode: String
    /// The language's word lists and settings; `nil` for English, which uses the built-in
    /// lexicon and reads only the scripts of English text.
    let lexicon: LanguageLexicon?

    /// The rules for English: the built-in lexicon; other scripts' terminators are not read.
    public static let english = SegmentationRules(languageCode: "en", lexicon: nil)

    /// The codes of every language with rules, sorted: `en` and each block's code.
    public static let supportedLanguageCodes: [String] = (["en"] + LanguageLexicon.bundledCodes).sorted()

    private init(languageCode: String, lexicon: LanguageLexicon?) {
        self.languageCode = languageCode
        self.lexicon = lexicon
    }

    /// The rules for the language with ISO 639-1 code `languageCode` (case is ignored), or
    /// `nil` when no rules exist for it (see ``supportedLanguageCodes``).
    ///
    /// - Complexity: The first call for a language parses its rules (a few kilobytes); later
    ///   calls are a dictionary lookup.
    public init?(languageCode: String) {
        let code = languageCode.lowercased()
        if code == "en" {
            self = .english
            return
        }
        guard let lexicon = LanguageLexicon.bundled(code) else { return nil }
        self.init(languageCode: code, lexicon: lexicon)
    }

    public static func == (lhs: SegmentationRules, rhs: SegmentationRules) -> Bool {
        lhs.languageCode == rhs.languageCode
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(languageCode)
    }
}
