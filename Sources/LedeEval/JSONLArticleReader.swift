import Foundation

/// Streams ``ArticleRecord``s from a JSON Lines file, plain or gzip-compressed.
///
/// Each non-blank line is one JSON object in the dataset schema
/// (`{"id", "title", "article", "references", "source"}`); `{"id", "text"}` is accepted as
/// well, with `text` taken as the article. Blank lines are skipped. A line that is not valid
/// JSON, lacks `id` or the article, or whose `references` is not a list of lists of strings is
/// reported as ``DatasetError/malformed(path:line:reason:)``, or counted in ``skipped`` when the
/// reader was made with `skipInvalid`.
public final class JSONLArticleReader {
    private let lines: LineReader
    private let skipInvalid: Bool
    /// The malformed lines passed over so far (only when reading with `skipInvalid`).
    public private(set) var skipped: [DatasetError] = []

    /// The path being read.
    public var path: String { lines.path }

    /// Opens a JSONL file, or standard input when `path` is `"-"`.
    public init(path: String, skipInvalid: Bool = false) throws {
        self.lines = path == "-" ? try LineReader() : try LineReader(path: path)
        self.skipInvalid = skipInvalid
    }

    /// Returns the next record, or `nil` at the end of the file.
    public func next() throws -> ArticleRecord? {
        while let bytes = try lines.nextBytes() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                return try JSONLArticleReader.decode(bytes)
            } catch let reason as RecordProblem {
                let error = DatasetError.malformed(path: lines.path, line: lines.lineNumber, reason: reason.message)
                guard skipInvalid else { throw error }
                skipped.append(error)
            }
        }
        return nil
    }

    struct RecordProblem: Error {
        var message: String
    }

    static func decode(_ bytes: [UInt8]) throws -> ArticleRecord {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw RecordProblem(message: "invalid JSON")
        }
        guard let fields = object as? [String: Any] else {
            throw RecordProblem(message: "expected a JSON object")
        }
        let id: String
        switch fields["id"] {
        case let text as String: id = text
        case let number as NSNumber: id = number.stringValue
        case nil, is NSNull: throw RecordProblem(message: "missing \"id\"")
        default: throw RecordProblem(message: "\"id\" must be a string")
        }
        guard let article = (fields["article"] ?? fields["text"]) as? String else {
            if fields["article"] == nil && fields["text"] == nil {
                throw RecordProblem(message: "missing \"article\" (or \"text\")")
            }
            throw RecordProblem(message: "\"article\" must be a string")
        }
        var title: String?
        switch fields["title"] {
        case nil, is NSNull: title = nil
        case let text as String: title = text
        default: throw RecordProblem(message: "\"title\" must be a string or null")
        }
        var references: [[String]] = []
        switch fields["references"] {
        case nil, is NSNull: break
        case let list as [Any]:
            for item in list {
                guard let sentences = item as? [Any], let strings = sentences as? [String] else {
                    throw RecordProblem(message: "\"references\" must be a list of lists of strings")
                }
                references.append(strings)
            }
        default:
            throw RecordProblem(message: "\"references\" must be a list of lists of strings")
        }
        let source = fields["source"] as? String
        return ArticleRecord(id: id, title: title, article: article, references: references, source: source)
    }
}
