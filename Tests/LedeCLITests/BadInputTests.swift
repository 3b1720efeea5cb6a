import Foundation
import Testing

/// The `lede` executable on inputs that must not crash it.
@Suite struct BadInputTests {
    @Test(arguments: ["", " ", "\n\n\t  \n"])
    func emptyInputExitsNonZeroWithOneLine(input: String) throws {
        let result = try LedeExecutable.run([], input: input)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "lede: <stdin>: empty input: nothing to summarize\n")
    }

    @Test func invalidUTF8IsReplacedAndStillSummarized() throws {
        var bytes = Array("The river rose overnight and flooded the lower town. ".utf8)
        bytes += [0xFF, 0xFE, 0xC3]
        bytes += Array(" Crews worked until dawn to pump out the streets. Schools stayed closed on Friday.".utf8)
        let result = try LedeExecutable.run([], input: Data(bytes))
        #expect(result.status == 0)
        #expect(result.standardError.contains("invalid UTF-8"))
        #expect(result.standardOutput.contains("Crews worked until dawn"))
    }

    @Test func binaryJunkNeverCrashes() throws {
        var generator = SystemRandomNumberGenerator()
        var junk = [UInt8](repeating: 0, count: 200_000)
        for i in junk.indices { junk[i] = UInt8.random(in: 0...255, using: &generator) }
        let result = try LedeExecutable.run(["--format", "json"], input: Data(junk))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardOutput.lowercased().contains("nan"))
        _ = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    }

    @Test func aTenMegabyteLineNeverCrashes() throws {
        let sentence = "the quick brown fox jumps over the lazy dog while the river keeps rising "
        var line = String(repeating: sentence, count: 10_000_000 / sentence.utf8.count)
        line += "."
        let result = try LedeExecutable.run(["--format", "json"], input: line)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardOutput.lowercased().contains("nan"))
    }

    @Test func oneSentenceIsItsOwnSummary() throws {
        let result = try LedeExecutable.run([], input: "The bridge reopened on Monday after two years of repairs.\n")
        #expect(result.status == 0)
        #expect(result.standardOutput == "The bridge reopened on Monday after two years of repairs.\n")
    }

    @Test func allStopwordTextNeverProducesNaN() throws {
        let text = "It is what it is. And so it was. Then there were they. We are as we were."
        let result = try LedeExecutable.run(["--format", "json", "--explain"], input: text)
        #expect(result.status == 0)
        #expect(!result.standardOutput.lowercased().contains("nan"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect((object["sentences"] as? [Any])?.count == 3)
    }
}
