import Foundation
import Testing
@testable import LedeEval

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decoding and reading whole texts (issue 8, cases 8 and 9).
@Suite struct TextInputTests {
    @Test func byteOrderMarksChooseTheEncoding() {
        let text = "Größe — 東京\nSecond line."
        var utf16LE: [UInt8] = [0xFF, 0xFE]
        var utf16BE: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            utf16LE += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            utf16BE += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        for bytes in [[0xEF, 0xBB, 0xBF] + Array(text.utf8), utf16LE, utf16BE, Array(text.utf8)] {
            let decoded = TextInput.decode(bytes)
            #expect(decoded.text == text)
            #expect(!decoded.hadInvalidEncoding)
        }
    }

    @Test func invalidSequencesAreReplacedAndFlagged() {
        #expect(TextInput.decode([0x41, 0xFF, 0x42]) == ("A\u{FFFD}B", true))
        // An unpaired surrogate and an odd trailing byte in UTF-16.
        #expect(TextInput.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42]) == ("A\u{FFFD}\u{FFFD}", true))
    }

    @Test func lineEndingsBecomeNewlines() {
        #expect(TextInput.decode(Array("a\rb\r\nc\n\rd\r".utf8)).text == "a\nb\nc\n\nd\n")
        #expect(TextInput.decode(Array("no breaks".utf8)).text == "no breaks")
    }

    @Test func readsAFIFOAndDevNull() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-\(UUID().uuidString).fifo").path
        try #require(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: path) {
                handle.write(Data("Line one.\r\nLine two.".utf8))
                try? handle.close()
            }
        }
        writer.start()
        #expect(try TextInput.read(path: path).text == "Line one.\nLine two.")
        #expect(try TextInput.read(path: "/dev/null").text == "")
    }

    @Test func foldersAndMissingFilesAreNamedErrors() {
        #expect(throws: DatasetError.cannotOpen(path: "/", reason: "is a directory")) { try TextInput.read(path: "/") }
        #expect(throws: DatasetError.cannotOpen(path: "/nonexistent/x.txt", reason: "no such file")) {
            try TextInput.read(path: "/nonexistent/x.txt")
        }
    }
}
