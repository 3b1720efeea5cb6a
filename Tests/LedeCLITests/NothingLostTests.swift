import Foundation
import Testing

/// Bad records and bad files are reported and passed over; everything else is still written
/// (issue 8, cases 1, 4, 5 and 7).
@Suite struct NothingLostTests {
    static let pageA = LedeExecutable.path("Datasets/pages/001-marenhaven-storm-gates.txt")
    static let pageB = LedeExecutable.path("Datasets/pages/002-westmarch-rent-cap.txt")

    static func record(_ id: String, _ article: String) -> String {
        let object = ["id": id, "article": article]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    static func article(_ n: Int) -> String {
        "The council of town \(n) voted on Monday to rebuild the old bridge. "
            + "Work on the bridge in town \(n) will start in the spring and last two years. "
            + "Residents of town \(n) said the crossing had been closed since the floods."
    }

    /// The ids of the summary lines `lede --jsonl` wrote, in order.
    static func ids(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
    }

    // MARK: - Case 1: a record too big to summarize

    @Test func aGiantRecordDoesNotLoseTheRecordsAroundIt() throws {
        let scratch = try ScratchFolder()
        var lines = (1...600).map { Self.record("r\($0)", Self.article($0)) }
        let giant = String(repeating: "The harbour gates were closed on Tuesday night as the storm arrived. ", count: 100_000)
        lines.append(Self.record("giant", giant))
        lines += (601...620).map { Self.record("r\($0)", Self.article($0)) }
        let path = try scratch.write("big.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try LedeExecutable.run(["--jsonl", path])
        #expect(result.status == 0 || result.status == 1, "lede died (status \(result.status)): \(result.standardError)")
        let written = Self.ids(result.standardOutput)
        let expected = (1...620).map { "r\($0)" }
        // The giant record is either summarized in its place or reported as file:line and skipped.
        if written.contains("giant") {
            #expect(written == Array(expected[..<600]) + ["giant"] + Array(expected[600...]))
        } else {
            #expect(written == expected)
            #expect(result.standardError.contains("\(path):601:"))
            #expect(result.status == 1)
        }
    }

    // MARK: - Case 4: truncated gzip

    /// A gzip file of `records` cut to its first half, and one holding only the magic bytes.
    static func truncatedGzipFiles(in scratch: ScratchFolder, records: [String]) throws -> (whole: String, cut: String, magic: String) {
        let plain = try scratch.write("data.jsonl", records.joined(separator: "\n") + "\n")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-k", plain]
        try gzip.run()
        gzip.waitUntilExit()
        let whole = plain + ".gz"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: whole))
        let cut = try scratch.write("cut.jsonl.gz", bytes.prefix(bytes.count / 2))
        let magic = try scratch.write("magic.jsonl.gz", Data([0x1F, 0x8B]))
        return (whole, cut, magic)
    }

    static func datasetRecord(_ n: Int) -> String {
        let object: [String: Any] = ["id": "d\(n)", "article": article(n), "references": [["The bridge in town \(n) will be rebuilt."]]]
        return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func aTruncatedGzipFileIsAnErrorNamingTheFile() throws {
        let scratch = try ScratchFolder()
        let files = try Self.truncatedGzipFiles(in: scratch, records: (1...400).map(Self.datasetRecord))
        let whole = try LedeExecutable.run(["--jsonl", files.whole])
        #expect(whole.status == 0)
        #expect(Self.ids(whole.standardOutput).count == 400)
        for file in [files.cut, files.magic] {
            let summarized = try LedeExecutable.run(["--jsonl", file])
            #expect(summarized.status == 1)
            #expect(summarized.standardError.contains("\(file): read error: truncated gzip"))
            let evaluated = try LedeExecutable.run(["eval", file, "--systems", "lead-3"])
            #expect(evaluated.status == 1)
            #expect(evaluated.standardError.contains("\(file): read error: truncated gzip"))
            let counted = try LedeExecutable.run(["idf", file, "--output", scratch.file("model.idf")])
            #expect(counted.status == 1)
            #expect(counted.standardError.contains("\(file): read error: truncated gzip"))
        }
    }

    // MARK: - Case 5: one bad file does not stop the rest

    @Test func everyInputIsSummarizedAndEachFailureReported() throws {
        let scratch = try ScratchFolder()
        let empty = try scratch.write("empty.txt", "")
        let missing = scratch.file("missing.txt")
        let text = try LedeExecutable.run([Self.pageA, empty, missing, Self.pageB])
        #expect(text.status == 1)
        #expect(text.standardOutput.contains("==> \(Self.pageA) <=="))
        #expect(text.standardOutput.contains("==> \(Self.pageB) <=="))
        #expect(text.standardError.contains("\(empty): empty input"))
        #expect(text.standardError.contains("\(missing): no such file"))

        let json = try LedeExecutable.run(["--format", "json", Self.pageA, empty, Self.pageB])
        #expect(json.status == 1)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(reports.map { $0["file"] as? String } == [Self.pageA, Self.pageB])
    }

    @Test func everyJSONLFileIsSummarizedAndEachFailureReported() throws {
        let scratch = try ScratchFolder()
        let a = try scratch.write("a.jsonl", Self.record("a1", Self.article(1)) + "\n")
        let b = try scratch.write("b.jsonl", Self.record("b1", Self.article(2)) + "\n")
        let missing = scratch.file("nonexistent.jsonl")
        let result = try LedeExecutable.run(["--jsonl", a, missing, b])
        #expect(result.status == 1)
        #expect(Self.ids(result.standardOutput) == ["a1", "b1"])
        #expect(result.standardError.contains("\(missing): no such file"))
    }

    // MARK: - Case 7: JSONL records

    @Test func invalidUTF8InARecordIsReplacedWithAWarning() throws {
        var bytes = Array(Self.record("u1", Self.article(1)).utf8)
        let quote = try #require(bytes.firstIndex(of: UInt8(ascii: "T")))
        bytes.insert(0xFF, at: quote)
        let input = Data(bytes + Array(("\n" + Self.record("u2", Self.article(2)) + "\n").utf8))
        let result = try LedeExecutable.run(["--jsonl"], input: input)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(Self.ids(result.standardOutput) == ["u1", "u2"])
        #expect(result.standardError.contains("<stdin>:1: invalid UTF-8 replaced with U+FFFD"))
    }

    @Test func aBooleanIdIsRejected() throws {
        let input = #"{"id": true, "article": "The bridge reopened on Monday after two years of repairs."}"# + "\n"
        let result = try LedeExecutable.run(["--jsonl"], input: input)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("<stdin>:1: \"id\" must be a string or a number"))
    }

    @Test func anEmptyArticleIsAnErrorLikeEmptyText() throws {
        let input = [#"{"id": "e", "article": ""}"#, #"{"id": "w", "article": " \n "}"#, Self.record("ok", Self.article(3))]
            .joined(separator: "\n") + "\n"
        let result = try LedeExecutable.run(["--jsonl"], input: input)
        #expect(result.status == 1)
        #expect(Self.ids(result.standardOutput) == ["ok"])
        #expect(result.standardError.contains("<stdin>:1: empty article: nothing to summarize"))
        #expect(result.standardError.contains("<stdin>:2: empty article: nothing to summarize"))
    }
}
