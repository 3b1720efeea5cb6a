import Lede
import LedeHTML
import LedeText

/// Reads a folder of news pages: scraped text pages like `Datasets/pages/`, or web pages.
///
/// Each `.txt` file is parsed as `lede` parses a page (`Article(parsing:)` of `Lede`), each
/// `.html`, `.htm` or `.html.gz` file goes through `ArticleExtractor` of `LedeHTML`: the page's
/// abstract becomes the reference (split into sentences) and is removed from the article, which
/// is the body paragraphs joined by blank lines. A page without an abstract is invalid.
public final class PageFolderReader: ArticleSource {
    /// The folder being read.
    public let path: String
    /// The bad records passed over so far (only when skipping invalid input).
    public private(set) var skipped: [DatasetError] = []
    private let skipInvalid: Bool
    private var files: IndexingIterator<[String]>
    private let segmenter = SentenceSegmenter()

    /// Lists the `.txt` files of `folder` (sorted by name).
    public init(folder: String, skipInvalid: Bool = false) throws {
        self.path = folder
        self.skipInvalid = skipInvalid
        let listing = try FileListing.files(in: folder, suffixes: [".txt", ".html", ".htm", ".html.gz", ".htm.gz"])
        self.files = listing.files.makeIterator()
        self.skipped = listing.unreadable
    }

    /// The next record, or `nil` at the end.
    public func next() throws -> ArticleRecord? {
        while let file = files.next() {
            let article: Article
            let isWebPage = !file.hasSuffix(".txt")
            if isWebPage {
                let page = ArticleExtractor().extract(try FileListing.bytes(of: file))
                article = Article(title: page.title, abstract: page.abstract, body: page.body)
            } else {
                article = Article(parsing: try FileListing.text(of: file))
            }
            guard let abstract = article.abstract else {
                let error = DatasetError.invalid(path: file, reason: "no abstract (summary paragraph after the title) found")
                guard skipInvalid else { throw error }
                skipped.append(error)
                continue
            }
            return ArticleRecord(
                id: FileListing.stem(file), title: article.title,
                article: article.paragraphs.joined(separator: "\n\n"),
                references: [segmenter.sentences(in: abstract)], source: "pages", isWebPage: isWebPage)
        }
        return nil
    }
}
