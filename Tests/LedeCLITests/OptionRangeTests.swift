import Foundation
import Testing

/// Every option is range-checked, with an error naming the option, the value and what is
/// allowed (issue 8, case 11).
@Suite struct OptionRangeTests {
    static let page = LedeExecutable.path("Datasets/pages/001-marenhaven-storm-gates.txt")
    static let dataset = LedeExecutable.path("Tests/LedeEvalTests/Fixtures/jsonl/valid.jsonl")

    /// Runs `lede`, expecting exit status 64 (a usage error) and a message with every part of `message`.
    static func expectRejected(_ arguments: [String], _ message: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try LedeExecutable.run(arguments)
        #expect(result.status != 0 && result.status < 128, "\(arguments): status \(result.status)", sourceLocation: sourceLocation)
        #expect(result.standardOutput.isEmpty, sourceLocation: sourceLocation)
        for part in message {
            #expect(result.standardError.contains(part), "\(arguments): \(result.standardError)", sourceLocation: sourceLocation)
        }
    }

    @Test func negativeNumbersAreOutOfRangeNotMissing() throws {
        try Self.expectRejected(["--sentences", "-1", Self.page], ["--sentences must be at least 1 (got -1)"])
        try Self.expectRejected(["--words", "-5", Self.page], ["--words must be at least 1 (got -5)"])
        try Self.expectRejected(["--threads", "-1", "--jsonl", Self.dataset], ["--threads must be at least 1 (got -1)"])
        try Self.expectRejected(["eval", Self.dataset, "--limit", "-3"], ["--limit must be at least 1 (got -3)"])
        try Self.expectRejected(["idf", Self.dataset, "-o", "/dev/null", "--minimum-document-frequency", "-2"],
                                ["--minimum-document-frequency must be at least 1 (got -2)"])
    }

    @Test func algorithmOptionsAreRangeChecked() throws {
        try Self.expectRejected(["--algorithm", "positional:preceding=1e308", Self.page], ["'preceding' must be between -1000 and 1000", "1e+308"])
        try Self.expectRejected(["--algorithm", "lexrank:threshold=-1", Self.page], ["'threshold' must be between 0 and 1 (got -1)"])
        try Self.expectRejected(["--algorithm", "lexrank:threshold=2", Self.page], ["'threshold' must be between 0 and 1 (got 2)"])
        try Self.expectRejected(["--algorithm", "default:length=1e300", Self.page], ["'length' must be between 1 and 100000"])
        try Self.expectRejected(["--algorithm", "lexrank:threshold=0.1,threshold=0.3", Self.page], ["'threshold' is given more than once"])
    }

    @Test func evalOptionsAreRangeChecked() throws {
        try Self.expectRejected(["eval", Self.dataset, "--confidence", "1.5"], ["--confidence", "(got 1.5)"])
        try Self.expectRejected(["eval", Self.dataset, "--resamples", "100000000000"], ["--resamples must be between 1 and 1000000 (got 100000000000)"])
        let duplicate = try LedeExecutable.run(["eval", Self.dataset, "--systems", "lead-3,default,default"])
        #expect(duplicate.status == 1)
        #expect(duplicate.standardError.contains("--systems: 'default' is given more than once"))
        #expect(duplicate.standardOutput.isEmpty)

        let scratch = try ScratchFolder()
        let timing = try scratch.write("timing.json", #"{"peers": {"slow": {"mean_seconds_per_article": 1e308}}}"#)
        let predictions = try scratch.write("slow.jsonl", "")
        let result = try LedeExecutable.run(["eval", Self.dataset, "--systems", "lead-3", "--predictions", "slow=\(predictions)", "--timing", timing])
        #expect(result.status == 1)
        #expect(result.standardError.contains("mean_seconds_per_article must be between 0 and 86400 (got 1e+308)"))
        #expect(!result.standardOutput.contains("inf"))
    }

    @Test func anOutputFileThatIsAFolderIsNamed() throws {
        let scratch = try ScratchFolder()
        let result = try LedeExecutable.run(["idf", Self.dataset, "--output", scratch.path, "--minimum-document-frequency", "1"])
        #expect(result.status == 1)
        #expect(result.standardError == "lede: \(scratch.path): is a directory\n")
    }

    @Test func anIDFModelWithCRLFLineEndingsLoads() throws {
        let scratch = try ScratchFolder()
        let model = try scratch.write("news.idf", "lede-idf 1 40\r\nharbour\t3\r\nstorm\t5\r\nbarrier\t2\r\n")
        let result = try LedeExecutable.run(["--idf", model, Self.page])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.split(separator: "\n").count == 3)
    }
}
