/// A strict JSON reader for one line of a JSON Lines file, fast on the common case.
///
/// The readers decode their records with it first and fall back to ``JSONLineObject``
/// (Foundation's `JSONSerialization`) when it gives up. It gives up, returning `nil`, on
/// anything it does not read exactly as `JSONSerialization` does: invalid or unusual JSON
/// (escaped or repeated keys, lone surrogates, invalid UTF-8, numbers with an exponent or more
/// than 15 digits, nesting deeper than 64), so that errors and edge cases keep their one,
/// slower, path.
///
/// Use it inside ``scan(_:_:)``, which also requires that only white space follows the value.
struct JSONLineScanner {
    /// One step through an object's members.
    enum Member {
        /// The next member's key; its value follows.
        case key(String)
        /// The closing brace was read.
        case end
    }

    /// The keys of one object read so far, to refuse a repeated key (the fallback decides).
    struct SeenKeys {
        /// The keys of the schemas, as bits; other keys are listed.
        private static let schema = ["id", "article", "text", "title", "references", "source", "summary"]
        private var bits = 0
        private var others: [String] = []

        /// Adds `key`; `false` when it was already there.
        mutating func insert(_ key: String) -> Bool {
            if let index = Self.schema.firstIndex(of: key) {
                defer { bits |= 1 << index }
                return bits & (1 << index) == 0
            }
            guard !others.contains(key) else { return false }
            others.append(key)
            return true
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var firstMember = true

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Runs `body` over `line`; `nil` when `body` gives up or anything but white space follows.
    ///
    /// - Complexity: O(n) in the length of the line.
    static func scan<Value>(_ line: [UInt8], _ body: (inout JSONLineScanner) -> Value?) -> Value? {
        line.withUnsafeBufferPointer { pointer in
            var scanner = JSONLineScanner(pointer)
            guard let value = body(&scanner) else { return nil }
            scanner.skipWhiteSpace()
            return scanner.index == pointer.count ? value : nil
        }
    }

    // MARK: - Objects

    /// Reads `{`; `false` when the next value is not an object.
    mutating func beginObject() -> Bool {
        guard peek() == UInt8(ascii: "{") else { return false }
        index += 1
        firstMember = true
        return true
    }

    /// Reads up to the next member's value, or the end of the object; `nil` on invalid input
    /// or a key with an escape (which the fallback reads).
    ///
    /// Objects cannot nest through this call: values that are objects are skipped with
    /// ``skipValue()``.
    mutating func nextMember() -> Member? {
        guard var byte = peek() else { return nil }
        if byte == UInt8(ascii: "}") {
            index += 1
            return .end
        }
        if !firstMember {
            guard byte == UInt8(ascii: ",") else { return nil }
            index += 1
            guard let next = peek() else { return nil }
            byte = next
        }
        firstMember = false
        guard byte == UInt8(ascii: "\"") else { return nil }
        index += 1
        let start = index
        while index < bytes.count {
            let character = bytes[index]
            if character == UInt8(ascii: "\"") { break }
            guard character >= 0x20, character < 0x80, character != UInt8(ascii: "\\") else { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        index += 1
        guard peek() == UInt8(ascii: ":") else { return nil }
        index += 1
        return .key(key)
    }

    // MARK: - Values

    /// Reads `null` when it comes next and returns whether it did.
    mutating func readNull() -> Bool {
        guard peek() == UInt8(ascii: "n"), matches("null") else { return false }
        index += 4
        return true
    }

    /// Whether a string comes next.
    mutating func atString() -> Bool {
        peek() == UInt8(ascii: "\"")
    }

    /// Whether an array comes next.
    mutating func atArray() -> Bool {
        peek() == UInt8(ascii: "[")
    }

    /// Reads a string; `nil` when the next value is not a string the fallback would read alike.
    mutating func string() -> String? {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        index += 1
        let start = index
        var ascii = true
        skipPlainWords(ascii: &ascii)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = JSONLineScanner.text(UnsafeBufferPointer(rebasing: bytes[start..<index]), ascii: ascii)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
            if byte < 0x20 { return nil }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        return nil
    }

    /// Moves `index` over the 8-byte words of a string that hold no quote, backslash or control
    /// character, clearing `ascii` when one has a byte of 0x80 or more.
    @inline(__always)
    private mutating func skipPlainWords(ascii: inout Bool) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var high: UInt64 = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            // A byte is below 0x20 (or zero after the XOR) exactly when its high bit survives.
            let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
            if special & highs != 0 { break }
            high |= word
            index += 8
        }
        if high & highs != 0 { ascii = false }
    }

    /// Reads an array of strings; `nil` when the next value is not one.
    mutating func stringArray() -> [String]? {
        array { $0.string() }
    }

    /// Reads an array of arrays of strings; `nil` when the next value is not one.
    mutating func stringArrays() -> [[String]]? {
        array { $0.stringArray() }
    }

    /// Reads an array whose elements `element` reads; `nil` when the next value is not one.
    private mutating func array<Element>(_ element: (inout JSONLineScanner) -> Element?) -> [Element]? {
        guard peek() == UInt8(ascii: "[") else { return nil }
        index += 1
        var elements: [Element] = []
        if peek() == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            guard let value = element(&self) else { return nil }
            elements.append(value)
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return elements
            default: return nil
            }
        }
    }

    /// Passes over the next value, whatever it is; `false` when it is invalid or unusual.
    mutating func skipValue() -> Bool {
        skipValue(depth: 0)
    }

    private mutating func skipValue(depth: Int) -> Bool {
        guard depth < 64, let byte = peek() else { return false }
        switch byte {
        case UInt8(ascii: "\""):
            return string() != nil
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let closing = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            if peek() == closing {
                index += 1
                return true
            }
            var seen = SeenKeys()
            while true {
                if byte == UInt8(ascii: "{") {
                    guard peek() == UInt8(ascii: "\""), let key = string(), seen.insert(key),
                          peek() == UInt8(ascii: ":") else { return false }
                    index += 1
                }
                guard skipValue(depth: depth + 1) else { return false }
                switch peek() {
                case UInt8(ascii: ","): index += 1
                case closing: index += 1; return true
                default: return false
                }
            }
        case UInt8(ascii: "t"):
            return literal("true")
        case UInt8(ascii: "f"):
            return literal("false")
        case UInt8(ascii: "n"):
            return literal("null")
        default:
            return skipNumber()
        }
    }

    // MARK: - Lexing

    /// Skips white space and returns the byte after it, without reading it.
    private mutating func peek() -> UInt8? {
        skipWhiteSpace()
        return index < bytes.count ? bytes[index] : nil
    }

    private mutating func skipWhiteSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func matches(_ word: StaticString) -> Bool {
        guard index + word.utf8CodeUnitCount <= bytes.count else { return false }
        for offset in 0..<word.utf8CodeUnitCount where bytes[index + offset] != word.utf8Start[offset] {
            return false
        }
        return true
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        guard matches(word) else { return false }
        index += word.utf8CodeUnitCount
        return true
    }

    /// An integer or a decimal fraction of at most 15 digits: `-?(0|[1-9][0-9]*)(\.[0-9]+)?`.
    private mutating func skipNumber() -> Bool {
        if index < bytes.count && bytes[index] == UInt8(ascii: "-") { index += 1 }
        let start = index
        var digits = 0
        var fraction = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if digits == 1 && !fraction && bytes[start] == UInt8(ascii: "0") { return false }
                digits += 1
            } else if byte == UInt8(ascii: ".") && !fraction && digits > 0 {
                fraction = true
                guard index + 1 < bytes.count, bytes[index + 1] >= UInt8(ascii: "0"),
                      bytes[index + 1] <= UInt8(ascii: "9") else { return false }
            } else {
                break
            }
            index += 1
        }
        guard digits > 0 && digits <= 15 else { return false }
        if index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): return false
            default: break
            }
        }
        return true
    }

    /// A string with escapes, from its first byte; `index` is at the first backslash.
    private mutating func escapedString(from start: Int) -> String? {
        var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        decoded.reserveCapacity(index - start + 64)
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return decoded.withUnsafeBufferPointer { JSONLineScanner.text($0, ascii: false) }
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { return nil }
                let escape = bytes[index + 1]
                index += 2
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    UTF8.encode(scalar) { decoded.append($0) }
                default: return nil
                }
            default:
                guard byte >= 0x20 else { return nil }
                decoded.append(byte)
                index += 1
            }
        }
        return nil
    }

    /// The scalar of `\uXXXX` (with its low surrogate's escape when it is a high surrogate);
    /// `index` is after the `u`.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let unit = hexQuad() else { return nil }
        if unit >= 0xDC00 && unit <= 0xDFFF { return nil }
        guard unit >= 0xD800 && unit <= 0xDBFF else { return Unicode.Scalar(unit) }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            return nil
        }
        index += 2
        guard let low = hexQuad(), low >= 0xDC00 && low <= 0xDFFF else { return nil }
        return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
    }

    private mutating func hexQuad() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// The string of UTF-8 `bytes`; `nil` when they are not valid UTF-8.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String? {
        ascii ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
    }
}
