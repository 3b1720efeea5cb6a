import Foundation
import Testing

@Suite struct EvalCommandTests {
    static let pages = LedeExecutable.path("Datasets/pages")
    static let malformed = LedeExecutable.path("Tests/LedeEvalTests/Fixtures/jsonl/malformed.jsonl")

    @Test func evaluatesAFolderOfPagesAsAMarkdownTable() throws {
        let result = try LedeExecutable.run(["eval", Self.pages, "--systems", "lead-3,default,oracle", "--resamples", "100", "--trials", "200"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first == "\(Self.pages): 13 articles, 3 sentences")
        #expect(lines.contains { $0.hasPrefix("| lead-3 | ") })
        #expect(lines.contains { $0.hasPrefix("| default | ") })
        #expect(lines.contains { $0.hasPrefix("| oracle | ") })
        // Not a terminal: no progress display.
        #expect(result.standardError.isEmpty)
    }

    @Test func jsonReportHasTheDocumentedShape() throws {
        let result = try LedeExecutable.run(["eval", Self.pages, "--systems", "lead-3", "default", "--format", "json",
                                             "--resamples", "50", "--trials", "50"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["articles"] as? Int == 13)
        let systems = try #require(object["systems"] as? [[String: Any]])
        #expect(systems.map { $0["name"] as? String } == ["lead-3", "default"])
        let lsum = try #require(systems[1]["rougeLsum"] as? [String: Any])
        #expect((lsum["fmeasure"] as? Double).map { $0 > 0 && $0 < 1 } == true)
    }

    @Test func outputsAreWrittenForRescoring() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-eval-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try LedeExecutable.run(["eval", Self.pages, "--systems", "lead-3,lexrank:threshold=0.2",
                                             "--outputs", folder, "--resamples", "10", "--trials", "10"])
        #expect(result.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files == ["lead-3.jsonl", "lexrank_threshold_0.2.jsonl"])
        let lines = try String(contentsOfFile: folder + "/lead-3.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 13)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect((first["summary"] as? [String])?.count == 3)
    }

    @Test func malformedDatasetLinesNameFileAndLine() throws {
        let strict = try LedeExecutable.run(["eval", Self.malformed, "--systems", "lead-3"])
        #expect(strict.status == 1)
        #expect(strict.standardError == "lede: \(Self.malformed):2: invalid JSON\n")

        let lenient = try LedeExecutable.run(["eval", Self.malformed, "--systems", "lead-3", "--skip-invalid",
                                              "--resamples", "10", "--trials", "10"])
        #expect(lenient.status == 0)
        #expect(lenient.standardError.contains("\(Self.malformed):4: missing \"article\" (or \"text\")"))
        #expect(lenient.standardError.contains("3 malformed record(s) skipped"))
    }

    @Test func unknownSystemsAndBaselinesAreErrors() throws {
        let system = try LedeExecutable.run(["eval", Self.pages, "--systems", "lead-3,magic"])
        #expect(system.status == 1)
        #expect(system.standardError.contains("unknown algorithm 'magic'"))
        let baseline = try LedeExecutable.run(["eval", Self.pages, "--systems", "default", "--baseline", "lead-5"])
        #expect(baseline.standardError == "lede: the baseline 'lead-5' is not among the systems\n")
    }
}

@Suite struct EvalHTMLOptionTests {
    @Test func htmlReportIsOneSelfContainedFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try LedeExecutable.run(["eval", EvalCommandTests.pages, "--systems", "lead-3,default",
                                             "--resamples", "20", "--trials", "20", "--html", path, "--html-articles", "5"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("| default | "))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.lowercased().contains("http"))
        #expect(!html.contains("src=") && !html.contains("href="))
        #expect(html.components(separatedBy: "<article class=\"item\"").count - 1 == 5)
    }

    @Test func negativeArticleLimitIsRefused() throws {
        let result = try LedeExecutable.run(["eval", EvalCommandTests.pages, "--html", "x.html", "--html-articles", "-1"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("--html-articles"))
    }
}
