import Testing
import LedeRouge

@Suite struct RougeScoreTests {
    @Test func storesItsParts() {
        let score = RougeScore(precision: 0.5, recall: 0.25, fmeasure: 1.0 / 3.0)
        #expect(score.precision == 0.5)
        #expect(score.recall == 0.25)
        #expect(abs(score.fmeasure - 1.0 / 3.0) < 1e-12)
    }
}
