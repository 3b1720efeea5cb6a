import Foundation
import LedeHTML

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a whole text, from a file or any readable stream, the way every `lede` command and
/// folder reader does it.
///
/// Anything that can be read is read: regular files, pipes, FIFOs, `/dev/stdin`, process
/// substitutions (`<(cmd)`) and `/dev/null` (an empty text). The bytes are decoded by
/// ``decode(_:)``: a UTF-8 or UTF-16 byte order mark is honoured, invalid sequences become
/// U+FFFD, and `\r\n` and lone `\r` line endings become `\n`. An HTML page goes through
/// `ArticleExtractor` of `LedeHTML` (any character set) instead, and its text is the article found.
package enum TextInput {
    /// A decoded text and where it came from.
    package struct Document: Sendable, Hashable {
        /// The path, or `<stdin>`.
        package var name: String
        /// The text, line endings normalized to `\n`.
        package var text: String
        /// Whether invalid bytes were replaced with U+FFFD while decoding.
        package var hadInvalidEncoding: Bool
        /// The article found in the input when it is an HTML page.
        package var page: WebArticle? = nil
    }

    /// Reads and decodes the file, stream or device at `path`.
    ///
    /// - Complexity: O(n) time and memory in the size of the input.
    /// - Throws: ``DatasetError/cannotOpen(path:reason:)`` when `path` does not exist, is a
    ///   folder or cannot be opened; ``DatasetError/readFailed(path:reason:)`` on a read error.
    package static func read(path: String) throws(DatasetError) -> Document {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .cannotOpen(path: path, reason: describe(errno))
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw .cannotOpen(path: path, reason: "is a directory")
        }
        return try read(descriptor: descriptor, name: path)
    }

    /// Reads and decodes standard input to its end.
    ///
    /// - Complexity: O(n) time and memory in the size of the input.
    package static func readStandardInput() throws(DatasetError) -> Document {
        try read(descriptor: STDIN_FILENO, name: "<stdin>")
    }

    private static func read(descriptor: Int32, name: String) throws(DatasetError) -> Document {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EISDIR { throw .cannotOpen(path: name, reason: "is a directory") }
                throw .readFailed(path: name, reason: describe(errno))
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
        if ArticleExtractor.looksLikeHTML(bytes) {
            let page = ArticleExtractor().extract(bytes)
            let text = ([page.title, page.abstract].compactMap { $0 } + page.body).joined(separator: "\n\n")
            return Document(name: name, text: text, hadInvalidEncoding: false, page: page)
        }
        let (text, hadInvalidEncoding) = decode(bytes)
        return Document(name: name, text: text, hadInvalidEncoding: hadInvalidEncoding)
    }

    /// Decodes text bytes: UTF-16 (little or big endian) when they start with its byte order
    /// mark, UTF-8 otherwise (a UTF-8 byte order mark is dropped). Invalid sequences become
    /// U+FFFD; `\r\n` and lone `\r` become `\n`.
    ///
    /// - Complexity: O(n) in the number of bytes.
    /// - Returns: The text, and whether anything was replaced.
    package static func decode(_ bytes: [UInt8]) -> (text: String, hadInvalidEncoding: Bool) {
        let text: String
        let valid: Bool
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
                units.append(littleEndian ? first | second << 8 : first << 8 | second)
                index += 2
            }
            let oddByte = bytes.count % 2 == 1
            if !oddByte, let decoded = String(validating: units, as: UTF16.self) {
                (text, valid) = (decoded, true)
            } else {
                (text, valid) = (String(decoding: units, as: UTF16.self) + (oddByte ? "\u{FFFD}" : ""), false)
            }
        } else {
            // Valid input (the usual case) is decoded once, so a long text is not held twice.
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            if let decoded = String(validating: body, as: UTF8.self) {
                (text, valid) = (decoded, true)
            } else {
                (text, valid) = (String(decoding: body, as: UTF8.self), false)
            }
        }
        return (normalizingLineEndings(text), !valid)
    }

    /// `text` with `\r\n` and lone `\r` replaced by `\n`.
    static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == 0x0D
            bytes.append(previousWasCR ? 0x0A : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// POSIX `read`, named apart from ``read(path:)``.
    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Darwin)
        Darwin.read(descriptor, buffer, count)
        #elseif canImport(Musl)
        Musl.read(descriptor, buffer, count)
        #else
        Glibc.read(descriptor, buffer, count)
        #endif
    }

    private static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EISDIR: "is a directory"
        case EACCES: "permission denied"
        case ELOOP: "too many levels of symbolic links"
        default: String(cString: strerror(code))
        }
    }
}
