import Dispatch
import Synchronization
import Testing
@testable import LedeText

/// The `dictionary` word mode: ICU's dictionary words in Chinese, Japanese and Thai.
struct DictionaryWordsTests {
    let words = TermTokenizer(mode: .dictionary)

    @Test func modesAreLanguageData() {
        #expect(LanguageProfile.WordMode(rawValue: "dictionary") == .dictionary)
        #expect(LanguageProfile.WordMode.dictionary.isCharacterBased)
    }

    @Test func chineseWords() {
        let terms = words.terms(in: "北京大学的学生明天去上海参观博物馆。")
        for word in ["北京", "大学", "学生", "明天", "上海", "参观"] { #expect(terms.contains(word), "\(word) in \(terms)") }
        // Words cover the run, in order, and never straddle a word boundary the way pairs do.
        #expect(terms.joined() == "北京大学的学生明天去上海参观博物馆")
        #expect(!terms.contains("京大") && TermTokenizer(mode: .characters).terms(in: "北京大学").contains("京大"))
    }

    @Test func japaneseWords() {
        let terms = words.terms(in: "東京都は来週、新しい図書館を開く予定です。")
        for word in ["東京", "来週", "新しい", "図書館", "予定"] { #expect(terms.contains(word), "\(word) in \(terms)") }
        #expect(terms.joined() == "東京都は来週新しい図書館を開く予定です")
        #expect(words.terms(in: "市民は毎朝コーヒーを飲みます").contains("コーヒー"))
    }

    @Test func thaiWords() {
        let terms = words.terms(in: "นักเรียนไปโรงเรียนทุกวัน")
        for word in ["นักเรียน", "โรงเรียน", "ทุก", "วัน"] { #expect(terms.contains(word), "\(word) in \(terms)") }
        #expect(terms.joined() == "นักเรียนไปโรงเรียนทุกวัน")
    }

    @Test func mixedScriptsKeepTheirWords() {
        #expect(words.terms(in: "iPhone手机，2024年上市 ok") == ["iphone", "手机", "2024", "年", "上市", "ok"])
        #expect(words.terms(in: "Lede 香港 Москва") == ["lede", "香港", "москва"])
        // Han outside the Basic Multilingual Plane (two UTF-16 units each) keeps its bytes whole.
        let rare = words.terms(in: "𠀋𠀋香港政府")
        #expect(rare.joined() == "𠀋𠀋香港政府" && rare.contains("香港") && rare.contains("政府"))
    }

    @Test func emptyAndInvalidInputGiveNoCrash() {
        #expect(words.terms(in: "").isEmpty)
        #expect(words.terms(in: "。，！？ 、").isEmpty)
        // Invalid UTF-8 is repaired to U+FFFD before tokenizing; the Han around it stays words.
        let bytes: [UInt8] = [0xE9, 0xA6, 0x99, 0xE6, 0xB8, 0xAF, 0xFF, 0xE6, 0x94, 0xBF, 0xE5, 0xBA, 0x9C, 0xE4]
        let text = String(decoding: bytes, as: UTF8.self)
        let terms = words.terms(in: text)
        #expect(terms.contains("香港") && terms.contains("政府"))
        // A long run without a break.
        let long = String(repeating: "香港政府宣布新的防洪计划", count: 2_000)
        #expect(words.terms(in: long).joined() == long)
    }

    @Test func sameInputSameTermsOnEveryThread() {
        let text = "香港政府周一宣布新的防洪计划。東京都は来週、新しい図書館を開く予定です。นักเรียนไปโรงเรียนทุกวัน"
        let expected = words.terms(in: text)
        #expect(words.terms(in: text) == expected)
        let mismatches = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            if TermTokenizer(mode: .dictionary).terms(in: text) != expected { mismatches.add(1, ordering: .relaxed) }
        }
        #expect(mismatches.load(ordering: .relaxed) == 0)
    }
}
