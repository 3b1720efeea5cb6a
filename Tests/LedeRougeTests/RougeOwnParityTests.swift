import Testing
@testable import LedeRouge

/// Lede against `rouge-score` and ROUGE-1.5.5 on Lede's own edge-case texts (always run).
@Suite struct RougeOwnParityTests {
    let fixture: OwnCasesFixture

    init() throws {
        fixture = try OwnCasesFixture.load()
    }

    @Test(arguments: ["plain", "stem"])
    func rougeScoreProfileMatchesRougeScoreExactly(variant: String) throws {
        let measures: [RougeMeasure] = [.n(1), .n(2), .n(3), .n(4), .l, .lsum]
        let scorer = try RougeScorer(measures: measures, stemming: variant == "stem")
        let expected = try #require(fixture.rougeScore[variant])
        var worst = 0.0
        for (index, item) in fixture.cases.enumerated() {
            let scores = scorer.score(RougeItem(candidate: item.candidate, references: item.references))
            for measure in measures {
                let want = try #require(expected[index][measure.name]?.compactMap(Double.init))
                let got = try #require(scores[measure])
                let deviation = max(abs(got.precision - want[0]), abs(got.recall - want[1]), abs(got.fmeasure - want[2]))
                worst = max(worst, deviation)
                #expect(deviation == 0, "\(item.name) \(measure.name): got \(got), want \(want)")
            }
        }
        #expect(worst == 0, "largest deviation \(worst)")
    }

    @Test func perlProfileMatchesTheScriptsPrintedScores() throws {
        for run in fixture.perlRuns {
            let scorer = try fixture.scorer(for: run)
            for (index, item) in fixture.cases.enumerated() {
                let scores = scorer.score(RougeItem(candidate: item.candidate, references: item.references))
                for measure in scorer.measures {
                    if case .w = measure, run.failures.contains(item.name) { continue }
                    let want = try #require(run.scores[index][measure.name], "\(run.name) \(item.name) \(measure.name)")
                    let exact = try #require(scores[measure])
                    let printed = PerlCompatibility.rounded(exact, alpha: scorer.alpha)
                    let got = [printed.recall, printed.precision, printed.fmeasure].map(PerlCompatibility.format)
                    #expect(got == want, "\(run.name) \(item.name) \(measure.name): got \(got) from \(exact), want \(want)")
                }
            }
        }
    }

    @Test func perlAveragesReproduceTheScriptsBootstrapMeansAndIntervals() throws {
        for run in fixture.perlRuns {
            let scorer = try fixture.scorer(for: run)
            let averaged = fixture.cases.enumerated().filter { run.averagedIDs.contains(String($0.offset + 1)) }
            let perItem = scorer.score(averaged.map { RougeItem(candidate: $0.element.candidate, references: $0.element.references) })
            let keys = averaged.map { "\($0.offset + 1).A" }
            for measure in scorer.measures {
                let want = try #require(run.averages[measure.name], "\(run.name) \(measure.name)")
                let average = PerlCompatibility.averages(
                    of: perItem.map { $0[measure] ?? .zero }, keys: keys, alpha: scorer.alpha)
                let parts: [(String, KeyPath<RougeScore, Double>)] = [("R", \.recall), ("P", \.precision), ("F", \.fmeasure)]
                for (part, path) in parts {
                    let got = [average.average, average.low, average.high].map { PerlCompatibility.format($0[keyPath: path]) }
                    #expect(got == want[part], "\(run.name) \(measure.name) \(part)")
                }
            }
        }
    }
}
