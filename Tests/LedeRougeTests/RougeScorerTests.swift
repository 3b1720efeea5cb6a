import Dispatch
import Synchronization
import Testing
import LedeRouge

@Suite struct RougeScorerTests {
    private func expectScore(_ score: RougeScore?, _ precision: Double, _ recall: Double,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        guard let score else {
            Issue.record("missing score", sourceLocation: sourceLocation)
            return
        }
        #expect(abs(score.precision - precision) < 1e-12, sourceLocation: sourceLocation)
        #expect(abs(score.recall - recall) < 1e-12, sourceLocation: sourceLocation)
        let f = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        #expect(abs(score.fmeasure - f) < 1e-12, sourceLocation: sourceLocation)
    }

    @Test func countsUnigramsBigramsAndTheLongestCommonSubsequence() throws {
        let scorer = try RougeScorer()
        let scores = scorer.score(candidate: "The cat sat on the mat.", reference: "The cat is on the mat.")
        expectScore(scores[.n(1)], 5.0 / 6, 5.0 / 6)
        expectScore(scores[.n(2)], 3.0 / 5, 3.0 / 5)
        expectScore(scores[.l], 5.0 / 6, 5.0 / 6)
        expectScore(scores[.lsum], 5.0 / 6, 5.0 / 6)
    }

    @Test func sentenceBreaksMatterOnlyToTheSummaryLevelLCS() throws {
        let scorer = try RougeScorer(measures: [.l, .lsum])
        // Two candidate sentences in the reverse order of the reference's.
        let scores = scorer.score(candidate: "c d\na b", reference: "a b\nc d")
        expectScore(scores[.l], 0.5, 0.5)
        expectScore(scores[.lsum], 1, 1)
    }

    @Test func severalReferencesCombineAsEachProfileDoes() throws {
        let references = ["a b c d", "a b"]
        let bestF = try RougeScorer(measures: [.n(1)]).score(candidate: "a b", references: references)
        expectScore(bestF[.n(1)], 1, 1)
        let pooled = try RougeScorer(measures: [.n(1)], profile: .perl).score(candidate: "a b", references: references)
        expectScore(pooled[.n(1)], 4.0 / 4, 4.0 / 6)
        let bestRecall = try RougeScorer(measures: [.n(1)], profile: .perl, multiReference: .best)
            .score(candidate: "a b c", references: ["a b c d e f", "a x"])
        expectScore(bestRecall[.n(1)], 3.0 / 3, 3.0 / 6)
    }

    @Test func emptyTextsScoreZeroNeverNaN() throws {
        let measures: [RougeMeasure] = [.n(1), .n(4), .l, .lsum, .w(weight: 1.2), .s(maxSkip: 4), .su(maxSkip: nil)]
        for profile in RougeProfile.allCases {
            let scorer = try RougeScorer(measures: measures, profile: profile, stemming: true)
            for (candidate, references) in [("", ["some words"]), ("some words", [""]), ("", [""]), ("...", ["!!"]),
                                            ("words", [String]())] {
                let scores = scorer.score(candidate: candidate, references: references)
                for measure in measures {
                    #expect(scores[measure] == .zero, "\(profile) \(measure) \(candidate) \(references)")
                }
            }
        }
    }

    @Test func skipBigramsFollowROUGE155() throws {
        let scorer = try RougeScorer(measures: [.s(maxSkip: nil), .su(maxSkip: nil), .s(maxSkip: 0)])
        let scores = scorer.score(candidate: "a b c", reference: "a c b")
        expectScore(scores[.s(maxSkip: nil)], 2.0 / 3, 2.0 / 3)
        // The script counts the unigram of every token but the last.
        expectScore(scores[.su(maxSkip: nil)], 3.0 / 5, 3.0 / 5)
        expectScore(scores[.s(maxSkip: 0)], 0, 0)
    }

    @Test func alphaAndBetaWeighF() throws {
        let scorer = try RougeScorer(measures: [.n(1)], alpha: 0.2)
        let score = try #require(scorer.score(candidate: "a b", reference: "a b c d")[.n(1)])
        #expect(abs(score.fmeasure - 0.5 / (0.8 + 0.1)) < 1e-12)
        #expect(abs(RougeScore.alpha(forBeta: 1) - 0.5) < 1e-15)
        #expect(abs(RougeScore.alpha(forBeta: 2) - 0.2) < 1e-15)
        #expect(RougeScore.fMeasure(precision: 0, recall: 0, alpha: 0.3) == 0)
    }

    @Test func stemmingAndStopwords() throws {
        let plain = try RougeScorer(measures: [.n(1)])
        let stemmed = try RougeScorer(measures: [.n(1)], stemming: true)
        let text = (candidate: "runners running", reference: "runner runs")
        expectScore(plain.score(candidate: text.candidate, reference: text.reference)[.n(1)], 0, 0)
        expectScore(stemmed.score(candidate: text.candidate, reference: text.reference)[.n(1)], 1, 1)
        let withoutThe = try RougeScorer(measures: [.n(1)], stopwords: ["the"])
        expectScore(withoutThe.score(candidate: "the cat", reference: "the dog the cat")[.n(1)], 1, 0.5)
        // ROUGE-1.5.5's stemmer knows irregular forms.
        let perl = try RougeScorer(measures: [.n(1)], profile: .perl, stemming: true)
        expectScore(perl.score(candidate: "children went", reference: "child goes")[.n(1)], 1, 1)
    }

    @Test func pythonLowerCasingOfKelvinSignAndDottedI() throws {
        let scorer = try RougeScorer(measures: [.n(1)])
        expectScore(scorer.score(candidate: "\u{212A}elvin \u{130}stanbul", reference: "kelvin i stanbul")[.n(1)], 1, 1)
        let perl = try RougeScorer(measures: [.n(1)], profile: .perl)
        expectScore(perl.score(candidate: "\u{212A}elvin", reference: "kelvin")[.n(1)], 0, 0)
    }

    @Test func unicodeTokenizationKeepsEveryScript() throws {
        let unicode = try RougeScorer(measures: [.n(1)], tokenization: .unicode)
        let ascii = try RougeScorer(measures: [.n(1)])
        expectScore(unicode.score(candidate: "Москва — столица России.", reference: "москва столица")[.n(1)], 2.0 / 3, 1)
        expectScore(ascii.score(candidate: "Москва — столица России.", reference: "москва столица")[.n(1)], 0, 0)
        // Han characters are tokens of their own.
        expectScore(unicode.score(candidate: "今天天气很好", reference: "今天天气不错")[.n(1)], 4.0 / 6, 4.0 / 6)
        // Composed and decomposed accents are the same token; case folds in every script.
        expectScore(unicode.score(candidate: "caf\u{E9} ΑΘΗΝΑ", reference: "cafe\u{301} αθηνα")[.n(1)], 1, 1)
        // On ASCII text both tokenizations agree.
        let text = (candidate: "It's a state-of-the-art (new) system, 3x faster!", reference: "The new system is 3x faster.")
        #expect(unicode.score(candidate: text.candidate, reference: text.reference)
                == ascii.score(candidate: text.candidate, reference: text.reference))
    }

    @Test func batchResultsDoNotDependOnTheThreadCount() throws {
        let scorer = try RougeScorer(
            measures: [.n(1), .n(2), .n(3), .l, .lsum, .w(weight: 1.2), .su(maxSkip: 4)], stemming: true)
        let words = ["storm", "river", "closed", "opened", "the", "bridge", "market", "city", "after", "rain"]
        let items = (0..<300).map { index in
            let sentence = { (offset: Int, length: Int) in
                (0..<length).map { words[($0 * (offset + 3) + index) % words.count] }.joined(separator: " ")
            }
            return RougeItem(
                candidate: [sentence(1, 5 + index % 7), sentence(2, 3 + index % 4)],
                references: [[sentence(3, 6), sentence(4, 4 + index % 5)], [sentence(5, 9)]])
        }
        let one = scorer.score(items, threads: 1)
        #expect(scorer.score(items, threads: 2) == one)
        #expect(scorer.score(items, threads: 7) == one)
        #expect(scorer.score(items[17]) == one[17])
        #expect(scorer.scoreRows(items, threads: 3).map { Dictionary(uniqueKeysWithValues: zip(scorer.measures, $0)) } == one)
    }

    @Test func concurrentSingleCallsShareTheScorerSafely() throws {
        let scorer = try RougeScorer(measures: [.n(1), .n(2), .lsum], stemming: true)
        let items = (0..<50).map { index in
            RougeItem(candidate: ["word\(index % 7) shared words run\(index % 3)"],
                      references: [["shared word\(index % 5) running words"]])
        }
        let expected = scorer.score(items, threads: 1)
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for round in 0..<20 {
                let index = (worker * 7 + round * 3) % items.count
                if scorer.score(items[index]) != expected[index] { mismatches.withLock { $0 += 1 } }
            }
        }
        #expect(mismatches.withLock { $0 } == 0)
    }

    @Test func sentencesAsListOrAsNewlineSeparatedText() throws {
        let scorer = try RougeScorer(measures: [.lsum, .w(weight: 1.2)])
        let list = scorer.score(RougeItem(candidate: ["b c", "a"], references: [["a b", "c"]]))
        let text = scorer.score(candidate: "b c\na", reference: "a b\nc\n")
        #expect(list == text)
    }
}
