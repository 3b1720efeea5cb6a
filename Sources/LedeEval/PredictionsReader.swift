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

    private static func decode(_ bytes: [UInt8]) throws(JSONLineObject.Problem) -> Prediction {
        let line = try JSONLineObject(bytes)
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
}
