import Foundation
import Testing

/// `lede rouge` on inputs and options that used to crash it or skew its means (issue 8, cases
/// 2, 3, 6 and 11).
@Suite struct RougeCommandTests {
    static let dataset = LedeExecutable.path("Tests/LedeEvalTests/Fixtures/jsonl/valid.jsonl")

    /// Predictions for the fixture dataset: each article's first sentence.
    static func predictions(in scratch: ScratchFolder) throws -> String {
        var lines: [String] = []
        for line in try String(contentsOfFile: dataset, encoding: .utf8).split(separator: "\n") {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let article = try #require(record["article"] as? String)
            let first = String(article.prefix { $0 != "." }) + "."
            let object: [String: Any] = ["id": try #require(record["id"] as? String), "summary": [first]]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        return try scratch.write("predictions.jsonl", lines.joined(separator: "\n") + "\n")
    }

    @Test func largeROUGEWWeightsAreRefusedNotTrapped() throws {
        let scratch = try ScratchFolder()
        let predictions = try Self.predictions(in: scratch)
        for weight in ["500", "1000", "1e10", "300"] {
            let result = try LedeExecutable.run(["rouge", "--predictions", predictions, "--dataset", Self.dataset,
                                                 "--measures", "rougeW-\(weight)"])
            #expect(result.status == 64, "rougeW-\(weight): status \(result.status)")
            #expect(result.standardError.contains("the weight must be greater than 0 and at most 5"))
        }
        let largest = try LedeExecutable.run(["rouge", "--predictions", predictions, "--dataset", Self.dataset,
                                              "--measures", "rougeW-5", "--format", "json"])
        #expect(largest.status == 0, "\(largest.standardError)")
        #expect(!largest.standardOutput.lowercased().contains("nan"))
    }

    @Test func hugeResampleCountsAreRefused() throws {
        let scratch = try ScratchFolder()
        let predictions = try Self.predictions(in: scratch)
        let result = try LedeExecutable.run(["rouge", "--predictions", predictions, "--dataset", Self.dataset,
                                             "--confidence", "0.95", "--resamples", "100000000000"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--resamples must be between 1 and 1000000 (got 100000000000)"))
        let confidence = try LedeExecutable.run(["rouge", "--predictions", predictions, "--dataset", Self.dataset,
                                                 "--confidence", "1.5"])
        #expect(confidence.status == 64)
        #expect(confidence.standardError.contains("--confidence must be a level"))
        #expect(confidence.standardError.contains("(got 1.5)"))
    }

    @Test func duplicateDatasetIdsAreAnError() throws {
        let scratch = try ScratchFolder()
        let predictions = try Self.predictions(in: scratch)
        let lines = try String(contentsOfFile: Self.dataset, encoding: .utf8).split(separator: "\n")
        let doubled = try scratch.write("doubled.jsonl", (lines + [lines[0]]).joined(separator: "\n") + "\n")
        let result = try LedeExecutable.run(["rouge", "--predictions", predictions, "--dataset", doubled])
        #expect(result.status != 0)
        #expect(result.standardError.contains("\(doubled):\(lines.count + 1): duplicate id \"v1\" (first on line 1)"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aPerItemPathThatIsAFolderIsNamed() throws {
        let scratch = try ScratchFolder()
        let predictions = try Self.predictions(in: scratch)
        let result = try LedeExecutable.run(["rouge", "--predictions", predictions, "--dataset", Self.dataset,
                                             "--per-item", scratch.path])
        #expect(result.status != 0)
        #expect(result.standardError.contains("--per-item \(scratch.path): is a directory"))
        #expect(!result.standardError.contains("NSCocoaErrorDomain"))
    }

    @Test func closedSetsOfValuesAreParsedAndBadDataIsReportedLikeEveryCommand() throws {
        let scratch = try ScratchFolder()
        let predictions = try Self.predictions(in: scratch)
        let profile = try LedeExecutable.run(["rouge", "--predictions", predictions, "--dataset", Self.dataset, "--profile", "nope"])
        #expect(profile.status == 64)
        #expect(profile.standardError.contains("'nope'") && profile.standardError.contains("rouge-score")
            && profile.standardError.contains("perl"))
        let format = try LedeExecutable.run(["rouge", "--predictions", predictions, "--dataset", Self.dataset, "--format", "xml"])
        #expect(format.status == 64)
        #expect(format.standardError.contains("'xml'") && format.standardError.contains("json"))

        let stranger = try scratch.write("stranger.jsonl", #"{"id": "not-in-the-dataset", "summary": ["x"]}"# + "\n")
        let mismatch = try LedeExecutable.run(["rouge", "--predictions", stranger, "--dataset", Self.dataset])
        #expect(mismatch.status == 1)
        #expect(mismatch.standardError.hasPrefix("lede: \(stranger) and \(Self.dataset) do not match:\n"))
        #expect(mismatch.standardOutput.isEmpty)
    }
}
