import Foundation

/// One line of a JSON Lines file: a JSON object with an `id` (a string, or a number read as a
/// string; `true` and `false` are not ids). Readers build their records from its fields and report a ``Problem`` as
/// `file:line: reason`.
package struct JSONLineObject {
    /// Why a line is not a valid record.
    package struct Problem: Error {
        package var message: String
        init(_ message: String) { self.message = message }
    }

    let fields: [String: Any]
    let id: String

    init(_ bytes: [UInt8]) throws(Problem) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw Problem("invalid JSON")
        }
        guard let fields = object as? [String: Any] else { throw Problem("expected a JSON object") }
        switch fields["id"] {
        case let text as String: id = text
        case let number as NSNumber where String(cString: number.objCType) != "c": id = number.stringValue
        case nil, is NSNull: throw Problem("missing \"id\"")
        default: throw Problem("\"id\" must be a string or a number")
        }
        self.fields = fields
    }
}
