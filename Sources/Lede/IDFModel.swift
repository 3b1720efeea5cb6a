import Foundation

/// Inverse document frequencies learned from a background corpus.
///
/// A model holds counts, not text: how many documents were seen, and in how many of them each
/// (stemmed, stopword-free) term occurs. The summarizer weighs a term by
/// `idf(t) = ln((1 + N) / (1 + df(t))) + 1`; terms the corpus never saw get the weight of a
/// term seen once.
///
/// Save and load with ``serialized()`` and ``init(serialized:)``: a small text format with one
/// `term<TAB>count` line per term after a `lede-idf 1 <documents>` header.
public struct IDFModel: Sendable, Hashable {
    /// The number of documents the counts come from.
    public private(set) var documentCount: Int
    /// The number of documents each term occurs in.
    public private(set) var documentFrequency: [String: Int]

    /// Creates a model from counts.
    public init(documentCount: Int, documentFrequency: [String: Int]) {
        self.documentCount = max(documentCount, 0)
        self.documentFrequency = documentFrequency
    }

    /// The inverse document frequency of a stemmed term.
    public func idf(_ term: String) -> Double {
        Self.idf(documentFrequency: documentFrequency[term] ?? 1, documentCount: documentCount)
    }

    /// `ln((1 + N) / (1 + df)) + 1`, the smoothed IDF shared by document and corpus models.
    static func idf(documentFrequency: Int, documentCount: Int) -> Double {
        let n = Double(max(documentCount, documentFrequency))
        return log((1 + n) / (1 + Double(documentFrequency))) + 1
    }

    /// The model in its text format.
    public func serialized() -> String {
        var lines = ["lede-idf 1 \(documentCount)"]
        for term in documentFrequency.keys.sorted() {
            lines.append("\(term)\t\(documentFrequency[term] ?? 0)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An error in a serialized model, with the 1-based line it was found on.
    public struct FormatError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The line of the problem.
        public var line: Int
        /// What is wrong.
        public var reason: String
        /// `line N: reason`.
        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads a model written by ``serialized()``. Lines may end with `\n` or `\r\n`.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public init(serialized text: String) throws(FormatError) {
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).lazy
            .map { $0.last == 0x0D ? $0.dropLast() : $0 }.makeIterator()
        guard let header = lines.next() else { throw FormatError(line: 1, reason: "empty model") }
        let fields = header.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        guard fields.count == 3, fields[0] == "lede-idf", fields[1] == "1", let documents = Int(fields[2]), documents >= 0 else {
            throw FormatError(line: 1, reason: "expected the header 'lede-idf 1 <documents>'")
        }
        var frequencies: [String: Int] = [:]
        var number = 1
        while let line = lines.next() {
            number += 1
            if line.isEmpty { continue }
            let parts = line.split(separator: 0x09)
            guard parts.count == 2, let count = Int(String(decoding: parts[1], as: UTF8.self)), count > 0 else {
                throw FormatError(line: number, reason: "expected 'term<TAB>count'")
            }
            frequencies[String(decoding: parts[0], as: UTF8.self)] = count
        }
        self.init(documentCount: documents, documentFrequency: frequencies)
    }
}
