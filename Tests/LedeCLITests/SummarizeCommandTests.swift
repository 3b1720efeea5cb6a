import Foundation
import Testing

@Suite struct SummarizeCommandTests {
    static let demo = LedeExecutable.path("Datasets/pages/001-marenhaven-storm-gates.txt")

    /// Title, abstract and body lines of a page in the seed's layout (one paragraph per line,
    /// the title right before the abstract).
    static func pageParts(_ path: String) throws -> (title: String, abstract: String, body: String, chrome: [String]) {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let titleIndex = try #require(lines.firstIndex { $0.hasPrefix("Marenhaven Closes") })
        return (lines[titleIndex], lines[titleIndex + 1], lines[(titleIndex + 2)...].joined(separator: "\n"),
                Array(lines[..<titleIndex]))
    }

    @Test func printsThreeSentencesVerbatimFromTheBody() throws {
        let result = try LedeExecutable.run([Self.demo])
        #expect(result.status == 0)
        let sentences = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(sentences.count == 3)
        let page = try Self.pageParts(Self.demo)
        for sentence in sentences {
            #expect(page.body.contains(sentence), "not verbatim from the body: \(sentence)")
            #expect(!page.abstract.contains(sentence) && !page.title.contains(sentence))
            #expect(!page.chrome.contains { $0.contains(sentence) })
        }
        #expect(!result.standardOutput.contains("Original Source"))
    }

    @Test func htmlFormatIsAPageWithTheSummaryOnTop() throws {
        let result = try LedeExecutable.run(["--format", "html", Self.demo])
        #expect(result.status == 0)
        let html = result.standardOutput
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let plain = try LedeExecutable.run([Self.demo]).standardOutput.split(separator: "\n")
        #expect(html.components(separatedBy: "<span class=\"s chosen\"").count - 1 == plain.count)
        #expect(!html.lowercased().contains("http"))
    }

    @Test func readsStandardInputLikeAFile() throws {
        let fromFile = try LedeExecutable.run([Self.demo])
        let fromStdin = try LedeExecutable.run([], input: try Data(contentsOf: URL(fileURLWithPath: Self.demo)))
        #expect(fromStdin.status == 0)
        #expect(fromStdin.standardOutput == fromFile.standardOutput)
    }

    @Test func jsonReportsTitleAbstractAndSelectedSentences() throws {
        let result = try LedeExecutable.run(["--format", "json", Self.demo])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let page = try Self.pageParts(Self.demo)
        #expect(object["title"] as? String == page.title)
        #expect(object["abstract"] as? String == page.abstract)
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        #expect(sentences.count == 3)
        let indices = sentences.compactMap { $0["index"] as? Int }
        #expect(indices == indices.sorted() && Set(indices).count == 3)
        for sentence in sentences {
            let score = try #require(sentence["score"] as? Double)
            #expect(score.isFinite)
            #expect(page.body.contains(try #require(sentence["text"] as? String)))
        }
    }

    @Test func budgetsAreHonoured() throws {
        let two = try LedeExecutable.run(["--sentences", "2", Self.demo])
        #expect(two.standardOutput.split(separator: "\n").count == 2)
        let words = try LedeExecutable.run(["--words", "60", Self.demo])
        let count = words.standardOutput.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        #expect(words.status == 0 && count > 0 && count <= 60)
        let conflicting = try LedeExecutable.run(["--words", "60", "--sentences", "2", Self.demo])
        #expect(conflicting.status != 0)
    }

    @Test(arguments: ["default", "lexrank", "lexrank-continuous", "textrank", "positional", "lead", "lexrank:threshold=0.2"])
    func everyAlgorithmRuns(algorithm: String) throws {
        let result = try LedeExecutable.run(["--algorithm", algorithm, "--format", "json", Self.demo])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardOutput.lowercased().contains("nan"))
    }

    @Test func unknownAlgorithmIsAClearError() throws {
        let result = try LedeExecutable.run(["--algorithm", "magic", Self.demo])
        #expect(result.status != 0)
        #expect(result.standardError.contains("unknown algorithm 'magic'"))
    }

    @Test func explainListsEverySentenceWithScoreAndRank() throws {
        let result = try LedeExecutable.run(["--explain", Self.demo])
        let rows = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix(" *") || $0.hasPrefix("  ") }
        #expect(rows.count > 10)
        #expect(rows.filter { $0.hasPrefix(" *") }.count == 3)
    }

    @Test func sameInputSameOutput() throws {
        let first = try LedeExecutable.run(["--format", "json", "--explain", Self.demo])
        let second = try LedeExecutable.run(["--format", "json", "--explain", Self.demo])
        #expect(first.standardOutput == second.standardOutput)
    }

    @Test func missingFileIsAOneLineError() throws {
        let result = try LedeExecutable.run(["/nonexistent/article.txt"])
        #expect(result.status == 1)
        #expect(result.standardError == "lede: /nonexistent/article.txt: no such file\n")
    }
}
