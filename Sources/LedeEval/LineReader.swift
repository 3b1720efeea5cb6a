import CZlib

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a text file line by line, transparently decompressing gzip.
///
/// Plain and gzip-compressed files (including concatenated gzip members) go through the same
/// path: zlib's `gzread` passes uncompressed input through unchanged. Memory stays constant
/// whatever the file size: the reader keeps one buffer and one line at a time. A gzip stream
/// cut short (before its end marker and checksum) is an error, never a silently shorter file.
///
/// ```swift
/// let reader = try LineReader(path: "validation.jsonl.gz")
/// while let line = try reader.next() {
///     print(reader.lineNumber, line.count)
/// }
/// ```
package final class LineReader {
    /// The path being read, or `"<stdin>"`.
    package let path: String
    /// The 1-based number of the line last returned by ``next()``; 0 before the first call.
    package private(set) var lineNumber = 0

    private var file: gzFile?
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEOF = false

    /// Opens the file at `path` for reading.
    ///
    /// - Throws: ``DatasetError/cannotOpen(path:reason:)`` when the file cannot be opened.
    package init(path: String, bufferSize: Int = 1 << 16) throws {
        self.path = path
        self.buffer = [UInt8](repeating: 0, count: max(bufferSize, 1024))
        guard let handle = gzopen(path, "rb") else {
            throw DatasetError.cannotOpen(path: path, reason: LineReader.describeOpenFailure(path))
        }
        _ = gzbuffer(handle, UInt32(1 << 17))
        self.file = handle
    }

    /// Reads standard input.
    package init(bufferSize: Int = 1 << 16) throws {
        self.path = "<stdin>"
        self.buffer = [UInt8](repeating: 0, count: max(bufferSize, 1024))
        let descriptor = dup(0)
        guard descriptor >= 0, let handle = gzdopen(descriptor, "rb") else {
            throw DatasetError.cannotOpen(path: "<stdin>", reason: "cannot read standard input")
        }
        self.file = handle
    }

    deinit {
        if let file { gzclose(file) }
    }

    /// Returns the next line without its terminator (`\n` or `\r\n`), or `nil` at the end.
    ///
    /// Invalid UTF-8 is decoded with replacement characters.
    /// - Throws: ``DatasetError/readFailed(path:reason:)`` on an I/O or decompression error.
    package func next() throws -> String? {
        guard let bytes = try nextBytes() else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Returns the next line as raw bytes, without its terminator, or `nil` at the end.
    package func nextBytes() throws -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if start < end {
                let found: Int? = buffer.withUnsafeBufferPointer { pointer in
                    guard let base = pointer.baseAddress, let hit = memchr(base + start, 0x0A, end - start) else {
                        return nil
                    }
                    return UnsafeRawPointer(base).distance(to: hit)
                }
                if let newline = found {
                    line.append(contentsOf: buffer[start..<newline])
                    start = newline + 1
                    return finish(line)
                }
                line.append(contentsOf: buffer[start..<end])
                start = end
            }
            if atEOF {
                return line.isEmpty ? nil : finish(line)
            }
            try refill()
        }
    }

    private func finish(_ line: [UInt8]) -> [UInt8] {
        lineNumber += 1
        if line.last == 0x0D { return Array(line.dropLast()) }
        return line
    }

    private func refill() throws {
        guard let file else { atEOF = true; return }
        let count = buffer.withUnsafeMutableBytes { raw in
            gzread(file, raw.baseAddress, UInt32(raw.count))
        }
        if count < 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
            throw DatasetError.readFailed(path: path, reason: message)
        }
        if count == 0 {
            var code: Int32 = 0
            _ = gzerror(file, &code)
            if code == Z_BUF_ERROR {
                throw DatasetError.readFailed(path: path, reason: "truncated gzip data (the stream ends before its end marker)")
            }
            atEOF = true
        }
        start = 0
        end = Int(count)
    }

    private static func describeOpenFailure(_ path: String) -> String {
        var info = stat()
        if stat(path, &info) != 0 { return "no such file" }
        if (info.st_mode & S_IFMT) == S_IFDIR { return "is a directory" }
        return "cannot open for reading"
    }
}
