/// The one JSON writer of Lede's outputs: summaries, evaluation reports, ROUGE reports and
/// per-item scores are `Encodable` values written by it.
///
/// Foundation's `JSONEncoder` neither keeps the order in which keys are encoded nor spaces its
/// output the way `lede rouge` prints it, so reports go through this encoder: keys sorted
/// (``Layout/compact``, what `JSONEncoder` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes`) or in the order they are encoded (``Layout/line`` and
/// ``Layout/measures``). Numbers are the shortest decimals that read back as the same double
/// (`0.25`, `1e-05`), whole ones without a fraction (`3`); a number that is not finite is an
/// `EncodingError`.
package enum ReportJSON {
    /// How a value is laid out.
    package enum Layout: Sendable {
        /// One line, keys sorted, no spaces: `{"a":1,"b":[2,3]}`.
        case compact
        /// One line, keys in encoding order, a space after `:` and `,`: `{"b": 1, "a": [2, 3]}`.
        case line
        /// As ``line``, with each member of the outer object on its own line, indented by two spaces.
        case measures
    }

    /// The JSON text of `value`.
    ///
    /// - Complexity: O(*n*) in the size of the output.
    package static func encode(_ value: some Encodable, layout: Layout = .compact) throws -> String {
        let root = Slot()
        try value.encode(to: TreeEncoder(slot: root, codingPath: []))
        var out = ""
        write(root.node(sortingKeys: layout == .compact), layout: layout, depth: 0, to: &out)
        return out
    }

    private static func write(_ node: Node, layout: Layout, depth: Int, to out: inout String) {
        let (comma, colon) = layout == .compact ? (",", ":") : (", ", ": ")
        switch node {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let text): out += text
        case .string(let text): writeString(text, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += comma }
                write(item, layout: layout, depth: depth + 1, to: &out)
            }
            out += "]"
        case .object(let members):
            let ownLines = layout == .measures && depth == 0
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if ownLines { out += index > 0 ? ",\n  " : "\n  " } else if index > 0 { out += comma }
                writeString(key, to: &out)
                out += colon
                write(value, layout: layout, depth: depth + 1, to: &out)
            }
            out += ownLines ? "\n}" : "}"
        }
    }

    /// The escapes JSON has a short form for; other control characters are written `\u00XX`.
    private static let shortEscapes: [Unicode.Scalar: String] = [
        "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u{8}": "\\b", "\u{C}": "\\f",
    ]

    private static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x20, scalar != "\"", scalar != "\\" {
                out.unicodeScalars.append(scalar)
            } else if let escape = shortEscapes[scalar] {
                out += escape
            } else {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        out += "\""
    }

    /// The text of a finite double: whole numbers without a fraction, others as Swift prints them.
    static func number(_ value: Double, codingPath: [any CodingKey]) throws -> Node {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "\(value) is not a JSON number"))
        }
        if value == 0 { return .number("0") }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }

    /// A JSON value.
    indirect enum Node {
        case null, bool(Bool), number(String), string(String), array([Node]), object([(String, Node)])
    }

    /// Where an encoder writes: a value, or an object or array filled by its container.
    final class Slot {
        enum Kind { case value, object, array }
        var kind = Kind.value
        var value = Node.null
        var members: [(key: String, slot: Slot)] = []
        var elements: [Slot] = []

        func set(_ node: Node) {
            kind = .value
            value = node
        }

        func node(sortingKeys: Bool) -> Node {
            switch kind {
            case .value: return value
            case .array: return .array(elements.map { $0.node(sortingKeys: sortingKeys) })
            case .object:
                var resolved = members.map { ($0.key, $0.slot.node(sortingKeys: sortingKeys)) }
                if sortingKeys { resolved.sort { $0.0 < $1.0 } }
                return .object(resolved)
            }
        }

        /// A new slot for `key`, replacing an earlier one of the same key.
        func member(_ key: String) -> Slot {
            kind = .object
            let slot = Slot()
            if let index = members.firstIndex(where: { $0.key == key }) { members[index].slot = slot } else { members.append((key, slot)) }
            return slot
        }

        func element() -> Slot {
            kind = .array
            let slot = Slot()
            elements.append(slot)
            return slot
        }
    }
}
