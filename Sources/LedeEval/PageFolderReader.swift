import Lede
import LedeText

/// Reads a folder of scraped news pages like `Datasets/pages/`.
///
/// Each `.txt` file is parsed as `lede` parses a page (``Lede/Article/init(parsing:)``): its
/// abstract becomes the reference (split into sentences) and is removed from the article, which
/// is the body paragraphs joined by blank lines. A page without an abstract is invalid.
public final class PageFolderReader: ArticleSource {
    public let path: String
    public private(set) var skipped: [DatasetError] = []
    private let skipInvalid: Bool
    private var files: IndexingIterator<[String]>
    private let segmenter = SentenceSegmenter()

    /// Lists the `.txt` files of `folder` (sorted by name).
    public init(folder: String, skipInvalid: Bool = false) throws {
        self.path = folder
        self.skipInvalid = skipInvalid
        let listing = try FileListing.files(in: folder, suffix: ".txt")
        self.files = listing.files.makeIterator()
        self.skipped = listing.unreadable
    }

    public func next() throws -> ArticleRecord? {
        while let file = files.next() {
            let article = Article(parsing: try FileListing.text(of: file))
            guard let abstract = article.abstract else {
                let error = DatasetError.invalid(path: file, reason: "no abstract (summary paragraph after the title) found")
                guard skipInvalid else { throw error }
                skipped.append(error)
                continue
            }
            return ArticleRecord(
                id: FileListing.stem(file), title: article.title,
                article: article.paragraphs.joined(separator: "\n\n"),
                references: [segmenter.sentences(in: abstract)], source: "pages")
        }
        return nil
    }
}
