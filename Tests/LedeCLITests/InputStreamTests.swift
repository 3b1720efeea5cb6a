import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Any readable stream is an input, and text in any common line-ending or byte-order-mark form
/// reads the same (issue 8, cases 8 and 9).
@Suite struct InputStreamTests {
    static let page = LedeExecutable.path("Datasets/pages/001-marenhaven-storm-gates.txt")
    static func pageBytes() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: page)) }

    // MARK: - Case 8: streams

    @Test func devStdinFromAPipeIsRead() throws {
        let expected = try LedeExecutable.run([Self.page])
        let piped = try LedeExecutable.run(["/dev/stdin"], pipedInput: try Self.pageBytes())
        #expect(piped.status == 0, "\(piped.standardError)")
        #expect(piped.standardOutput == expected.standardOutput)
        let sentences = try LedeExecutable.run(["sentences", "/dev/stdin"], pipedInput: try Self.pageBytes())
        #expect(sentences.status == 0)
        #expect(sentences.standardOutput.split(separator: "\n").count > 10)
    }

    @Test func aFIFOIsRead() throws {
        let scratch = try ScratchFolder()
        let fifo = scratch.file("article.fifo")
        try #require(mkfifo(fifo, 0o600) == 0)
        let bytes = try Self.pageBytes()
        signal(SIGPIPE, SIG_IGN)
        let writer = Thread {
            // Opening for writing waits for lede to open the FIFO for reading.
            if let handle = FileHandle(forWritingAtPath: fifo) {
                try? handle.write(contentsOf: bytes)
                try? handle.close()
            }
        }
        writer.start()
        let expected = try LedeExecutable.run([Self.page])
        let result = try LedeExecutable.run([fifo])
        // Release the writer if lede never opened the FIFO.
        close(open(fifo, O_RDONLY | O_NONBLOCK))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == expected.standardOutput)
    }

    @Test func devNullIsEmptyInput() throws {
        let result = try LedeExecutable.run(["/dev/null"])
        #expect(result.status == 1)
        #expect(result.standardError == "lede: /dev/null: empty input: nothing to summarize\n")
    }

    // MARK: - Case 9: line endings and byte order marks

    @Test func loneCarriageReturnsReadLikeNewlines() throws {
        let expected = try LedeExecutable.run([Self.page])
        let text = String(decoding: try Self.pageBytes(), as: UTF8.self)
        for ending in ["\r", "\r\n"] {
            let result = try LedeExecutable.run([], input: text.replacingOccurrences(of: "\n", with: ending))
            #expect(result.status == 0)
            #expect(result.standardOutput == expected.standardOutput, "line ending \(ending.debugDescription)")
            #expect(!result.standardOutput.contains("\r"))
        }
    }

    @Test func byteOrderMarksAreHonoured() throws {
        let expected = try LedeExecutable.run([Self.page])
        let text = String(decoding: try Self.pageBytes(), as: UTF8.self)
        var utf16LE = Data([0xFF, 0xFE])
        var utf16BE = Data([0xFE, 0xFF])
        for unit in text.utf16 {
            utf16LE.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
            utf16BE.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)])
        }
        let utf8 = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        for (name, input) in [("UTF-8", utf8), ("UTF-16LE", utf16LE), ("UTF-16BE", utf16BE)] {
            let result = try LedeExecutable.run([], input: input)
            #expect(result.status == 0, "\(name): \(result.standardError)")
            #expect(result.standardOutput == expected.standardOutput, "\(name)")
            #expect(result.standardError.isEmpty, "\(name): \(result.standardError)")
        }
        let bomFirst = try LedeExecutable.run(["sentences"], input: Data([0xEF, 0xBB, 0xBF]) + Data("One sentence here. Two.".utf8))
        #expect(bomFirst.standardOutput == "One sentence here.\nTwo.\n")
    }
}
