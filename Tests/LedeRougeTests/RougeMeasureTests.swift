import Testing
import LedeRouge

@Suite struct RougeMeasureTests {
    @Test(arguments: [
        (RougeMeasure.n(1), "rouge1"), (.n(9), "rouge9"), (.l, "rougeL"), (.lsum, "rougeLsum"),
        (.w(weight: 1.2), "rougeW-1.2"), (.w(weight: 2), "rougeW-2"), (.s(maxSkip: 4), "rougeS4"),
        (.s(maxSkip: nil), "rougeS*"), (.su(maxSkip: 0), "rougeSU0"), (.su(maxSkip: nil), "rougeSU*"),
    ])
    func namesRoundTrip(measure: RougeMeasure, name: String) {
        #expect(measure.name == name)
        #expect(RougeMeasure(name: name) == measure)
    }

    @Test func parsingIgnoresCaseAndKnowsTheShortWeightName() {
        #expect(RougeMeasure(name: "ROUGELSUM") == .lsum)
        #expect(RougeMeasure(name: "rougeW") == .w(weight: 1.2))
        #expect(RougeMeasure(name: "rougeSU4") == .su(maxSkip: 4))
    }

    @Test(arguments: ["rouge0", "rouge10", "rouge", "rougeX", "rougeS", "rougeS-1", "rougeW-0", "rougeW-x", "bleu", ""])
    func rejectsUnknownNames(name: String) {
        #expect(RougeMeasure(name: name) == nil)
    }

    @Test func invalidParametersAreConfigurationErrors() {
        #expect(throws: RougeConfigurationError.invalidMeasure("rouge0: n must be between 1 and 9")) {
            try RougeScorer(measures: [.n(0)])
        }
        #expect(throws: RougeConfigurationError.self) { try RougeScorer(measures: [.w(weight: -1)]) }
        #expect(throws: RougeConfigurationError.self) { try RougeScorer(measures: [.s(maxSkip: -2)]) }
        #expect(throws: RougeConfigurationError.noMeasures) { try RougeScorer(measures: []) }
        #expect(throws: RougeConfigurationError.invalidAlpha(1.5)) { try RougeScorer(alpha: 1.5) }
        #expect(throws: RougeConfigurationError.self) { try RougeScorer(lengthLimit: .words(10)) }
        #expect(throws: RougeConfigurationError.self) { try RougeScorer(profile: .perl, lengthLimit: .bytes(0)) }
    }
}
