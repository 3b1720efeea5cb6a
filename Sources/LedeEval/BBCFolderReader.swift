import Foundation
import LedeText

/// Reads the BBC News Summary folder layout.
///
/// `ROOT/News Articles/<category>/NNN.txt` holds an article (title on the first line, then
/// paragraphs); `ROOT/Summaries/<category>/NNN.txt` its extractive summary, whose sentences
/// the corpus glues together without spaces (`...$10.9bn.For the full-year...`). They are split
/// back by matching the longest article sentence at each point, falling back to a split after
/// sentence-final punctuation. Record ids are `bbc-<category>-NNN`. An article without a
/// summary file is invalid.
public final class BBCFolderReader: ArticleSource {
    /// The folder being read.
    public let path: String
    /// The bad records passed over so far (only when skipping invalid input).
    public private(set) var skipped: [DatasetError] = []
    private let skipInvalid: Bool
    private var items: IndexingIterator<[(category: String, article: String)]>
    private let segmenter = SentenceSegmenter()

    /// Lists the articles under `root` (categories and files sorted by name).
    public init(root: String, skipInvalid: Bool = false) throws {
        self.path = root
        self.skipInvalid = skipInvalid
        let articles = (root as NSString).appendingPathComponent("News Articles")
        guard FileListing.isDirectory(articles) else {
            throw DatasetError.cannotOpen(path: root, reason: "no 'News Articles' folder (BBC News Summary layout)")
        }
        var items: [(category: String, article: String)] = []
        for category in try FileListing.folders(in: articles) {
            let listing = try FileListing.files(in: (articles as NSString).appendingPathComponent(category), suffix: ".txt")
            items += listing.files.map { (category, $0) }
            skipped += listing.unreadable
        }
        self.items = items.makeIterator()
    }

    /// The next record, or `nil` at the end.
    public func next() throws -> ArticleRecord? {
        while let item = items.next() {
            do {
                return try record(category: item.category, articlePath: item.article)
            } catch let error as DatasetError {
                guard skipInvalid else { throw error }
                skipped.append(error)
            }
        }
        return nil
    }

    private func record(category: String, articlePath: String) throws -> ArticleRecord {
        let name = (articlePath as NSString).lastPathComponent
        let summaryPath = [path, "Summaries", category, name].reduce("") { ($0 as NSString).appendingPathComponent($1) }
        guard FileManager.default.fileExists(atPath: summaryPath) else {
            throw DatasetError.invalid(path: articlePath, reason: "no summary file \(summaryPath)")
        }
        let lines = try FileListing.text(of: articlePath).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let title = lines.first, lines.count > 1 else {
            throw DatasetError.invalid(path: articlePath, reason: "expected a title line and at least one paragraph")
        }
        let paragraphs = Array(lines.dropFirst())
        let summary = try FileListing.text(of: summaryPath).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !summary.isEmpty else { throw DatasetError.invalid(path: summaryPath, reason: "empty summary") }
        let sentences = paragraphs.flatMap { segmenter.sentences(in: $0) }
        return ArticleRecord(
            id: "bbc-\(category)-\(FileListing.stem(articlePath))", title: title,
            article: paragraphs.joined(separator: "\n\n"),
            references: [Self.splitGluedSummary(summary, articleSentences: sentences)], source: "bbc_news_summary")
    }

    /// Splits a summary whose sentences were concatenated without separators.
    static func splitGluedSummary(_ summary: String, articleSentences: [String]) -> [String] {
        let candidates = Set(articleSentences).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        var result: [String] = []
        var rest = Substring(summary)
        while !rest.isEmpty {
            rest = rest.drop(while: \.isWhitespace)
            if rest.isEmpty { break }
            if let match = candidates.first(where: { rest.hasPrefix($0) }) {
                result.append(match)
                rest = rest.dropFirst(match.count)
                continue
            }
            // No article sentence starts here: cut after the next ".", "!" or "?" that is
            // followed by an upper-case letter, or by a quote that opens the next sentence
            // (`fell."We`); a quote followed by anything else closes this one.
            var cut = rest.endIndex
            var index = rest.startIndex
            while index < rest.endIndex {
                let character = rest[index]
                index = rest.index(after: index)
                guard character == "." || character == "!" || character == "?", index < rest.endIndex else { continue }
                let next = rest[index]
                if next.isUppercase {
                    cut = index
                    break
                }
                if "\"'“”‘’".contains(next) {
                    let after = rest.index(after: index)
                    if after < rest.endIndex, rest[after].isUppercase {
                        cut = index
                        break
                    }
                }
            }
            result.append(String(rest[..<cut]).trimmingCharacters(in: .whitespaces))
            rest = rest[cut...]
        }
        return result
    }
}
