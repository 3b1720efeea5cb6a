import Foundation
import Lede
import LedeText

/// One article of a dataset: its text and, for evaluation, its reference summaries.
///
/// This is the record of the JSONL schema used throughout Lede:
/// `{"id", "title", "article", "references": [[sentence, ...], ...], "source", "language"}`.
public struct ArticleRecord: Sendable, Hashable {
    /// A stable identifier, unique within its dataset.
    public var id: String
    /// The title, when the dataset has one.
    public var title: String?
    /// The article text (the body the summary is drawn from).
    public var article: String
    /// Reference summaries, each a list of its sentences. Empty when the input has none.
    public var references: [[String]]
    /// The name of the dataset the record came from, when known.
    public var source: String?
    /// The language the record says it is in (its `"language"` field), if any.
    public var language: Language?
    /// The abstract (standfirst) found in a web page; nil for text records.
    public var abstract: String?
    /// Whether the record was extracted from HTML (its ``article`` is then the body
    /// paragraphs joined by blank lines, its title and abstract set apart).
    public var isWebPage: Bool

    /// Creates a record.
    public init(
        id: String, title: String? = nil, article: String,
        references: [[String]] = [], source: String? = nil, language: Language? = nil,
        abstract: String? = nil, isWebPage: Bool = false
    ) {
        self.abstract = abstract
        self.isWebPage = isWebPage
        self.id = id
        self.title = title
        self.article = article
        self.references = references
        self.source = source
        self.language = language
    }

    /// The record as the summarizer takes it: a web page's parts as found, a text parsed.
    public var parsedArticle: Article {
        guard isWebPage else { return Article(parsing: article) }
        return Article(title: title, abstract: abstract, body: article.components(separatedBy: "\n\n").filter { !$0.isEmpty })
    }
}
