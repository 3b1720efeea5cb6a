import Foundation

/// Reads ``Prediction``s from a JSON Lines file, plain or gzip-compressed.
///
/// Each non-blank line is `{"id": ..., "summary": [sentences] | "text"}`; other keys are
/// ignored. A line that is not a JSON object, lacks `id` or `summary`, has a `summary` that is
/// neither a string nor a list of strings, or repeats an earlier id is reported as
/// ``DatasetError/malformed(path:line:reason:)`` (`file:line: reason`).
public final class PredictionsReader {
    private let lines: LineReader
    private var firstLineOfID: [String: Int] = [:]

    /// The path being read.
    public var path: String { lines.path }

    /// Opens a predictions file, or standard input when `path` is `"-"`.
    public init(path: String) throws {
        self.lines = path == "-" ? try LineReader() : try LineReader(path: path)
    }

    /// Returns the next prediction, or `nil` at the end of the file.
    public func next() throws -> Prediction? {
        while let bytes = try lines.nextBytes() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let prediction: Prediction
            do {
                prediction = try PredictionsReader.decode(bytes)
            } catch {
                throw DatasetError.malformed(path: lines.path, line: lines.lineNumber, reason: error.message)
            }
            if let first = firstLineOfID[prediction.id] {
                throw DatasetError.malformed(
                    path: lines.path, line: lines.lineNumber,
                    reason: "duplicate id \"\(prediction.id)\" (first on line \(first))")
            }
            firstLineOfID[prediction.id] = lines.lineNumber
            return prediction
        }
        return nil
    }

    /// Reads all remaining predictions.
    public func readAll() throws -> [Prediction] {
        var predictions: [Prediction] = []
        while let prediction = try next() { predictions.append(prediction) }
        return predictions
    }

    static func decode(_ bytes: [UInt8]) throws(JSONLineObject.Problem) -> Prediction {
        if let prediction = scan(bytes) { return prediction }
        return try decode(JSONLineObject(bytes))
    }

    /// Decodes a line read by Foundation, reporting what is wrong with it.
    static func decode(_ line: JSONLineObject) throws(JSONLineObject.Problem) -> Prediction {
        let (fields, id) = (line.fields, line.id)
        switch fields["summary"] {
        case let text as String:
            return Prediction(id: id, sentences: [text])
        case let list as [Any]:
            guard let sentences = list as? [String] else {
                throw JSONLineObject.Problem("\"summary\" must be a string or a list of strings")
            }
            return Prediction(id: id, sentences: sentences)
        case nil, is NSNull:
            throw JSONLineObject.Problem("missing \"summary\"")
        default:
            throw JSONLineObject.Problem("\"summary\" must be a string or a list of strings")
        }
    }

    /// The prediction of a line in the usual form, read without Foundation; `nil` for anything
    /// else (``decode(_:)`` then reads the line with `JSONSerialization`, reporting problems).
    /// Keys other than `id` and `summary` are passed over, as ``decode(_:)`` ignores them.
    static func scan(_ bytes: [UInt8]) -> Prediction? {
        JSONLineScanner.scan(bytes) { scanner in
            guard scanner.beginObject() else { return nil }
            var id: String?, sentences: [String]?
            var keys = JSONLineScanner.SeenKeys()
            while let member = scanner.nextMember() {
                guard case let .key(key) = member else {
                    guard let id, let sentences else { return nil }
                    return Prediction(id: id, sentences: sentences)
                }
                guard keys.insert(key) else { return nil }
                switch key {
                case "id": guard let value = scanner.string() else { return nil }; id = value
                case "summary":
                    if scanner.atArray() {
                        guard let value = scanner.stringArray() else { return nil }
                        sentences = value
                    } else {
                        guard let value = scanner.string() else { return nil }
                        sentences = [value]
                    }
                default:
                    guard scanner.skipValue() else { return nil }
                }
            }
            return nil
        }
    }
}
