import Foundation

/// Reads a folder of CNN/DailyMail `.story` files.
///
/// A story is its paragraphs (separated by blank lines; the lines of one paragraph are joined
/// with a space), then its highlights: each an `@highlight` line followed by the highlight
/// text. The highlights, in order, are the sentences of the one reference. The record id is the
/// file name without `.story`. A story without a highlight text is invalid.
public final class StoryFolderReader: ArticleSource {
    /// The folder being read.
    public let path: String
    /// The bad records passed over so far (only when skipping invalid input).
    public private(set) var skipped: [DatasetError] = []
    private let skipInvalid: Bool
    private var files: IndexingIterator<[String]>

    /// Lists the `.story` files of `folder` (sorted by name).
    public init(folder: String, skipInvalid: Bool = false) throws {
        self.path = folder
        self.skipInvalid = skipInvalid
        let listing = try FileListing.files(in: folder, suffix: ".story")
        self.files = listing.files.makeIterator()
        self.skipped = listing.unreadable
    }

    /// The next record, or `nil` at the end.
    public func next() throws -> ArticleRecord? {
        while let file = files.next() {
            do {
                return try Self.parse(try FileListing.text(of: file), path: file)
            } catch let error as DatasetError {
                guard skipInvalid else { throw error }
                skipped.append(error)
            }
        }
        return nil
    }

    static func parse(_ text: String, path: String) throws(DatasetError) -> ArticleRecord {
        var paragraphs: [String] = []
        var current: [Substring] = []
        var highlights: [String] = []
        var awaitingHighlight: Int?  // line number of an @highlight still without text
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line == "@highlight" {
                if let pending = awaitingHighlight {
                    throw .malformed(path: path, line: pending, reason: "@highlight without text")
                }
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")); current = [] }
                awaitingHighlight = offset + 1
            } else if line.isEmpty {
                if awaitingHighlight == nil, !current.isEmpty, highlights.isEmpty {
                    paragraphs.append(current.joined(separator: " "))
                    current = []
                }
            } else if awaitingHighlight != nil {
                highlights.append(line)
                awaitingHighlight = nil
            } else if highlights.isEmpty {
                current.append(Substring(line))
            } else {
                // Text after the highlights continues the last highlight.
                highlights[highlights.count - 1] += " " + line
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        if let pending = awaitingHighlight {
            throw .malformed(path: path, line: pending, reason: "@highlight without text")
        }
        guard !highlights.isEmpty else { throw .invalid(path: path, reason: "no @highlight: the story has no reference") }
        guard !paragraphs.isEmpty else { throw .invalid(path: path, reason: "the story has no text before its highlights") }
        return ArticleRecord(id: FileListing.stem(path), article: paragraphs.joined(separator: "\n\n"), references: [highlights])
    }
}
