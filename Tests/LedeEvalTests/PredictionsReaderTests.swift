import Foundation
import Testing
@testable import LedeEval

@Suite struct PredictionsReaderTests {
    @Test func readsSentenceListsAndStrings() throws {
        let path = try Fixtures.temporaryFile("""
            {"id": "a", "summary": ["First sentence.", "Second one."], "system": "lead-3"}

            {"id": 42, "summary": "One string\\nwith two lines."}
            {"id": "c", "summary": []}
            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try PredictionsReader(path: path).readAll() == [
            Prediction(id: "a", sentences: ["First sentence.", "Second one."]),
            Prediction(id: "42", sentences: ["One string\nwith two lines."]),
            Prediction(id: "c", sentences: []),
        ])
    }

    @Test(arguments: [
        ("{\"id\": \"a\", \"summary\": [\"x\"", "invalid JSON"),
        ("[\"a\", \"b\"]", "expected a JSON object"),
        ("{\"summary\": \"x\"}", "missing \"id\""),
        ("{\"id\": [1], \"summary\": \"x\"}", "\"id\" must be a string or a number"),
        ("{\"id\": true, \"summary\": \"x\"}", "\"id\" must be a string or a number"),
        ("{\"id\": \"a\"}", "missing \"summary\""),
        ("{\"id\": \"a\", \"summary\": [\"x\", 3]}", "\"summary\" must be a string or a list of strings"),
        ("{\"id\": \"a\", \"summary\": {\"text\": \"x\"}}", "\"summary\" must be a string or a list of strings"),
    ])
    func malformedLinesAreReportedWithFileAndLine(line: String, reason: String) throws {
        let path = try Fixtures.temporaryFile("{\"id\": \"ok\", \"summary\": \"fine\"}\n" + line + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try PredictionsReader(path: path)
        #expect(try reader.next()?.id == "ok")
        #expect(throws: DatasetError.malformed(path: path, line: 2, reason: reason)) { try reader.next() }
    }

    @Test func duplicateIdsAreErrors() throws {
        let path = try Fixtures.temporaryFile("""
            {"id": "a", "summary": "x"}
            {"id": "b", "summary": "y"}
            {"id": "a", "summary": "z"}
            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: DatasetError.malformed(path: path, line: 3, reason: "duplicate id \"a\" (first on line 1)")) {
            try PredictionsReader(path: path).readAll()
        }
        #expect(DatasetError.malformed(path: path, line: 3, reason: "r").description == "\(path):3: r")
    }

    @Test func missingFileIsAClearError() {
        #expect(throws: DatasetError.cannotOpen(path: "/nonexistent/predictions.jsonl", reason: "no such file")) {
            _ = try PredictionsReader(path: "/nonexistent/predictions.jsonl")
        }
    }
}
