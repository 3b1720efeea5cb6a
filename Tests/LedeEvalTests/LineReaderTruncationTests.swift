import CZlib
import Foundation
import Testing
@testable import LedeEval

/// A gzip stream cut short is an error, never a shorter file (issue 8, case 4).
@Suite struct LineReaderTruncationTests {
    static func gzipBytes(_ text: String) throws -> Data {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-\(UUID().uuidString).gz").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try #require(gzopen(path, "wb"))
        var bytes = Array(text.utf8)
        #expect(Int(gzwrite(file, &bytes, UInt32(bytes.count))) == bytes.count)
        gzclose(file)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    static func readAll(_ bytes: Data) throws -> [String] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-\(UUID().uuidString).gz").path
        try bytes.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try LineReader(path: path)
        var lines: [String] = []
        while let line = try reader.next() { lines.append(line) }
        return lines
    }

    @Test func aCompleteStreamReadsWhole() throws {
        let text = (1...2000).map { "line \($0) of the file" }.joined(separator: "\n") + "\n"
        #expect(try Self.readAll(try Self.gzipBytes(text)).count == 2000)
    }

    @Test(arguments: [0.5, 0.9])
    func aStreamCutShortIsAReadError(share: Double) throws {
        let text = (1...2000).map { "line \($0) of the file" }.joined(separator: "\n") + "\n"
        let bytes = try Self.gzipBytes(text)
        let cut = bytes.prefix(Int(Double(bytes.count) * share))
        #expect(throws: DatasetError.self) { try Self.readAll(Data(cut)) }
    }

    @Test func aStreamWithoutItsTrailerIsAReadError() throws {
        let bytes = try Self.gzipBytes("one\ntwo\nthree\n")
        #expect(throws: DatasetError.self) { try Self.readAll(Data(bytes.dropLast(8))) }
        #expect(throws: DatasetError.self) { try Self.readAll(Data([0x1F, 0x8B])) }
    }
}
