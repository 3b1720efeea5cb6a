import Foundation
import Testing

/// `--language`, the `"language"` field of JSONL records and detection, from the command line.
@Suite struct LanguageCommandTests {
    static let chinese = "香港政府周一宣布新的防洪计划。该计划耗资二十亿港元，将在明年动工。工程包括扩建排水隧道和新建蓄洪池。政府表示，计划完成后可大幅减少市区水浸。"
    static let french = """
        Le gouvernement a annoncé lundi un nouveau plan contre les inondations dans la ville. \
        Selon le ministre, le projet coûtera deux milliards et les travaux commenceront dès cette année. \
        Les habitants des quartiers bas attendent ces travaux depuis des années. \
        Le maire a salué une décision qui protège enfin les écoles et les commerces du centre.
        """

    @Test func detectedLanguageIsReportedInJSON() throws {
        let result = try LedeExecutable.run(["--format", "json", "--sentences", "1"], input: Self.french)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\"language\":\"fr\""))
    }

    @Test func givenLanguageWinsOverDetection() throws {
        let result = try LedeExecutable.run(["--format", "json", "--language", "de"], input: Self.french)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("\"language\":\"de\""))
    }

    /// The language data is compiled into the binary: a `lede` copied away from the build
    /// folder (and any resource bundle there) still reads French, given or detected.
    @Test func languagesTravelWithTheBinary() throws {
        let scratch = try ScratchFolder()
        let copy = URL(fileURLWithPath: scratch.file("lede"))
        try FileManager.default.copyItem(at: LedeExecutable.url, to: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["lede"])
        let given = try LedeExecutable.run(["--format", "json", "--language", "fr", "--sentences", "1"], input: Data(Self.french.utf8), executable: copy)
        #expect(given.status == 0, "\(given.standardError)")
        #expect(given.standardOutput.contains("\"language\":\"fr\""))
        let detected = try LedeExecutable.run(["--format", "json", "--sentences", "1"], input: Data(Self.french.utf8), executable: copy)
        #expect(detected.status == 0, "\(detected.standardError)")
        #expect(detected.standardOutput.contains("\"language\":\"fr\""))
        // French sentence rules (`M.` is a title) come from the same data.
        let sentences = try LedeExecutable.run(["sentences", "--language", "fr"], input: Data("M. Dupont est arrivé. Il a parlé.".utf8), executable: copy)
        #expect(sentences.status == 0, "\(sentences.standardError)")
        #expect(sentences.standardOutput == "M. Dupont est arrivé.\nIl a parlé.\n")
    }

    @Test func chineseIsSplitAtFullWidthTerminators() throws {
        let sentences = try LedeExecutable.run(["sentences"], input: Self.chinese)
        #expect(sentences.standardOutput.split(separator: "\n").count == 4, "\(sentences.standardOutput)")
        let summary = try LedeExecutable.run(["--sentences", "1"], input: Self.chinese)
        #expect(summary.status == 0)
        #expect(summary.standardOutput.split(separator: "\n").count == 1)
    }

    @Test(arguments: [[], ["sentences"], ["idf", "-o", "/dev/null", "x.jsonl"], ["rouge", "--predictions", "p", "--dataset", "d"], ["eval", "d.jsonl"]])
    func unknownCodeIsAClearError(command: [String]) throws {
        let result = try LedeExecutable.run(command + ["--language", "xx"], input: "Some text.")
        #expect(result.status != 0)
        #expect(result.standardError.contains("unsupported language 'xx'"), "\(result.standardError)")
        #expect(result.standardError.contains("fr") && result.standardError.contains("zh"))
    }

    @Test func recordLanguageFieldWinsAndBadFieldsAreClearErrors() throws {
        let good = #"{"id": "a", "text": "\#(Self.french)", "language": "fr"}"#
        let result = try LedeExecutable.run(["--jsonl", "--sentences", "1"], input: good + "\n")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\"id\":\"a\""))

        let number = #"{"id": "b", "text": "Some text here.", "language": 7}"#
        let bad = try LedeExecutable.run(["--jsonl"], input: number + "\n")
        #expect(bad.status != 0)
        #expect(bad.standardError.contains("\"language\" must be an ISO 639-1 code"), "\(bad.standardError)")

        let unknown = #"{"id": "c", "text": "Some text here.", "language": "klingon"}"#
        let rejected = try LedeExecutable.run(["--jsonl"], input: unknown + "\n")
        #expect(rejected.status != 0)
        #expect(rejected.standardError.contains("unsupported language 'klingon'"), "\(rejected.standardError)")
    }

    @Test func mixedScriptTextNeverCrashes() throws {
        let mixed = "Apple 公司 announced 新款 iPhone. Цена — 999 долларов. 価格は高い。 ราคาแพง! " + Self.chinese + " The end."
        let result = try LedeExecutable.run(["--format", "json", "--explain"], input: mixed)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\"language\":\"zh\""))
    }
}
