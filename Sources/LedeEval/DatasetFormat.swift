import Foundation

/// The dataset layouts Lede reads, and how to tell them apart.
public enum DatasetFormat: String, Sendable, CaseIterable {
    /// JSON Lines in the dataset schema, plain or gzip-compressed.
    case jsonl
    /// A folder of CNN/DailyMail `.story` files.
    case stories
    /// A folder of scraped news pages (`.txt`), whose abstracts are the references.
    case pages
    /// The BBC News Summary layout (`News Articles/` and `Summaries/`).
    case bbc

    /// The format of `path`: a file is JSONL; a folder is BBC when it has `News Articles/`,
    /// stories when it holds `.story` files, and pages otherwise.
    ///
    /// - Complexity: O(1): a look at the path and, for a folder, at its names.
    public static func detect(_ path: String) -> DatasetFormat {
        guard FileListing.isDirectory(path) else { return .jsonl }
        if FileListing.isDirectory((path as NSString).appendingPathComponent("News Articles")) { return .bbc }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.contains { $0.hasSuffix(".story") } ? .stories : .pages
    }

    /// Opens a reader for `path` in this format.
    public func open(_ path: String, skipInvalid: Bool = false) throws -> any ArticleSource {
        switch self {
        case .jsonl: try JSONLArticleReader(path: path, skipInvalid: skipInvalid)
        case .stories: try StoryFolderReader(folder: path, skipInvalid: skipInvalid)
        case .pages: try PageFolderReader(folder: path, skipInvalid: skipInvalid)
        case .bbc: try BBCFolderReader(root: path, skipInvalid: skipInvalid)
        }
    }
}
