import LedeText

/// An article split into the parts a summarizer treats differently.
///
/// Summaries are drawn from ``paragraphs`` only. Create one by parsing text with
/// ``init(parsing:)``, or directly from parts you already have (for example a dataset record).
public struct Article: Sendable, Hashable {
    /// The headline, when one was found.
    public var title: String?
    /// The summary paragraph (standfirst) that follows the title on many news pages.
    public var abstract: String?
    /// The body paragraphs, in order.
    public var paragraphs: [String]
    /// Page chrome that was set aside: section names, tag lists, bylines, datelines, comment
    /// counts, source lines, share and follow prompts, advertisements.
    public var boilerplate: [String]

    /// Creates an article from its parts.
    public init(title: String? = nil, abstract: String? = nil, paragraphs: [String], boilerplate: [String] = []) {
        self.title = title
        self.abstract = abstract
        self.paragraphs = paragraphs
        self.boilerplate = boilerplate
    }

    /// The body's sentences, as the summarizer splits them (every summary is drawn from these).
    public var sentences: [String] {
        sentences(language: .english)
    }

    /// The body's sentences as the summarizer splits them for text in `language`.
    public func sentences(language: Language) -> [String] {
        let segmenter = LanguageSegmenter(language: language)
        return paragraphs.flatMap { segmenter.sentences(in: $0) }
    }

    /// Parses plain text: a scraped news page, or any text (which then is all body).
    ///
    /// See ``ArticleParser`` for the rules.
    public init(parsing text: String) {
        self = ArticleParser().parse(text)
    }
}
