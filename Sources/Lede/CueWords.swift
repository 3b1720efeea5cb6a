import LedeText

/// The bonus and stigma words of Edmundson's cue method, as Porter stems.
///
/// The lists are Lede's own, stored as data in `Resources/edmundson-bonus.txt` and
/// `Resources/edmundson-stigma.txt` (embedded in the library at build time), where the
/// classes of words they follow are documented.
struct CueWords: Sendable {
    /// Stems of words that make a sentence more likely to belong in a summary.
    let bonus: Set<String>
    /// Stems of words that make a sentence less likely to belong in a summary.
    let stigma: Set<String>

    /// The lists shipped with Lede.
    static let english = CueWords(
        bonus: words(in: PackageResources.edmundson_bonus_txt),
        stigma: words(in: PackageResources.edmundson_stigma_txt))

    init(bonus: [String], stigma: [String]) {
        let stemmer = PorterStemmer()
        self.bonus = Set(bonus.map(stemmer.stem))
        self.stigma = Set(stigma.map(stemmer.stem))
    }

    /// The words of a list file: one a line, `#` starting a comment, blank lines ignored.
    static func words(in bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap { line in
            line.prefix { $0 != "#" }.split(whereSeparator: \.isWhitespace).first.map { $0.lowercased() }
        }
    }
}
