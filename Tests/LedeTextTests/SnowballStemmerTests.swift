import Foundation
import Testing
@testable import LedeText

/// libstemmer's stemmers against the Snowball reference (pip `snowballstemmer`), on the words
/// of `Fixtures/stems/<code>.tsv` (`Scripts/languages/make_stem_fixtures.py`).
struct SnowballStemmerTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/stems")

    static var fixtureCodes: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".tsv") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test(arguments: fixtureCodes)
    func agreesWithTheReference(code: String) throws {
        let language = try Language(code: code)
        guard case .snowball(let algorithm) = language.profile.stemmer else {
            Issue.record("\(code) has a stem fixture but no Snowball algorithm")
            return
        }
        let stemmer = try #require(SnowballStemmer(algorithm: algorithm))
        let text = try String(contentsOf: Self.folder.appendingPathComponent("\(code).tsv"), encoding: .utf8)
        var total = 0
        var wrong: [String] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 2)
            total += 1
            let stem = stemmer.stem(String(fields[0]))
            if stem != fields[1] { wrong.append("\(fields[0]) → \(stem), expected \(fields[1])") }
        }
        #expect(total >= 5000)
        #expect(wrong.isEmpty, "\(wrong.count) of \(total) differ: \(wrong.prefix(10))")
    }

    /// Yiddish `גע` is a prefix that Snowball stems to nothing: as a term, the word stands for itself.
    @Test func anEmptyStemKeepsTheWord() throws {
        let yiddish = try Language(code: "yi")
        #expect(SnowballStemmer(algorithm: "yiddish")?.stem("גע") == "")
        let stemmer = LanguageStemmer(yiddish)
        #expect(stemmer.stem("גע") == "גע")
        let stemmed = Array("גע".utf8).withUnsafeBufferPointer { word in
            stemmer.withStem(ofUTF8: word) { String(decoding: $0, as: UTF8.self) }
        }
        #expect(stemmed == "גע")
        #expect(stemmer.stem("געגאנגען") == SnowballStemmer(algorithm: "yiddish")?.stem("געגאנגען"))
    }

    @Test func everyProfiledSnowballAlgorithmExists() {
        let available = Set(SnowballStemmer.algorithms)
        for language in Language.supported {
            if case .snowball(let algorithm) = language.profile.stemmer {
                #expect(available.contains(algorithm), "\(language): libstemmer has no '\(algorithm)'")
            }
        }
    }

    @Test func stemsUTF8AndSharesAcrossThreads() async {
        let stemmer = SnowballStemmer(algorithm: "french")!
        #expect(stemmer.stem("continuellement") == "continuel")
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { stemmer.stem("nationales") } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results) == ["national"])
        #expect(SnowballStemmer(algorithm: "klingon") == nil)
    }
}
