/// How text is cut into tokens.
public enum RougeTokenization: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The reference scorers' tokens: lower-case `a`–`z` and `0`–`9`, everything else a separator.
    /// Text in other scripts scores 0, as it does in `rouge-score` and ROUGE-1.5.5.
    case ascii
    /// Letters, combining marks and decimal digits of every script, lower-cased with Unicode
    /// rules; each Han, Hiragana and Katakana character is a token of its own, since those
    /// scripts do not separate words with spaces. Canonically equivalent spellings (composed and
    /// decomposed accents) are the same token. On ASCII text this gives the same tokens as
    /// ``ascii``.
    case unicode

    /// The tokenization's name: `ascii` or `unicode`.
    public var description: String { rawValue }
}
