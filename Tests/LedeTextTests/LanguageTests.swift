import Foundation
import Testing
@testable import LedeText

struct LanguageTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/detection.tsv")

    static var passages: [(code: String, text: String)] {
        let text = (try? String(contentsOf: fixture, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 1)
            return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
        }
    }

    @Test func everySupportedLanguageHasADetectionPassage() {
        #expect(Set(Self.passages.map(\.code)) == Set(Language.supported.map(\.code)))
        #expect(Language.supported.count >= 32)
    }

    @Test(arguments: passages.map(\.code))
    func detectsItsOwnPassage(code: String) throws {
        let text = try #require(Self.passages.first { $0.code == code }?.text)
        #expect(LanguageDetector().language(of: text)?.code == code)
    }

    @Test func codesAreCheckedAndFolded() throws {
        #expect(try Language(code: "FR").code == "fr")
        #expect(try Language(code: "nb").code == "no")
        #expect(throws: LanguageError.unsupported("xx")) { try Language(code: "xx") }
        let message = LanguageError.unsupported("xx").description
        #expect(message.contains("unsupported language 'xx'") && message.contains("fr") && message.contains("zh"))
    }

    @Test func profilesAreData() throws {
        let french = try Language(code: "fr").profile
        #expect(french.name == "French" && french.stemmer == .snowball("french") && french.words == .spaced)
        #expect(french.stopwords.contains("le") && !french.stopwords.contains("gouvernement"))
        #expect(try Language(code: "zh").profile.words == .characters)
        #expect(Language.english.profile.stemmer == .porter)
        #expect(Stopwords.list(for: "en").words == Stopwords.english)
        // Serbian and Yiddish have no permissively licensed list.
        #expect(try Language(code: "sr").profile.stopwords.isEmpty)
    }

    @Test func textWithoutLettersHasNoLanguage() {
        #expect(LanguageDetector().language(of: "") == nil)
        #expect(LanguageDetector().language(of: "12:30 — 3.5% ... !!!") == nil)
    }

    @Test func mixedScriptTextGetsItsMainScript() {
        let detector = LanguageDetector()
        // Mostly Chinese with an English brand name and a number: Chinese.
        #expect(detector.language(of: "苹果公司周二发布了新款 iPhone 15 手机，售价为五千九百九十九元。")?.code == "zh")
        // Mostly English with a Chinese name: English.
        #expect(detector.language(of: "The company, known in China as 华为, said on Tuesday that its profits had fallen.")?.code == "en")
        // Japanese: Han with kana.
        #expect(detector.language(of: "東京で大きな地震がありました。")?.code == "ja")
    }

    @Test func paragraphsAreReadAsOneText() {
        let detector = LanguageDetector()
        let paragraphs = ["Le gouvernement a annoncé mardi un plan.", "Il sera présenté au Parlement la semaine prochaine."]
        #expect(detector.language(ofParagraphs: paragraphs)?.code == "fr")
        #expect(detector.language(ofParagraphs: paragraphs) == detector.language(of: paragraphs.joined(separator: "\n")))
        #expect(detector.language(ofParagraphs: []) == nil)
        #expect(detector.language(ofParagraphs: ["", "12", ""]) == nil)
        // Only the sample's first bytes count, and a letter cut by its end is left out: 511
        // ASCII bytes and then a Cyrillic letter (two bytes) read as English.
        let cut = String(repeating: "the ", count: 127) + "the" + String(repeating: "ж", count: 400)
        #expect(detector.language(of: cut) == .english)
        #expect(detector.language(ofParagraphs: [String(repeating: "the ", count: 127) + "th", String(repeating: "ж", count: 400)]) == .english)
    }

    @Test func stopwordsMatchInTheirCapitalizedForm() throws {
        let tables = LanguageDetector.tables
        func mask(_ word: String) -> UInt64 {
            var word = word
            return word.withUTF8 { tables.stopwords.mask(of: $0) }
        }
        // Words that start with a letter outside ASCII are also held capitalized; ASCII letters
        // are lower-cased when read instead.
        #expect(mask("это") != 0 && mask("Это") != 0)
        #expect(mask("the") != 0 && mask("The") == 0)
        #expect(LanguageDetector().language(of: "Это было давно. Это было в Москве, и это было весной.")?.code == "ru")
    }

    /// Words, accented or not, are scored straight from the sample when a separator ends them,
    /// whatever the separator (ASCII, or a scalar of two or three bytes), and through the word
    /// buffer otherwise: each passage keeps its language with its spaces replaced.
    @Test(arguments: ["\u{00A0}", "\n", " « ", " — ", ", "])
    func wordsAreCutAtEverySeparator(separator: String) {
        let detector = LanguageDetector()
        for (code, text) in Self.passages {
            #expect(detector.language(of: text.replacingOccurrences(of: " ", with: separator))?.code == code, "\(code)")
        }
    }

    @Test func scoringStopsAtTheFirstDecisiveWord() {
        let detector = LanguageDetector()
        // Seven English stopwords decide before the French that follows outweighs them.
        let quote = "\"Who are you? Who, who, who, who?\" "
        let french = "Pendant quinze ans, les fans de la série ont fredonné les paroles de cette chanson qui était le générique de la série, et ils ne sont pas les seuls."
        #expect(detector.language(of: quote + french) == .english)
        #expect(detector.language(of: french + " " + quote)?.code == "fr")
        // Not yet decisive (five stopwords, and two for French): the rest counts.
        #expect(detector.language(of: "Who are you, who? " + french)?.code == "fr")
    }

    @Test func characterModeGivesOverlappingPairs() {
        let tokenizer = TermTokenizer(mode: .characters)
        #expect(tokenizer.terms(in: "香港政府 iPhone，好。") == ["香港", "港政", "政府", "iphone", "好"])
        #expect(tokenizer.terms(in: "iPhone手机") == ["iphone", "手机"])
        #expect(TermTokenizer(mode: .spaced).terms(in: "香港政府 iPhone") == ["香港政府", "iphone"])
    }
}

struct ScriptTests {
    /// The ranges of each script as one list (the reference the banded lookup must agree with).
    static func reference(_ value: UInt32) -> Script? {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: .Latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: .Greek
        case 0x400...0x52F: .Cyrillic
        case 0x531...0x58F: .Armenian
        case 0x591...0x5F4: .Hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: .Arabic
        case 0x900...0x97F: .Devanagari
        case 0xB80...0xBFF: .Tamil
        case 0xE00...0xE7F: .Thai
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: .Hangul
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: .Kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: .Han
        default: nil
        }
    }

    @Test func everyScalarGetsTheScriptOfItsRange() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Script(of: scalar) != Self.reference(value) { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }
}
