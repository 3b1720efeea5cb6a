import Testing
import LedeRouge

/// ROUGE-W's weight is bounded so that its totals stay finite (issue 8, case 2).
@Suite struct RougeWeightBoundTests {
    @Test(arguments: [300.0, 500, 1000, 1e10, 5.001, 0, -1])
    func weightsOutOfRangeAreConfigurationErrors(weight: Double) {
        #expect(throws: RougeConfigurationError.self) { try RougeScorer(measures: [.w(weight: weight)]) }
    }

    @Test func theLargestWeightStaysFiniteOnLongSummaries() throws {
        let scorer = try RougeScorer(measures: [.w(weight: RougeMeasure.maximumWeight)], profile: .perl)
        let sentence = (1...200).map { "word\($0)" }.joined(separator: " ")
        let text = Array(repeating: sentence, count: 10).joined(separator: "\n")
        let score = try #require(scorer.score(candidate: text, reference: text)[.w(weight: RougeMeasure.maximumWeight)])
        for value in [score.precision, score.recall, score.fmeasure] {
            #expect(value.isFinite && value >= 0 && value <= 1)
        }
        #expect(score.recall > 0)
    }
}
