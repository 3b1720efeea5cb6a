import Foundation
import Testing
@testable import LedeText

/// One case of a language's segmentation fixtures: a text and the sentences it must split into.
struct SegmentationFixtureCase: CustomTestStringConvertible {
    var file: String
    var line: Int
    var input: String
    var sentences: [String]

    var testDescription: String { "\(file):\(line)" }
}

/// The fixture files in `Fixtures/Segmentation` (format in the README there).
enum SegmentationFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Segmentation")

    /// The language codes that have a fixture file.
    static func codes() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The cases of the fixture file of `code`.
    static func cases(_ code: String) throws -> [SegmentationFixtureCase] {
        let file = "\(code).txt"
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        var cases: [SegmentationFixtureCase] = []
        var current: SegmentationFixtureCase?
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("> ") {
                if let current { cases.append(current) }
                let input = line.dropFirst(2).replacingOccurrences(of: "\\n", with: "\n")
                current = SegmentationFixtureCase(file: file, line: offset + 1, input: input, sentences: [])
            } else if line.isEmpty || line.hasPrefix("#") {
                if let finished = current { cases.append(finished) }
                current = nil
            } else {
                current?.sentences.append(String(line))
            }
        }
        if let current { cases.append(current) }
        return cases
    }
}

@Suite struct SegmentationFixtureTests {
    @Test("Every supported language has fixtures, and every fixture file a language")
    func fixturesCoverLanguages() throws {
        #expect(try SegmentationFixtures.codes() == SegmentationRules.supportedLanguageCodes)
    }

    @Test("A language's fixtures pass", arguments: SegmentationRules.supportedLanguageCodes)
    func fixtures(code: String) throws {
        let cases = try SegmentationFixtures.cases(code)
        #expect(cases.count >= 3, "\(code).txt has too few cases")
        let segmenter = try #require(SentenceSegmenter(languageCode: code))
        for fixture in cases {
            #expect(!fixture.sentences.isEmpty, "\(fixture.testDescription) has no sentences")
            #expect(segmenter.sentences(in: fixture.input) == fixture.sentences, "\(fixture.testDescription)")
        }
    }

    @Test("The languages of Snowball, Chinese, Japanese, Korean and Vietnamese are supported")
    func supportedLanguages() {
        let expected = [
            "ar", "hy", "eu", "ca", "da", "nl", "en", "fi", "fr", "de", "el", "hi", "hu", "id", "ga", "it", "lt",
            "ne", "no", "pt", "ro", "ru", "sr", "es", "sv", "ta", "tr", "yi", "zh", "ja", "ko", "vi",
        ]
        #expect(SegmentationRules.supportedLanguageCodes == expected.sorted())
    }

    @Test("Every language's rules parse")
    func rulesParse() throws {
        let blocks = LanguageLexicon.bundledBlocks
        #expect(blocks.count == SegmentationRules.supportedLanguageCodes.count - 1)
        #expect(Set(blocks.map(\.code)).count == blocks.count)
        for (code, text) in blocks {
            #expect(throws: Never.self, "rules of \(code)") { _ = try LanguageLexicon(parsing: text) }
        }
    }

    @Test("Rules are read language by language, with the file's line numbers")
    func rulesBlocks() throws {
        let text = "# comment\nlanguage: aa\n[titles]\nDr.\nlanguage: bb\nordinals: yes\n[colours]\nred\n"
        let blocks = LanguageLexicon.blocks(of: text)
        #expect(blocks.map(\.code) == ["aa", "bb"])
        #expect(throws: Never.self) { _ = try LanguageLexicon(parsing: blocks[0].text) }
        #expect(throws: LanguageLexicon.ParseError(line: 8, reason: "unknown section 'colours'")) {
            _ = try LanguageLexicon(parsing: blocks[1].text)
        }
    }

    @Test("Blocks keep every line of their language, at the file's line numbers")
    func blocksKeepTheirLines() throws {
        let file = String(decoding: PackageResources.languages_rules, as: UTF8.self)
        for text in [file, "language: aa\nx\n\nlanguage: bb\n", "intro\nlanguage: aa\n[titles]\nDr.\n"] {
            // Block line k is the file's line k past the block's `language:` line, blank up to it.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let headers = lines.indices.filter { lines[$0].hasPrefix("language:") }
            let blocks = LanguageLexicon.blocks(of: text)
            try #require(blocks.count == headers.count)
            for (block, header) in zip(blocks, headers) {
                #expect(lines[header].dropFirst(9).trimmingCharacters(in: .whitespaces) == block.code)
                let blockLines = block.text.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(blockLines.count == (headers.first { $0 > header } ?? lines.count), "\(block.code)")
                for (number, line) in blockLines.enumerated() {
                    #expect(line == (number <= header ? "" : lines[number]), "\(block.code), line \(number + 1)")
                }
            }
        }
    }

    @Test("A malformed rules file is a clear error")
    func malformedRules() {
        #expect(throws: LanguageLexicon.ParseError.self) { try LanguageLexicon(parsing: "Dr.\n") }
        #expect(throws: LanguageLexicon.ParseError.self) { try LanguageLexicon(parsing: "[titles]\nDr.\n[colours]\nred\n") }
        #expect(throws: LanguageLexicon.ParseError.self) { try LanguageLexicon(parsing: "ordinals: maybe\n") }
    }

    @Test("Codes ignore case; unknown codes have no rules")
    func codes() {
        #expect(SegmentationRules(languageCode: "DE")?.languageCode == "de")
        #expect(SegmentationRules(languageCode: "EN") == .english)
        #expect(SegmentationRules(languageCode: "xx") == nil)
        #expect(SentenceSegmenter(languageCode: "") == nil)
        #expect(SentenceSegmenter().rules == .english)
    }

    @Test("English ignores other scripts' terminators; other languages read them")
    func scriptsOnlyOutsideEnglish() throws {
        let text = "香港政府周一宣布新的防洪计划。该计划耗资二十亿港元。"
        #expect(SentenceSegmenter().sentences(in: text).count == 1)
        #expect(try #require(SentenceSegmenter(languageCode: "zh")).sentences(in: text).count == 2)
        #expect(try #require(SentenceSegmenter(languageCode: "de")).sentences(in: text).count == 2)
    }

    @Test("Junk of every script's punctuation is segmented without crashing", arguments: SegmentationRules.supportedLanguageCodes)
    func junk(code: String) throws {
        let segmenter = try #require(SentenceSegmenter(languageCode: code, textStyle: .prose))
        let alphabet = Array(" .?!;…\"'”“„»« ()1aAé.\n。！？．」』）《।؟۔։።፧။;、とЯя\u{00A0}\u{202F}")
        var generator = SplitMix64(seed: 11)
        for _ in 0..<100 {
            let text = String((0..<60).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            expectWellFormed(text, segmenter: segmenter)
        }
    }

    @Test("Prose with spaced ellipses is not read as tokenized")
    func spacedEllipsesAreProse() {
        let text = "I wasn't really . . . well . . . I didn't mean it. She left."
        #expect(SentenceSegmenter().sentences(in: text) == ["I wasn't really . . . well . . . I didn't mean it.", "She left."])
    }
}
