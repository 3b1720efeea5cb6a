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

    /// Creates an article from a web page's parts as an extractor found them: the body's
    /// subheadings (lines of at most 12 words without sentence-final punctuation) are set aside
    /// as ``init(parsing:)`` sets them aside in text, so that a page and its text give the same
    /// summary. A body without a line of prose is kept whole.
    ///
    /// - Complexity: O(*n*) in the length of the body.
    public init(title: String?, abstract: String?, body: [String]) {
        self.init(title: title, abstract: abstract, paragraphs: body)
        guard body.contains(where: ArticleParser.isProse) else { return }
        paragraphs = body.filter { !ArticleParser.isSubheading($0) }
        boilerplate = body.filter(ArticleParser.isSubheading)
    }

    /// The body's sentences, as the summarizer splits them (every summary is drawn from these).
    public var sentences: [String] {
        sentences(language: .english)
    }

    /// The body's sentences as the summarizer splits them for text in `language`.
    public func sentences(language: Language) -> [String] {
        let segmenter = SentenceSegmenter(language: language)
        return paragraphs.flatMap { segmenter.sentences(in: $0) }
    }

    /// Parses plain text: a scraped news page, or any text (which then is all body).
    ///
    /// Page chrome (section names, tag lists, bylines, datelines, share prompts, ...) is set
    /// aside; the title is the last header line before the first paragraph of prose; on pages
    /// with a news-site header, the first paragraph after the title is the abstract when it
    /// restates the body. Text without such structure is all body.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public init(parsing text: String) {
        self = ArticleParser().parse(text)
    }
}
