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
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(root, layout: layout, depth: 0, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ child: Child, layout: Layout, depth: Int, to out: inout [UInt8]) {
        switch child {
        case .leaf(let leaf): write(leaf, to: &out)
        case .slot(let slot): write(slot, layout: layout, depth: depth, to: &out)
        }
    }

    private static func write(_ slot: Slot, layout: Layout, depth: Int, to out: inout [UInt8]) {
        let comma: StaticString = layout == .compact ? "," : ", "
        switch slot.kind {
        case .value: write(slot.value, to: &out)
        case .array:
            out.append(UInt8(ascii: "["))
            for (index, element) in slot.elements.enumerated() {
                if index > 0 { append(comma, to: &out) }
                write(element, layout: layout, depth: depth + 1, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object:
            let ownLines = layout == .measures && depth == 0
            var members = slot.members
            if layout == .compact { members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) } }
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if ownLines {
                    append(index > 0 ? ",\n  " : "\n  ", to: &out)
                } else if index > 0 {
                    append(comma, to: &out)
                }
                writeString(member.key, to: &out)
                append(layout == .compact ? ":" : ": ", to: &out)
                write(member.child, layout: layout, depth: depth + 1, to: &out)
            }
            if ownLines { out.append(UInt8(ascii: "\n")) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func write(_ leaf: Leaf, to out: inout [UInt8]) {
        switch leaf {
        case .null: append("null", to: &out)
        case .bool(let value): append(value ? "true" : "false", to: &out)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let text): writeString(text, to: &out)
        }
    }

    private static func append(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// Whether a UTF-8 byte must be escaped: a control character, `"` or `\`.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if !text.utf8.contains(where: needsEscape) {
            out.append(contentsOf: text.utf8)
        } else {
            for byte in text.utf8 {
                guard needsEscape(byte) else {
                    out.append(byte)
                    continue
                }
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out += [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The text of a finite double: whole numbers without a fraction, others as Swift prints them.
    static func number(_ value: Double, codingPath: @autoclosure () -> [any CodingKey]) throws -> Leaf {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath(), debugDescription: "\(value) is not a JSON number"))
        }
        if value == 0 { return .number("0") }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }

    /// A JSON value that holds no other.
    enum Leaf {
        case null, bool(Bool), number(String), string(String)
    }

    /// A member of an object or an element of an array: a leaf, or a slot its encoder fills.
    enum Child {
        case leaf(Leaf)
        case slot(Slot)
    }

    /// Where an encoder writes: a leaf, or an object or array filled by its container.
    final class Slot {
        enum Kind { case value, object, array }
        var kind = Kind.value
        var value = Leaf.null
        var members: [(key: String, child: Child)] = []
        var elements: [Child] = []

        func set(_ leaf: Leaf) {
            kind = .value
            value = leaf
        }

        /// Sets `key` to `child`, replacing an earlier value of the same key.
        func set(_ key: String, _ child: Child) {
            kind = .object
            if let index = members.firstIndex(where: { $0.key == key }) { members[index].child = child } else { members.append((key, child)) }
        }

        /// A new slot for `key`.
        func member(_ key: String) -> Slot {
            let slot = Slot()
            set(key, .slot(slot))
            return slot
        }

        func append(_ child: Child) {
            kind = .array
            elements.append(child)
        }

        /// A new slot at the end of the array.
        func element() -> Slot {
            let slot = Slot()
            append(.slot(slot))
            return slot
        }
    }
}
