import LedeText

/// A stream of dataset records, read one at a time.
///
/// Every reader reports a bad record as a ``DatasetError`` naming the file (and line, where
/// there are lines), or, when it was made with `skipInvalid`, passes over it and lists it in
/// ``skipped``.
public protocol ArticleSource: AnyObject {
    /// The file or folder being read.
    var path: String { get }
    /// The bad records passed over so far (only when skipping invalid input).
    var skipped: [DatasetError] { get }
    /// The next record, or `nil` at the end.
    func next() throws -> ArticleRecord?
}

extension ArticleSource {
    /// Reads all remaining records.
    ///
    /// - Complexity: O(*n*) in the size of the dataset; all records are kept in memory.
    public func readAll() throws -> [ArticleRecord] {
        var records: [ArticleRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }
}

extension JSONLArticleReader: ArticleSource {}

extension ArticleSource {
    /// Reads at most `limit` records (all when `nil`); `language`, when given, replaces each
    /// record's own `"language"`.
    ///
    /// - Complexity: O(*n*) in the size of the records read; they are kept in memory.
    public func read(limit: Int?, language: Language?) throws -> [ArticleRecord] {
        var records: [ArticleRecord] = []
        while records.count < (limit ?? .max), var record = try next() {
            if let language { record.language = language }
            records.append(record)
        }
        return records
    }
}
