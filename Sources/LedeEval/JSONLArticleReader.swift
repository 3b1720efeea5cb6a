import Foundation
import LedeHTML
import LedeText

/// Streams ``ArticleRecord``s from a JSON Lines file, plain or gzip-compressed.
///
/// Each non-blank line is one JSON object in the dataset schema
/// (`{"id", "title", "article", "references", "source"}`); `{"id", "text"}` is accepted as
/// well, with `text` taken as the article, and `{"id", "html"}`, a web page whose article is
/// extracted (`ArticleExtractor` of `LedeHTML`). Blank lines are skipped. A line that is not valid
/// JSON, lacks `id` or the article, or whose `references` is not a list of lists of strings is
/// reported as ``DatasetError/malformed(path:line:reason:)``, or counted in ``skipped`` when the
/// reader was made with `skipInvalid`. Invalid UTF-8 is replaced with U+FFFD and the line
/// noted in ``warnings``.
public final class JSONLArticleReader {
    private let lines: LineReader
    private let skipInvalid: Bool
    /// The malformed lines passed over so far (only when reading with `skipInvalid`).
    public private(set) var skipped: [DatasetError] = []

    /// Lines read with invalid UTF-8, replaced with U+FFFD, as `path:line` warnings.
    public private(set) var warnings: [DatasetError] = []

    /// The path being read.
    public var path: String { lines.path }
    /// The 1-based line of the record last returned (or problem last found).
    public var lineNumber: Int { lines.lineNumber }

    /// The line each id was first seen on, when ids must be unique.
    private var firstLineOfID: [String: Int]?

    /// Opens a JSONL file, or standard input when `path` is `"-"`.
    ///
    /// - Parameters:
    ///   - path: The file, plain or gzip-compressed, or `"-"` for standard input.
    ///   - skipInvalid: Pass over malformed lines (listed in ``skipped``) instead of throwing.
    ///   - requireUniqueIDs: Report a record whose id an earlier record has as malformed
    ///     (`duplicate id "x" (first on line n)`), as scoring against references needs.
    public init(path: String, skipInvalid: Bool = false, requireUniqueIDs: Bool = false) throws {
        self.lines = path == "-" ? try LineReader() : try LineReader(path: path)
        self.skipInvalid = skipInvalid
        self.firstLineOfID = requireUniqueIDs ? [:] : nil
    }

    /// Returns the next record, or `nil` at the end of the file.
    ///
    /// - Complexity: O(*n*) in the length of the line; memory stays constant.
    public func next() throws -> ArticleRecord? {
        while let bytes = try lines.nextBytes() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do throws(JSONLineObject.Problem) {
                let (record, replacedInvalidUTF8) = try JSONLArticleReader.decodeLine(bytes)
                if replacedInvalidUTF8 {
                    warnings.append(.malformed(path: lines.path, line: lines.lineNumber, reason: "invalid UTF-8 replaced with U+FFFD"))
                }
                if firstLineOfID != nil {
                    if let first = firstLineOfID?[record.id] {
                        throw JSONLineObject.Problem("duplicate id \"\(record.id)\" (first on line \(first))")
                    }
                    firstLineOfID?[record.id] = lines.lineNumber
                }
                return record
            } catch {
                let error = DatasetError.malformed(path: lines.path, line: lines.lineNumber, reason: error.message)
                guard skipInvalid else { throw error }
                skipped.append(error)
            }
        }
        return nil
    }

    /// Decodes one line of the dataset schema, replacing invalid UTF-8 with U+FFFD when that
    /// is what keeps the line from being read; says whether it did.
    package static func decodeLine(_ bytes: [UInt8]) throws(JSONLineObject.Problem) -> (record: ArticleRecord, replacedInvalidUTF8: Bool) {
        do {
            return (try decode(bytes), false)
        } catch {
            guard String(validating: bytes, as: UTF8.self) == nil else { throw error }
            return (try decode(Array(String(decoding: bytes, as: UTF8.self).utf8)), true)
        }
    }

    /// Decodes one line of the dataset schema.
    static func decode(_ bytes: [UInt8]) throws(JSONLineObject.Problem) -> ArticleRecord {
        if let record = scan(bytes) { return record }
        return try decode(JSONLineObject(bytes))
    }

    /// Decodes a line read by Foundation, reporting what is wrong with it.
    static func decode(_ line: JSONLineObject) throws(JSONLineObject.Problem) -> ArticleRecord {
        let (fields, id) = (line.fields, line.id)
        if fields["article"] == nil, fields["text"] == nil, let html = fields["html"] {
            guard let html = html as? String else { throw JSONLineObject.Problem("\"html\" must be a string") }
            return try webPageRecord(id: id, html: html, fields: fields)
        }
        guard let article = (fields["article"] ?? fields["text"]) as? String else {
            if fields["article"] == nil && fields["text"] == nil {
                throw JSONLineObject.Problem("missing \"article\" (or \"text\")")
            }
            throw JSONLineObject.Problem("\"article\" must be a string")
        }
        let title = try JSONLArticleReader.title(fields)
        let references = try JSONLArticleReader.references(fields)
        let source = fields["source"] as? String
        return ArticleRecord(id: id, title: title, article: article, references: references, source: source,
                             language: try language(fields))
    }

    /// A record whose `html` is a web page: the article found in it.
    static func webPageRecord(id: String, html: String, fields: [String: Any]) throws(JSONLineObject.Problem) -> ArticleRecord {
        let page = ArticleExtractor().extract(Array(html.utf8))
        guard !page.body.isEmpty else {
            throw JSONLineObject.Problem("\"html\": " + (page.notes.first ?? .noArticle).description)
        }
        return ArticleRecord(
            id: id, title: try title(fields) ?? page.title, article: page.body.joined(separator: "\n\n"),
            references: try references(fields), source: fields["source"] as? String,
            language: try language(fields) ?? page.language.flatMap { try? Language(code: $0) },
            abstract: page.abstract, isWebPage: true)
    }

    static func title(_ fields: [String: Any]) throws(JSONLineObject.Problem) -> String? {
        switch fields["title"] {
        case nil, is NSNull: return nil
        case let text as String: return text
        default: throw JSONLineObject.Problem("\"title\" must be a string or null")
        }
    }

    static func references(_ fields: [String: Any]) throws(JSONLineObject.Problem) -> [[String]] {
        var references: [[String]] = []
        switch fields["references"] {
        case nil, is NSNull: break
        case let list as [Any]:
            for item in list {
                guard let sentences = item as? [Any], let strings = sentences as? [String] else {
                    throw JSONLineObject.Problem("\"references\" must be a list of lists of strings")
                }
                references.append(strings)
            }
        default:
            throw JSONLineObject.Problem("\"references\" must be a list of lists of strings")
        }
        return references
    }

    static func language(_ fields: [String: Any]) throws(JSONLineObject.Problem) -> Language? {
        switch fields["language"] {
        case nil, is NSNull: return nil
        case let code as String:
            do {
                return try Language(code: code)
            } catch {
                throw JSONLineObject.Problem("\"language\": \(error.description)")
            }
        default: throw JSONLineObject.Problem("\"language\" must be an ISO 639-1 code (a string) or null")
        }
    }

    /// The record of a line in the usual form, read without Foundation; `nil` for anything
    /// else (``decode(_:)`` then reads the line with `JSONSerialization`, reporting problems).
    /// A key this does not read sends the line to Foundation too, so that a field added to
    /// the schema there is never dropped here.
    static func scan(_ bytes: [UInt8]) -> ArticleRecord? {
        JSONLineScanner.scan(bytes) { scanner in
            guard scanner.beginObject() else { return nil }
            var id: String?, article: String?, text: String?, title: String?, source: String?
            var references: [[String]] = []
            var language: Language?
            var keys = JSONLineScanner.SeenKeys()
            while let member = scanner.nextMember() {
                guard case let .key(key) = member else {
                    guard let id, let body = article ?? text else { return nil }
                    return ArticleRecord(
                        id: id, title: title, article: body, references: references, source: source, language: language)
                }
                guard keys.insert(key) else { return nil }
                switch key {
                case "id": guard let value = scanner.string() else { return nil }; id = value
                case "article": guard let value = scanner.string() else { return nil }; article = value
                case "text": guard let value = scanner.string() else { return nil }; text = value
                case "title":
                    if scanner.readNull() { break }
                    guard let value = scanner.string() else { return nil }
                    title = value
                case "references":
                    if scanner.readNull() { break }
                    guard let value = scanner.stringArrays() else { return nil }
                    references = value
                case "source":
                    if scanner.atString() {
                        guard let value = scanner.string() else { return nil }
                        source = value
                    } else if !scanner.skipValue() {
                        return nil
                    }
                case "language":
                    if scanner.readNull() { break }
                    // Not a string, or not a supported code: the fallback reports it.
                    guard let value = scanner.string(), let code = try? Language(code: value) else { return nil }
                    language = code
                default:
                    return nil
                }
            }
            return nil
        }
    }
}
