import Foundation
import Lede
import LedeRouge
import Testing
@testable import LedeEval

@Suite struct EvaluationTests {
    static let records: [ArticleRecord] = {
        // The fixture articles, plus a longer one so that budgets bite.
        var records = (try? JSONLArticleReader(path: Fixtures.path("jsonl/valid.jsonl")).readAll()) ?? []
        records.append(ArticleRecord(
            id: "long", article: """
                The harbour board approved a new ferry terminal on Monday. The terminal will cost £12m and open in 2028. \
                Ferry operators welcomed the plan. Residents had asked for a bigger waiting room for years. \
                The board said the old terminal would become a museum. Work starts in the spring. \
                A public meeting about the museum is planned for June.
                """,
            references: [["The harbour board approved a £12m ferry terminal.", "It opens in 2028."]]))
        return records
    }()

    static func systems(_ names: [String]) throws -> [EvaluationSystem] {
        try names.map { try EvaluationSystem(parsing: $0) }
    }

    @Test func fixturesLoaded() {
        #expect(Self.records.count == 6)
    }

    @Test func leadScoresEqualDirectScoringOfTheFirstSentences() throws {
        let evaluation = try Evaluation(
            dataset: "fixtures", records: Self.records, systems: Self.systems(["lead-3"]),
            options: .init(baseline: nil, resamples: 50, significanceTrials: 50))
        let scorer = try RougeScorer(measures: RougeMeasure.standard, profile: .rougeScore, stemming: true)
        var sums = [Double](repeating: 0, count: 4)
        for record in Self.records {
            let lead = Array(Article(parsing: record.article).sentences.prefix(3))
            let row = scorer.scoreRows([RougeItem(candidate: lead, references: record.references)])[0]
            for m in 0..<4 { sums[m] += row[m].fmeasure }
        }
        let system = evaluation.report.systems[0]
        let reported = [system.rouge1, system.rouge2, system.rougeL, system.rougeLsum].map(\.fmeasure)
        for m in 0..<4 {
            #expect(abs(reported[m] - sums[m] / Double(Self.records.count)) < 1e-12)
        }
        #expect(evaluation.summaries[0].last?.count == 3)
    }

    @Test func resultsDoNotDependOnTheThreadCount() throws {
        let names = ["lead-3", "default", "lexrank", "textrank", "oracle"]
        func run(threads: Int) throws -> Evaluation {
            try Evaluation(dataset: "fixtures", records: Self.records, systems: Self.systems(names),
                           options: .init(resamples: 200, significanceTrials: 500, seed: 7, threads: threads))
        }
        let one = try run(threads: 1)
        let two = try run(threads: 2)
        #expect(one.summaries == two.summaries)
        #expect(one.scores == two.scores)
        for (a, b) in zip(one.report.systems, two.report.systems) {
            #expect(a.name == b.name)
            for ((_, x), (_, y)) in zip(a.measures, b.measures) {
                #expect(x.fmeasure == y.fmeasure && x.low == y.low && x.high == y.high && x.pValue == y.pValue)
            }
            #expect(a.pValueVsBaseline == b.pValueVsBaseline)
            #expect(a.wordsPerSummary == b.wordsPerSummary)
        }
    }

    @Test func oracleIsAnUpperBoundOnROUGE1() throws {
        let evaluation = try Evaluation(
            dataset: "fixtures", records: Self.records, systems: Self.systems(["lead-3", "default", "oracle"]),
            options: .init(resamples: 50, significanceTrials: 50))
        let r1 = evaluation.report.systems.map(\.rouge1.fmeasure)
        #expect(r1[2] >= r1[0] && r1[2] >= r1[1])
        // The oracle never exceeds the budget.
        #expect(evaluation.summaries[2].allSatisfy { $0.count <= 3 })
    }

    @Test func matchReferenceBudgetFollowsEachReference() throws {
        let evaluation = try Evaluation(
            dataset: "fixtures", records: Self.records, systems: Self.systems(["lead"]),
            options: .init(budget: .matchReference, baseline: nil, resamples: 10, significanceTrials: 10))
        for (record, summary) in zip(Self.records, evaluation.summaries[0]) {
            let sentences = Article(parsing: record.article).sentences.count
            #expect(summary.count == min(record.references[0].count, sentences))
        }
    }

    @Test func externalPredictionsAreScoredLikeTheOthers() throws {
        let lead = try Evaluation(dataset: "f", records: Self.records, systems: Self.systems(["lead-3"]),
                                  options: .init(baseline: nil, resamples: 10, significanceTrials: 10))
        var summaries: [String: [String]] = [:]
        for (record, summary) in zip(Self.records, lead.summaries[0]) { summaries[record.id] = summary }
        let external = EvaluationSystem(name: "copy", kind: .predictions(summaries, secondsPerArticle: 0.5))
        let evaluation = try Evaluation(dataset: "f", records: Self.records, systems: Self.systems(["lead-3"]) + [external],
                                        options: .init(resamples: 10, significanceTrials: 100))
        let (a, b) = (evaluation.report.systems[0], evaluation.report.systems[1])
        #expect(a.rouge1.fmeasure == b.rouge1.fmeasure)
        #expect(b.secondsPerArticle == 0.5)
        // Identical systems: nothing to tell them apart.
        #expect(b.pValueVsBaseline == 1)
    }

    @Test func badSetupsAreClearErrors() throws {
        #expect(throws: EvaluationError.unknownBaseline("lead-3")) {
            try Evaluation(dataset: "f", records: Self.records, systems: Self.systems(["default"]))
        }
        let unreferenced = [ArticleRecord(id: "x", article: "Some text here.")]
        #expect(throws: EvaluationError.noReference(id: "x")) {
            try Evaluation(dataset: "f", records: unreferenced, systems: Self.systems(["lead-3"]))
        }
        #expect(throws: Summarizer.Algorithm.ParseError.self) { try EvaluationSystem(parsing: "lead-zero") }
        #expect(throws: Summarizer.Algorithm.ParseError.self) { try EvaluationSystem(parsing: "bogus") }
    }

    @Test func systemsFollowTheSpecificationGrammar() throws {
        // One grammar: names are read case-insensitively, and oracle and lead-K take no option.
        if case .oracle = try EvaluationSystem(parsing: "Oracle").kind {} else { Issue.record("Oracle is the oracle") }
        if case .lead(5) = try EvaluationSystem(parsing: "LEAD-5").kind {} else { Issue.record("LEAD-5 is lead-5") }
        #expect(throws: Summarizer.Algorithm.ParseError("'oracle' has no option 'k'")) {
            try EvaluationSystem(parsing: "oracle:k=3")
        }
        #expect(throws: Summarizer.Algorithm.ParseError("'lead-3' has no option 'x'")) {
            try EvaluationSystem(parsing: "lead-3:x=1")
        }
        #expect(throws: Summarizer.Algorithm.ParseError("'lexrank' has no option 'k'")) {
            try EvaluationSystem(parsing: "lexrank:k=1")
        }
        let system = try EvaluationSystem(parsing: "lexrank:threshold=0.2")
        #expect(system.name == "lexrank:threshold=0.2")
        if case .summarizer(let configuration) = system.kind {
            #expect(configuration.algorithm == .lexRank(threshold: 0.2))
        } else {
            Issue.record("lexrank:threshold=0.2 is a summarizer")
        }
    }

    @Test func reportsRenderAsMarkdownCSVAndJSON() throws {
        let evaluation = try Evaluation(
            dataset: "fixtures", records: Self.records, systems: Self.systems(["lead-3", "default"]),
            options: .init(resamples: 20, significanceTrials: 20))
        let markdown = EvaluationTable.markdown(evaluation.report)
        #expect(markdown.contains("| system | ROUGE-1 F [95% CI] | ROUGE-2 F [95% CI] | ROUGE-L F [95% CI] | ROUGE-Lsum F [95% CI] | p vs lead-3 | words | ms/article |"))
        #expect(markdown.contains("\n| lead-3 | ") && markdown.contains("\n| default | "))
        let csv = EvaluationTable.csv(evaluation.report).split(separator: "\n")
        #expect(csv.count == 3)
        #expect(csv.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 28 })

        let data = try JSONEncoder().encode(evaluation.report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["articles"] as? Int == 6)
        let systems = try #require(object["systems"] as? [[String: Any]])
        let first = try #require(systems.first)
        for key in ["name", "rouge1", "rouge2", "rougeL", "rougeLsum", "wordsPerSummary", "secondsPerArticle"] {
            #expect(first[key] != nil, "\(key)")
        }
        let rouge1 = try #require(first["rouge1"] as? [String: Any])
        for key in ["precision", "recall", "fmeasure", "low", "high"] {
            let value = try #require(rouge1[key] as? Double)
            #expect(value >= 0 && value <= 1)
        }
        #expect(systems[1]["pValueVsBaseline"] as? Double != nil)
    }
}
