import Foundation
import LedeText
import Testing
@testable import Lede

private func table(_ paragraphs: [String], positions: Bool = false, title: String? = nil) -> SentenceTable {
    var cache = TermCache()
    return SentenceTable(paragraphs: paragraphs, cache: &cache, keepVocabulary: title != nil || !positions,
                         keepPositions: positions, title: title)
}

private let samplePage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Datasets/pages/001-marenhaven-storm-gates.txt")

@Suite struct ClassicSummarizerTests {
    @Test func parsesNamesOptionsAndRoundTrips() throws {
        #expect(try Summarizer.Algorithm(parsing: "lsa") == .lsa(dimensions: nil))
        #expect(try Summarizer.Algorithm(parsing: "LSA:dimensions=3") == .lsa(dimensions: 3))
        #expect(try Summarizer.Algorithm(parsing: "luhn") == .luhn(gap: 4))
        #expect(try Summarizer.Algorithm(parsing: "luhn:gap=2") == .luhn(gap: 2))
        #expect(try Summarizer.Algorithm(parsing: "sumbasic") == .sumBasic)
        #expect(try Summarizer.Algorithm(parsing: "klsum") == .klSum)
        #expect(try Summarizer.Algorithm(parsing: "edmundson:key=0.5,location=2") ==
            .edmundson(.init(cue: 1, key: 0.5, title: 1, location: 2)))
        let algorithms: [Summarizer.Algorithm] = [
            .lsa(dimensions: nil), .lsa(dimensions: 5), .luhn(gap: 3), .sumBasic, .klSum,
            .edmundson(.init(cue: 2, key: 1, title: 0, location: 0.5)),
        ]
        for algorithm in algorithms {
            #expect(Summarizer.Algorithm(algorithm.description) == algorithm)
        }
    }

    @Test(arguments: [
        ("lsa:dimensions=0", "'dimensions' needs a whole number of at least 1, got 0.0"),
        ("lsa:dimensions=2.5", "'dimensions' needs a whole number of at least 1, got 2.5"),
        ("luhn:gap=none", "'gap' needs a number"),
        ("edmundson:cue=-1", "edmundson weights must not be negative, got -1.0"),
        ("klsum:smoothing=1", "'klsum' has no option 'smoothing'"),
    ])
    func rejectsInvalidOptions(text: String, reason: String) {
        #expect(throws: Summarizer.Algorithm.ParseError(reason)) { try Summarizer.Algorithm(parsing: text) }
    }

    /// Significant words (more than one occurrence): "storm", "harbour", "gate". Sentence 0
    /// has storm(0) harbour(2) gate(4): one cluster of 3 in 5 tokens, 9/5. Sentence 1 has
    /// storm(0), then five insignificant tokens, then gate(6): two clusters of one, 0 (a
    /// cluster ends after `gap` insignificant tokens). With a gap of 6 the two join: 4/7.
    @Test func luhnScoresClustersOfSignificantWords() {
        let t = table(["Storm hit harbour new gate. Storm clouds came over the river gate. Harbour fish."], positions: true)
        #expect(Luhn().scores(for: t) == [9.0 / 5.0, 0, 0])
        #expect(Luhn(gap: 5).scores(for: t)[1] == 0)
        #expect(Luhn(gap: 6).scores(for: t)[1] == Float(4) / 7)
    }

    /// Probabilities: apple 3/6, pear 2/6, plum 1/6. First pick: "apple apple" (1/2), then
    /// apple becomes 1/16 (squared twice, once per occurrence, as sumy does), and "pear plum"
    /// (1/4) beats "apple pear" (0.198).
    @Test func sumBasicSquaresProbabilitiesOfUsedWords() {
        let t = table(["Apple pear. Apple apple. Pear plum."])
        #expect(SumBasic().scores(for: t) == [1, 3, 2])
    }

    /// The incremental divergence picks what the formula picks, evaluated directly.
    @Test func klSumMatchesTheDirectFormula() throws {
        let text = try String(contentsOf: samplePage, encoding: .utf8)
        let t = table(Article(parsing: text).paragraphs)
        var documentCount = [Double](repeating: 0, count: t.termCount)
        for term in t.termIDs { documentCount[Int(term)] += 1 }
        let total = Double(t.termIDs.count)
        func divergence(_ sentences: [Int]) -> Double {
            var counts: [Int32: Double] = [:]
            for s in sentences { for term in t.terms(of: s) { counts[term, default: 0] += 1 } }
            let length = counts.values.reduce(0, +)
            return counts.reduce(0.0) { sum, entry in
                let p = documentCount[Int(entry.key)] / total
                return sum + p * log(p / (entry.value / length))
            }
        }
        var summary: [Int] = []
        var remaining = Array(0..<t.count)
        for _ in 0..<4 {
            let best = remaining.min { divergence(summary + [$0]) < divergence(summary + [$1]) }!
            summary.append(best)
            remaining.removeAll { $0 == best }
        }
        let scores = KLSum().scores(for: t)
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        #expect(Array(order.prefix(4)) == summary)
    }

    /// The reduced matrix has the term-by-sentence matrix's strengths, with fewer rows.
    @Test func lsaReducedMatrixKeepsTheStrengths() throws {
        let text = try String(contentsOf: samplePage, encoding: .utf8)
        let t = table(Article(parsing: text).paragraphs)
        let lsa = LatentSemanticAnalysis()
        // sumy's matrix: one row per term, smoothed by each sentence's largest count.
        var full = [Float](repeating: 0, count: t.termCount * t.count)
        for sentence in 0..<t.count {
            let column = sentence * t.termCount
            for term in t.terms(of: sentence) { full[column + Int(term)] += 1 }
            let largest = full[column..<(column + t.termCount)].max() ?? 0
            guard largest > 0 else { continue }
            for row in column..<(column + t.termCount) { full[row] = 0.4 + 0.6 * full[row] / largest }
        }
        let reduced = lsa.reducedMatrix(for: t)
        #expect(reduced.rows < t.termCount / 2)
        let fromFull = lsa.strengths(try #require(SingularTriplets.compute(
            t.count, of: full, rows: t.termCount, columns: t.count, method: .full)))
        let fromReduced = lsa.strengths(try #require(SingularTriplets.compute(
            t.count, of: reduced.matrix, rows: reduced.rows, columns: t.count, method: .full)))
        #expect(lsa.scores(for: t) == fromReduced)
        for (a, b) in zip(fromFull, fromReduced) { #expect(abs(a - b) <= 1e-4 * a) }
        // Two leading dimensions: the same, up to rounding.
        let two = LatentSemanticAnalysis(dimensions: 2)
        let twoFull = two.strengths(try #require(SingularTriplets.compute(2, of: full, rows: t.termCount, columns: t.count, method: .full)))
        for (a, b) in zip(twoFull, two.scores(for: t)) { #expect(abs(a - b) <= 1e-4 * a) }
    }

    @Test func cueWordsAreStemmedContentWords() {
        let words = CueWords.words(in: Array("# comment\nImportant  # trailing\n\nrevealed\n".utf8))
        #expect(words == ["important", "revealed"])
        #expect(CueWords.english.bonus.contains("reveal") && CueWords.english.stigma.contains("possibl"))
        for list in ["bonus", "stigma"] {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Sources/Lede/Resources/edmundson-\(list).txt")
            let words = CueWords.words(in: Array((try? Data(contentsOf: url)) ?? Data()))
            #expect(words.count > 20)
            #expect(words.allSatisfy { !Stopwords.contains($0) }, "a \(list) word is a stopword: it would never match")
        }
    }

    /// Title: "gates" in sentence 1; cue: "revealed" (bonus) in 0, "possibly" (stigma) in 2.
    /// Location: first paragraph +1, last +1; first sentence of a paragraph +1, last +1.
    @Test func edmundsonAddsWeightedFeatures() {
        let t = table(["Officials revealed the plan. The gates opened.", "Possibly nothing happened."], title: "Storm gates")
        let all = Edmundson(weights: .init()).scores(for: t)
        // cue + title + location (title terms + paragraph + position in paragraph):
        // 1 + 0 + (0 + 1 + 1), 0 + 1 + (1 + 1 + 1), -1 + 0 + (0 + 1 + 1).
        let expected: [Float] = [3, 4, 1]
        #expect(all == expected)
        let cueOnly = Edmundson(weights: .init(cue: 2, key: 0, title: 0, location: 0)).scores(for: t)
        #expect(cueOnly == [2, 0, -2])
    }

    @Test(arguments: ["lsa", "lsa:dimensions=2", "luhn", "sumbasic", "klsum", "edmundson"])
    func summarizesUnderTheBudgetDeterministically(specification: String) throws {
        let text = try String(contentsOf: samplePage, encoding: .utf8)
        var configuration = try Summarizer.Configuration(parsing: specification)
        configuration.budget = .sentences(3)
        let summarizer = Summarizer(configuration: configuration)
        let summary = summarizer.summarize(text)
        #expect(summary.sentences.count == 3)
        #expect(summary.candidates.allSatisfy { $0.score.isFinite })
        #expect(summarizer.summarize(text) == summary)
        #expect(Summarizer(configuration: configuration).summarize("").sentences.isEmpty)
        #expect(Summarizer(configuration: configuration).summarize("The. A. It.").candidates.allSatisfy { $0.score.isFinite })
    }
}
