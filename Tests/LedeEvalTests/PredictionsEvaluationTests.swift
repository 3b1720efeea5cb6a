import Foundation
import Testing
import LedeEval
import LedeRouge

@Suite struct PredictionsEvaluationTests {
    let records = (0..<40).map { index in
        ArticleRecord(id: "item-\(index)", article: "unused",
                      references: [["The storm closed the bridge on day \(index)."], ["A bridge was closed."]])
    }

    private func predictions(_ text: (Int) -> String) -> [Prediction] {
        records.indices.map { Prediction(id: records[$0].id, sentences: [text($0)]) }
    }

    private func evaluation(options: PredictionsEvaluation.Options = .init(threads: 2),
                            measures: [RougeMeasure] = [.n(1), .lsum]) throws -> PredictionsEvaluation {
        let alignment = PredictionsAlignment(
            predictions: predictions { "The storm closed \($0 % 3 == 0 ? "the bridge" : "a road") today." },
            records: records)
        return try PredictionsEvaluation(scorer: try RougeScorer(measures: measures), alignment: alignment, options: options)
    }

    @Test func meansAndIntervalsOverItems() throws {
        let result = try evaluation(options: .init(bootstrap: .init(resamples: 500, seed: 3), threads: 2))
        #expect(result.ids.count == 40 && result.perItem.count == 40)
        let rouge1 = result.results[0]
        #expect(rouge1.measure == .n(1))
        #expect(rouge1.aggregate.mean == RougeAggregate.mean(result.perItem.map { $0[0] }))
        let interval = try #require(rouge1.aggregate.interval)
        #expect(interval.low.fmeasure <= rouge1.aggregate.mean.fmeasure)
        #expect(rouge1.aggregate.mean.fmeasure <= interval.high.fmeasure)
        #expect(try evaluation(options: .init(bootstrap: .init(resamples: 500, seed: 3), threads: 1)).results[0]
            .aggregate == rouge1.aggregate)
    }

    @Test func baselineComparison() throws {
        let same = PredictionsAlignment(
            predictions: predictions { "The storm closed \($0 % 3 == 0 ? "the bridge" : "a road") today." },
            records: records)
        let identical = try evaluation(options: .init(baseline: .init(alignment: same, trials: 500)))
        #expect(identical.results.allSatisfy { $0.significance?.pValue == 1 })
        let weaker = PredictionsAlignment(predictions: predictions { _ in "Nothing happened." }, records: records)
        let better = try evaluation(options: .init(baseline: .init(alignment: weaker, trials: 500)))
        let test = try #require(better.results[0].significance)
        #expect(test.pValue < 0.01 && test.meanDifference > 0)
        let partial = PredictionsAlignment(predictions: Array(predictions { _ in "x" }.prefix(10)), records: records)
        #expect(throws: PredictionsAlignmentError.self) {
            try evaluation(options: .init(baseline: .init(alignment: partial)))
        }
    }

    @Test func jsonHasOneKeyPerMeasureWithFractions() throws {
        let result = try evaluation(
            options: .init(bootstrap: .init(resamples: 200), perlAverages: .init(resamples: 100), threads: 1),
            measures: [.n(1), .n(2), .l, .lsum, .w(weight: 1.2), .su(maxSkip: 4)])
        let json = try PredictionsReport(result).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["rouge1", "rouge2", "rougeL", "rougeLsum", "rougeW-1.2", "rougeSU4"])
        let rouge2 = try #require(object["rouge2"] as? [String: Any])
        for key in ["precision", "recall", "fmeasure"] {
            let value = try #require(rouge2[key] as? Double)
            #expect(value >= 0 && value <= 1)
        }
        let low = try #require(rouge2["low"] as? [String: Double])
        #expect(Set(low.keys) == ["precision", "recall", "fmeasure"])
        #expect(rouge2["high"] is [String: Double])
        #expect(rouge2["perl_average"] is [String: Any])
        #expect(!json.contains("nan") && !json.contains("inf"))
    }

    @Test func perItemLinesAndTable() throws {
        let result = try evaluation()
        let report = PredictionsReport(result)
        let lines = try report.perItemLines()
        #expect(lines.count == 40)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["id"] as? String == "item-0")
        let rouge1 = try #require(first["rouge1"] as? [String: Double])
        #expect(rouge1["fmeasure"] == result.perItem[0][0].fmeasure)
        let table = report.table().split(separator: "\n")
        #expect(table.count == 3)
        #expect(table[0].hasPrefix("measure"))
        #expect(table[2].hasPrefix("rougeLsum"))
    }

    @Test func jsonStringsAreEscaped() throws {
        let alignment = PredictionsAlignment(
            predictions: [Prediction(id: "quote\"and\\slash\n", sentences: ["a b"])],
            records: [ArticleRecord(id: "quote\"and\\slash\n", article: "x", references: [["a b c"]])])
        let result = try PredictionsEvaluation(scorer: try RougeScorer(measures: [.n(1)]), alignment: alignment)
        let line = try #require(try PredictionsReport(result).perItemLines().first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "quote\"and\\slash\n")
    }
}
