import Foundation
import Testing
@testable import LedeRouge

@Suite struct PerlPorterStemmerTests {
    static let fixtureURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Eval/rouge/fixtures/perl-stems.txt")

    /// `word porter morph` lines computed by ROUGE-1.5.5's own subroutines.
    @Test func agreesWithTheScriptOnTheDatasetWordList() throws {
        let text = try String(contentsOf: Self.fixtureURL, encoding: .utf8)
        var checked = 0
        var mismatches: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: " ").map { Array($0.utf8) }
            guard fields.count == 3 else {
                Issue.record("bad fixture line: \(line)")
                continue
            }
            let porter = PerlPorterStemmer.stem(fields[0])
            let morph = PerlPorterStemmer.morphStem(fields[0])
            if porter != fields[1] || morph != fields[2] {
                mismatches.append("\(line): got \(String(decoding: porter, as: UTF8.self)) \(String(decoding: morph, as: UTF8.self))")
            }
            checked += 1
        }
        #expect(checked == 16_000)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(20))")
    }

    // Expected values from ROUGE-1.5.5.pl's own subroutines (Eval/rouge/perl_stem.pl).
    @Test(arguments: [
        ("running", "run", "run"), ("document", "docum", "docum"), ("experimental", "experi", "experi"),
        ("said", "said", "say"), ("yelling", "yell", "yell"), ("better", "better", "good"), ("yes", "ye", "ye"),
        ("children", "children", "child"), ("went", "went", "go"), ("generously", "gener", "gener"),
    ])
    func examples(word: String, porter: String, morph: String) {
        #expect(PerlPorterStemmer.stem(Array(word.utf8)) == Array(porter.utf8))
        #expect(PerlPorterStemmer.morphStem(Array(word.utf8)) == Array(morph.utf8))
    }

    @Test func exceptionTableHasTheDatabasesEntries() {
        #expect(WordNetExceptionTable.shared.count == 5_930)
        #expect(WordNetExceptionTable.shared[Array("testes".utf8)] == Array("testes".utf8))
        #expect(WordNetExceptionTable.shared[Array("best".utf8)] == Array("good".utf8))
    }
}
