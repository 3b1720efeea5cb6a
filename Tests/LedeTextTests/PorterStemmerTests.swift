import Foundation
import Testing
import LedeText

@Suite struct PorterStemmerTests {
    let stemmer = PorterStemmer()

    /// 16,000 words of the shared datasets with NLTK's stems, `word stem` a line after `#`
    /// comments (`Eval/rouge/make_stem_fixtures.py`).
    static let nltkFixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/porter-nltk.txt")

    /// Stems through the byte-level entry point.
    private func stemBytes(_ word: String) -> String {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { pointer in
            stemmer.withStem(ofUTF8: pointer) { String(decoding: $0, as: UTF8.self) }
        }
    }

    @Test func agreesWithNLTKOnTheDatasetWordList() throws {
        let fixture = try String(contentsOf: Self.nltkFixture, encoding: .utf8)
        var checked = 0
        var mismatches: [String] = []
        for line in fixture.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            guard parts.count == 2 else {
                Issue.record("bad fixture line: \(line)")
                continue
            }
            let word = String(parts[0]), expected = String(parts[1])
            let viaString = stemmer.stem(word)
            let viaBytes = stemBytes(word)
            if viaString != expected || viaBytes != expected {
                mismatches.append("\(word): expected \(expected), got \(viaString) / \(viaBytes)")
            }
            checked += 1
        }
        #expect(checked == 16_000)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(20))")
    }

    // Expected values below were produced by NLTK 3.10.4 `PorterStemmer().stem`.

    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"), ("caress", "caress"), ("cats", "cat"),
        ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("bled", "bled"),
        ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"),
        ("sized", "size"), ("hopping", "hop"), ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"),
        ("fizzed", "fizz"), ("failing", "fail"), ("filing", "file"), ("happy", "happi"), ("sky", "sky"),
    ])
    func step1(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test(arguments: [
        ("relational", "relat"), ("conditional", "condit"), ("rational", "ration"), ("valenci", "valenc"),
        ("hesitanci", "hesit"), ("digitizer", "digit"), ("conformabli", "conform"), ("radicalli", "radic"),
        ("differentli", "differ"), ("vileli", "vile"), ("analogousli", "analog"),
        ("vietnamization", "vietnam"), ("predication", "predic"), ("operator", "oper"),
        ("feudalism", "feudal"), ("decisiveness", "decis"), ("hopefulness", "hope"),
        ("callousness", "callous"), ("formaliti", "formal"), ("sensitiviti", "sensit"),
        ("sensibiliti", "sensibl"), ("hopefulli", "hope"), ("archaeology", "archaeolog"), ("geology", "geolog"),
    ])
    func step2(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test(arguments: [
        ("triplicate", "triplic"), ("formative", "form"), ("formalize", "formal"), ("electriciti", "electr"),
        ("electrical", "electr"), ("hopeful", "hope"), ("goodness", "good"), ("revival", "reviv"),
        ("allowance", "allow"), ("inference", "infer"), ("airliner", "airlin"), ("gyroscopic", "gyroscop"),
        ("adjustable", "adjust"), ("defensible", "defens"), ("irritant", "irrit"), ("replacement", "replac"),
        ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"), ("homologou", "homolog"),
        ("communism", "commun"), ("activate", "activ"), ("angulariti", "angular"), ("homologous", "homolog"),
        ("effective", "effect"), ("bowdlerize", "bowdler"), ("probate", "probat"), ("rate", "rate"),
        ("cease", "ceas"), ("controll", "control"), ("roll", "roll"), ("generously", "gener"),
    ])
    func steps3to5(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test(arguments: [
        ("dying", "die"), ("lying", "lie"), ("tying", "tie"), ("news", "news"), ("skies", "sky"),
        ("innings", "inning"), ("outings", "outing"), ("proceed", "proceed"), ("exceed", "exceed"),
        ("succeed", "succeed"), ("succeeded", "succeed"), ("spied", "spi"), ("tied", "tie"), ("flies", "fli"),
        ("cries", "cri"), ("enjoy", "enjoy"), ("toy", "toy"), ("syzygy", "syzygi"), ("yyyy", "yyyi"),
        ("ab*ding", "abd"), ("a", "a"), ("is", "is"), ("at", "at"), ("", ""), ("x", "x"),
    ])
    func nltkExtensionsAndEdgeCases(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
        #expect(stemBytes(word) == stem)
    }

    @Test(arguments: [
        ("Running", "run"), ("RUNNING", "run"), ("cafés", "café"), ("naïvely", "naïv"),
        ("résumés", "résumé"), ("zürich", "zürich"), ("über", "über"), ("İstanbul", "i\u{307}stanbul"),
    ])
    func upperCaseAndNonASCII(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
        #expect(stemBytes(word) == stem)
    }

    @Test func longAndRepetitiveWordsStayLinearAndSafe() {
        let long = String(repeating: "y", count: 5_000) + "ing"
        #expect(stemmer.stem(long).count <= long.count + 1)
        let hyphens = String(repeating: "-", count: 100)
        #expect(stemmer.stem(hyphens) == hyphens)
    }
}
