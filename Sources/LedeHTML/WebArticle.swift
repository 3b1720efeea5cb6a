import Foundation

/// The article found in a web page: its title, abstract (standfirst), byline, date, language,
/// body paragraphs and address.
///
/// Create one with `init(html:)` (from the page as text or as bytes) or with an ``ArticleExtractor``. Fields the page does not
/// have are nil; ``notes`` says what was wrong with a page that had no usable article.
public struct WebArticle: Sendable, Hashable, Codable {
    /// The headline.
    public var title: String?
    /// The standfirst: the lead paragraph that restates the body. Never part of ``body``.
    public var abstract: String?
    /// The authors, comma-separated.
    public var byline: String?
    /// The publication date as the page gives it (usually ISO 8601).
    public var published: String?
    /// The declared language's primary subtag (`fr`, `de`), lower-case.
    public var language: String?
    /// The body paragraphs, in order.
    public var body: [String]
    /// The canonical address.
    public var url: String?
    /// What went wrong, when anything did.
    public var notes: [ExtractionNote]

    /// Creates an article from its parts.
    public init(title: String? = nil, abstract: String? = nil, byline: String? = nil, published: String? = nil,
                language: String? = nil, body: [String] = [], url: String? = nil, notes: [ExtractionNote] = []) {
        self.title = title
        self.abstract = abstract
        self.byline = byline
        self.published = published
        self.language = language
        self.body = body
        self.url = url
        self.notes = notes
    }

    /// Extracts the article from the bytes of an HTML page with the default ``ArticleExtractor``.
    ///
    /// - Complexity: O(n) in the size of the page.
    public init(html: some Collection<UInt8>) {
        self = ArticleExtractor().extract(Array(html))
    }

    /// Extracts the article from HTML text.
    public init(html: String) {
        self = ArticleExtractor().extract(Array(html.utf8))
    }
}

/// Why an extraction is partial or empty.
public enum ExtractionNote: String, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The input has no text at all.
    case empty
    /// The input is not text (NUL bytes or mostly control characters).
    case binary
    /// The input is larger than ``ArticleExtractor/maximumBytes``; only its beginning was read.
    case truncated
    /// Elements were nested deeper than the extractor follows; the deepest text was dropped.
    case tooDeep
    /// Bytes invalid in the page's character set were replaced with U+FFFD.
    case invalidEncoding
    /// No article text was found.
    case noArticle

    public var description: String {
        switch self {
        case .empty: return "empty input"
        case .binary: return "binary input, not a web page"
        case .truncated: return "page too large: only its beginning was read"
        case .tooDeep: return "elements nested too deeply: the page was read up to them"
        case .invalidEncoding: return "invalid bytes for the page's character set were replaced"
        case .noArticle: return "no article text found"
        }
    }
}
