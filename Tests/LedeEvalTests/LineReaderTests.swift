import CZlib
import Foundation
import Testing
@testable import LedeEval

@Suite struct LineReaderTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("lede-\(UUID().uuidString)-\(name)").path
    }

    private func writeGzip(_ text: String, to path: String) throws {
        guard let file = gzopen(path, "wb") else { throw DatasetError.cannotOpen(path: path, reason: "test") }
        var bytes = Array(text.utf8)
        let written = gzwrite(file, &bytes, UInt32(bytes.count))
        gzclose(file)
        #expect(Int(written) == bytes.count)
    }

    @Test func readsPlainTextWithCRLFAndNoFinalNewline() throws {
        let path = temporaryPath("plain.txt")
        try "one\r\ntwo\n\nfour".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try LineReader(path: path)
        var lines: [String] = []
        while let line = try reader.next() { lines.append(line) }
        #expect(lines == ["one", "two", "", "four"])
        #expect(reader.lineNumber == 4)
    }

    @Test func readsGzipAcrossBufferBoundaries() throws {
        let path = temporaryPath("lines.gz")
        let expected = (0..<5_000).map { "line \($0) " + String(repeating: "x", count: $0 % 97) }
        try writeGzip(expected.joined(separator: "\n") + "\n", to: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try LineReader(path: path, bufferSize: 1024)
        var lines: [String] = []
        while let line = try reader.next() { lines.append(line) }
        #expect(lines == expected)
    }

    @Test func missingFileIsAClearError() {
        #expect(throws: DatasetError.cannotOpen(path: "/nonexistent/lede.jsonl", reason: "no such file")) {
            _ = try LineReader(path: "/nonexistent/lede.jsonl")
        }
    }
}
