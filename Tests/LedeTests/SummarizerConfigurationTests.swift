import Testing
@testable import Lede

@Suite struct SummarizerConfigurationTests {
    @Test func shortSummariesKeepTheLedeConfiguration() {
        let configuration = Summarizer.Configuration.default
        let resolved = configuration.resolved(sentences: 30, words: 600)
        #expect(resolved == configuration)
    }

    @Test func longSummariesBecomeDigests() {
        var configuration = Summarizer.Configuration.default
        configuration.budget = .sentences(8)
        let resolved = configuration.resolved(sentences: 20, words: 400)
        #expect(resolved.algorithm == .textRank)
        #expect(resolved.priors == .none)
        #expect(resolved.budget == .sentences(8))
        configuration.budget = .words(200)
        #expect(configuration.resolved(sentences: 20, words: 400).algorithm == .textRank)
        #expect(configuration.resolved(sentences: 20, words: 1_000).algorithm == Summarizer.Configuration.default.algorithm)
        configuration.budget = .ratio(0.5)
        #expect(configuration.resolved(sentences: 20, words: 400).algorithm == .textRank)
    }

    @Test func explicitAlgorithmsRunAsPublished() {
        let lead = Summarizer.Configuration(algorithm: .lead, budget: .sentences(3))
        #expect(lead.priors == .none && lead.digest == nil)
        #expect(lead.resolved(sentences: 4, words: 40) == lead)
    }
}
