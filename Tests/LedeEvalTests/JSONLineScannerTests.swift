import Foundation
import Testing
@testable import LedeEval

/// The readers' fast path (`JSONLineScanner`) must read every line it accepts exactly as the
/// Foundation path does, and leave everything else (errors included) to it.
@Suite struct JSONLineScannerTests {
    /// Lines the fast path reads itself.
    static let usual = [
        #"{"id": "a", "title": "T", "article": "Body one.", "references": [["R1 s1.", "R1 s2."], ["R2."]], "source": "x"}"#,
        #"{"id":"b","article":"x","references":[],"title":null,"source":null}"#,
        #"  {"id": "c", "summary": "Only text.", "extra": {"n": [1, -2.5, 0, true, false, null, {}, []]}}  "#,
        #"{"id": "d", "article": "caf\u00e9 \"quoted\" \\ \/ \b\f\n\r\t \ud83d\ude00 ok", "references": [["na\u00efve"]]}"#,
        "{\"id\": \"é\", \"article\": \"Zoë’s café 😀 東京\", \"references\": [[\"Ünïcode\"]], \"source\": 3}",
        #"{"id": "f", "article": "x", "references": null}"#,
        #"{"id": "g", "summary": ["First.", "Second."], "system": "lead-3"}"#,
        #"{"id": "h", "summary": "One string\nwith two lines."}"#,
        #"{"id": "i", "summary": []}"#,
        #"{"id": "j", "summary": "", "score": 0.125, "rank": 12}"#,
    ]

    /// Lines the fast path leaves to Foundation (valid or not).
    static let unusual = [
        #"{"id": 7, "text": "number id"}"#,
        #"{"id": "a", "summary": ["x"]"#,
        #"["a", "b"]"#,
        #"{"summary": "x"}"#,
        #"{"id": "a", "article": "x", "references": ["not a list"]}"#,
        #"{"id": "a", "article": "x", "id": "b", "summary": "y"}"#,
        #"{"i\u0064": "a", "article": "x", "summary": "y"}"#,
        #"{"id": "a", "article": "lone \ud800 surrogate", "summary": "y"}"#,
        #"{"id": "a", "article": "x", "summary": "y", "n": 1e5}"#,
        #"{"id": "a", "article": "x", "summary": "y", "n": 01}"#,
        #"{"id": "a", "article": "x", "summary": "y",}"#,
        #"{"id": "a", "article": "x", "summary": "y"} trailing"#,
        #"{"id": "a", "article": null, "text": "t", "summary": ["x", 3]}"#,
        #"{"id": "a", "title": 5, "article": "x", "summary": {"text": "x"}}"#,
    ]

    @Test(arguments: usual + unusual)
    func fastPathAgreesWithFoundation(line: String) throws {
        let bytes = Array(line.utf8)
        let foundation = try? JSONLineObject(bytes)
        if let record = JSONLArticleReader.scan(bytes) {
            #expect(try JSONLArticleReader.decode(#require(foundation)) == record)
        }
        if let prediction = PredictionsReader.scan(bytes) {
            #expect(try PredictionsReader.decode(#require(foundation)) == prediction)
        }
    }

    @Test func fastPathReadsTheUsualLines() {
        for line in JSONLineScannerTests.usual {
            let bytes = Array(line.utf8)
            #expect(JSONLArticleReader.scan(bytes) != nil || PredictionsReader.scan(bytes) != nil, "\(line)")
        }
        for line in JSONLineScannerTests.unusual {
            let bytes = Array(line.utf8)
            #expect(JSONLArticleReader.scan(bytes) == nil && PredictionsReader.scan(bytes) == nil, "\(line)")
        }
    }

    @Test func datasetKeysItDoesNotReadAreLeftToFoundation() {
        let line = Array(#"{"id": "a", "article": "x", "meta": {"human_label": 5}}"#.utf8)
        #expect(JSONLArticleReader.scan(line) == nil)
        // "language" is read on the fast path too.
        #expect(JSONLArticleReader.scan(Array(#"{"id": "a", "article": "x", "language": "fr"}"#.utf8))?.language?.code == "fr")
        #expect(JSONLArticleReader.scan(Array(#"{"id": "a", "text": "x"}"#.utf8)) == ArticleRecord(id: "a", article: "x"))
    }

    @Test func invalidUTF8IsLeftToFoundation() {
        let bytes = Array(#"{"id": "a", "summary": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(PredictionsReader.scan(bytes) == nil)
    }

    @Test func escapesAreDecoded() throws {
        let line = #"{"id": "a", "summary": ["caf\u00e9 \"q\" \ud83d\ude00\ttab"]}"#
        #expect(PredictionsReader.scan(Array(line.utf8))?.sentences == ["café \"q\" 😀\ttab"])
    }
}

/// The fast path on real records: the first lines of every shared dataset read alike both ways.
@Suite(.enabled(if: SharedDatasets.available, "needs the shared datasets (../shared/datasets or $LEDE_DATASETS)"))
struct JSONLineScannerDatasetTests {
    @Test(arguments: SharedDatasets.files)
    func datasetLinesReadAlike(file: String) throws {
        let lines = try LineReader(path: SharedDatasets.root + "/" + file)
        var read = 0
        while read < 300, let line = try lines.nextBytes() {
            let fast = try #require(JSONLArticleReader.scan(line), "\(file):\(lines.lineNumber)")
            #expect(try JSONLArticleReader.decode(JSONLineObject(line)) == fast, "\(file):\(lines.lineNumber)")
            read += 1
        }
        #expect(read == 300)
    }
}
