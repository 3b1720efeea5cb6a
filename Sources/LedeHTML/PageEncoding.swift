#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The character set of a page's bytes, found as browsers find it: a byte-order mark, then a
/// `<meta charset>` or `http-equiv` declaration in the first 4 KB, then UTF-8 when the bytes are
/// valid UTF-8, else Windows-1252.
package struct PageEncoding: Sendable, Equatable {
    /// The label, lower-cased (`utf-8`, `windows-1252`, `shift_jis`, ...).
    package var label: String
    /// Bytes of a byte-order mark to skip.
    package var bomLength: Int

    /// Labels that mean Windows-1252 in browsers (the WHATWG Encoding Standard maps Latin-1 to it).
    static let windows1252Labels: Set<String> = [
        "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii",
        "x-cp1252", "iso_8859-1", "ibm819", "cp819", "csisolatin1", "iso-ir-100",
    ]

    /// Finds the encoding of `bytes`.
    package init(sniffing bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            self.init(label: "utf-8", bomLength: 3)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            self.init(label: "utf-16le", bomLength: 2)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            self.init(label: "utf-16be", bomLength: 2)
        } else if let declared = PageEncoding.declaredLabel(in: UnsafeBufferPointer(rebasing: bytes.prefix(4096))) {
            // A page served as UTF-16 cannot declare itself in ASCII-compatible bytes.
            self.init(label: declared.hasPrefix("utf-16") ? "utf-8" : declared, bomLength: 0)
        } else {
            self.init(label: PageEncoding.isValidUTF8(bytes) ? "utf-8" : "windows-1252", bomLength: 0)
        }
    }

    package init(label: String, bomLength: Int) {
        self.label = label
        self.bomLength = bomLength
    }

    /// Decodes `bytes` to a String, replacing what is invalid in the encoding.
    ///
    /// - Returns: the text and whether anything had to be replaced.
    package func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, replaced: Bool) {
        let body = UnsafeBufferPointer(rebasing: bytes.dropFirst(bomLength))
        if label == "utf-8" || label == "utf8" {
            if let text = String(validating: body, as: UTF8.self) { return (text, false) }
            return (String(decoding: body, as: UTF8.self), true)
        }
        if PageEncoding.windows1252Labels.contains(label) {
            return (PageEncoding.decodeWindows1252(body), false)
        }
        if label.hasPrefix("utf-16") || label == "ucs-2" {
            let littleEndian = label != "utf-16be"
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var index = 0
            while index + 1 < body.count {
                units.append(littleEndian ? UInt16(body[index]) | UInt16(body[index + 1]) << 8 : UInt16(body[index]) << 8 | UInt16(body[index + 1]))
                index += 2
            }
            let text = String(decoding: units, as: UTF16.self)
            return (text, text.unicodeScalars.contains("\u{FFFD}") || body.count % 2 == 1)
        }
        if let text = PageEncoding.convert(body, from: label) {
            return text
        }
        // Unknown label: UTF-8 with replacement, as a browser's fallback.
        let text = String(decoding: body, as: UTF8.self)
        return (text, !PageEncoding.isValidUTF8(body))
    }

    /// Converts with iconv, replacing each invalid byte with U+FFFD; nil when iconv does not know
    /// the label.
    static func convert(_ bytes: UnsafeBufferPointer<UInt8>, from label: String) -> (text: String, replaced: Bool)? {
        let converter = iconv_open("UTF-8", label)
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var chunk = [CChar](repeating: 0, count: 1 << 16)
        var replaced = false
        var offset = 0
        while offset < bytes.count {
            var inputLeft = bytes.count - offset
            var input = UnsafeMutablePointer(mutating: UnsafeRawPointer(bytes.baseAddress! + offset).assumingMemoryBound(to: CChar.self))
            let start = input
            let status: Int = chunk.withUnsafeMutableBufferPointer { buffer in
                var outputPointer: UnsafeMutablePointer<CChar>? = buffer.baseAddress
                var outputLeft = buffer.count
                var inputPointer: UnsafeMutablePointer<CChar>? = input
                let result = iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                input = inputPointer!
                let written = buffer.count - outputLeft
                output.append(contentsOf: UnsafeRawBufferPointer(start: buffer.baseAddress, count: written).bindMemory(to: UInt8.self))
                return result == -1 ? Int(errno) : 0
            }
            offset += start.distance(to: input)
            if status == E2BIG { continue }
            if status != 0 {
                // An invalid or truncated sequence: replace one byte and go on.
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replaced = true
                offset += 1
                _ = iconv(converter, nil, nil, nil, nil)
            }
        }
        return (String(decoding: output, as: UTF8.self), replaced)
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80-0x9F.
    static func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let high: [UInt16] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return String(unsafeUninitializedCapacity: bytes.count * 3) { output in
            var count = 0
            for byte in bytes {
                let value = (0x80..<0xA0).contains(byte) ? UInt32(high[Int(byte) - 0x80]) : UInt32(byte)
                if value < 0x80 {
                    output[count] = UInt8(value); count += 1
                } else if value < 0x800 {
                    output[count] = UInt8(0xC0 | value >> 6); output[count + 1] = UInt8(0x80 | value & 0x3F); count += 2
                } else {
                    output[count] = UInt8(0xE0 | value >> 12); output[count + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
                    output[count + 2] = UInt8(0x80 | value & 0x3F); count += 3
                }
            }
            return count
        }
    }

    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// The charset a `<meta>` declares in the prefix: `charset=` inside a `<meta` tag, as the
    /// HTML prescan reads it (attributes of `meta` tags only; comments skipped).
    static func declaredLabel(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var index = 0
        let meta = Array("<meta".utf8), commentOpen = Array("<!--".utf8), charset = Array("charset".utf8)
        func matches(_ pattern: [UInt8], at position: Int) -> Bool {
            position + pattern.count <= lower.count && Array(lower[position..<position + pattern.count]) == pattern
        }
        while index < lower.count {
            if matches(commentOpen, at: index) {
                var end = index + 4
                while end + 2 < lower.count, !(lower[end] == 0x2D && lower[end + 1] == 0x2D && lower[end + 2] == 0x3E) { end += 1 }
                index = end + 3
                continue
            }
            if matches(meta, at: index) {
                var end = index + 5
                while end < lower.count, lower[end] != 0x3E { end += 1 }
                let tag = Array(lower[index..<end])
                var position = 0
                while position + charset.count <= tag.count {
                    if Array(tag[position..<position + charset.count]) == charset {
                        var cursor = position + charset.count
                        while cursor < tag.count, tag[cursor] == 0x20 { cursor += 1 }
                        if cursor < tag.count, tag[cursor] == 0x3D {
                            cursor += 1
                            while cursor < tag.count, tag[cursor] == 0x20 || tag[cursor] == 0x22 || tag[cursor] == 0x27 { cursor += 1 }
                            var stop = cursor
                            while stop < tag.count, ![0x22, 0x27, 0x3B, 0x20, 0x2F, 0x3E].contains(tag[stop]) { stop += 1 }
                            if stop > cursor {
                                return String(decoding: tag[cursor..<stop], as: UTF8.self)
                            }
                        }
                    }
                    position += 1
                }
                index = end
                continue
            }
            index += 1
        }
        return nil
    }
}
