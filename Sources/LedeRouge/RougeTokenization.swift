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
    /// rougers' `unicode-v1` (pip `rouge-score-rs`, `UnicodeTokenizer`): the text normalized
    /// (NFKC, full case folding, NFKC), cut at Unicode word boundaries (UAX #29), each word
    /// that holds a letter or a number a token, so `l'article` and `3.50` stay whole; Han and
    /// Hiragana characters are words of their own. For languages written with spaces.
    case words
    /// rougers' `character-v1` (`CharacterTokenizer`): the normalized text's characters
    /// (grapheme clusters) that hold a letter or a number, each a token. The convention for
    /// Chinese and Japanese (LCSTS).
    case characters

    /// The tokenization's name: `ascii`, `unicode`, `words` or `characters`.
    public var description: String { rawValue }
}
