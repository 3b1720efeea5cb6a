import Foundation
import Testing
@testable import LedeEval

@Suite struct JSONLArticleReaderTests {
    @Test func readsSchemaAndMinimalForms() throws {
        let path = try Fixtures.temporaryFile("""
            {"id": "a", "title": "T", "article": "Body one.", "references": [["R1 s1.", "R1 s2."], ["R2."]], "source": "x"}

            {"id": 7, "text": "Only text."}
            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let records = try JSONLArticleReader(path: path).readAll()
        #expect(records == [
            ArticleRecord(id: "a", title: "T", article: "Body one.", references: [["R1 s1.", "R1 s2."], ["R2."]], source: "x"),
            ArticleRecord(id: "7", article: "Only text."),
        ])
    }

    @Test func readsTheLanguageFieldOnBothPaths() throws {
        let fast = Array(#"{"id": "a", "article": "Texte.", "language": "FR"}"#.utf8)
        #expect(JSONLArticleReader.scan(fast)?.language?.code == "fr")
        #expect(try JSONLArticleReader.decode(fast).language?.code == "fr")
        #expect(try JSONLArticleReader.decode(Array(#"{"id": "b", "text": "Text.", "language": null}"#.utf8)).language == nil)
        #expect(throws: JSONLineObject.Problem.self) {
            try JSONLArticleReader.decode(Array(#"{"id": "c", "text": "Text.", "language": ["fr"]}"#.utf8))
        }
        #expect(throws: JSONLineObject.Problem.self) {
            try JSONLArticleReader.decode(Array(#"{"id": "d", "text": "Text.", "language": "zz"}"#.utf8))
        }
    }

    @Test func reportsMalformedLineWithFileAndLine() throws {
        let path = try Fixtures.temporaryFile("""
            {"id": "a", "article": "ok"}
            {"id": "b", "article": "cut
            {"id": "c", "references": [["x"]]}
            {"id": "d", "article": "ok", "references": ["not a list"]}
            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try JSONLArticleReader(path: path)
        #expect(try reader.next()?.id == "a")
        #expect(throws: DatasetError.malformed(path: path, line: 2, reason: "invalid JSON")) { try reader.next() }

        let skipping = try JSONLArticleReader(path: path, skipInvalid: true)
        #expect(try skipping.readAll().map(\.id) == ["a"])
        #expect(skipping.skipped == [
            .malformed(path: path, line: 2, reason: "invalid JSON"),
            .malformed(path: path, line: 3, reason: "missing \"article\" (or \"text\")"),
            .malformed(path: path, line: 4, reason: "\"references\" must be a list of lists of strings"),
        ])
        #expect(skipping.skipped[0].description == "\(path):2: invalid JSON")
    }
}
