import Foundation
import Testing

@Suite struct SentencesCommandTests {
    static func fixture(_ name: String) -> String {
        LedeExecutable.path("Tests/LedeCLITests/Fixtures/\(name)")
    }

    @Test func splitsEveryCaseOfTheSegmentationList() throws {
        let result = try LedeExecutable.run(["sentences", Self.fixture("segmentation.txt")])
        #expect(result.status == 0)
        let expected = try String(contentsOfFile: Self.fixture("segmentation.expected"), encoding: .utf8)
        let got = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(got.count == want.count)
        for (line, (a, b)) in zip(got, want).enumerated() where a != b {
            Issue.record("line \(line + 1): got \(a.debugDescription), expected \(b.debugDescription)")
        }
    }

    @Test func splitsTokenizedTextAtStandaloneFullStops() throws {
        let text = "marseille , france ( cnn ) the prosecutor said the u.s. team left . he said \" it 's true . \" the end ?"
        let result = try LedeExecutable.run(["sentences"], input: text)
        #expect(result.standardOutput == """
            marseille , france ( cnn ) the prosecutor said the u.s. team left .
            he said " it 's true . "
            the end ?

            """)
    }

    @Test func readsStandardInputAndReportsMissingFiles() throws {
        let fromStdin = try LedeExecutable.run(["sentences"], input: "One here. Two there.")
        #expect(fromStdin.standardOutput == "One here.\nTwo there.\n")
        let missing = try LedeExecutable.run(["sentences", "/nonexistent.txt"])
        #expect(missing.status == 1 && missing.standardError == "lede: /nonexistent.txt: no such file\n")
    }
}
