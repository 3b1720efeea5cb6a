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

@Suite struct ConfigurationSpecificationTests {
    @Test func defaultTakesTuningOptions() throws {
        let tuned = try Summarizer.Configuration(
            parsing: "default:position=0.5,quotation=1,length=none,redundancy=0.7,digest=none,min-words=4,preceding=-0.2")
        #expect(tuned.priors == Summarizer.Priors(positionExponent: 0.5, quotationFactor: 1, lengthLimit: nil, lengthScale: 15))
        #expect(tuned.redundancyThreshold == 0.7)
        #expect(tuned.digest == nil)
        #expect(tuned.minimumSentenceWords == 4)
        #expect(tuned.algorithm == .positional(.init(precedingWeight: -0.2, followingWeight: 1, threshold: 0)))
        let digest = try Summarizer.Configuration(parsing: "default:digest=0.5")
        #expect(digest.digest == Summarizer.Digest(algorithm: .textRank, threshold: 0.5))
    }

    @Test func unknownOptionsAreRejected() {
        #expect(throws: Summarizer.Algorithm.ParseError("'default' has no option 'speed'")) {
            try Summarizer.Configuration(parsing: "default:speed=2")
        }
        #expect(throws: Summarizer.Algorithm.ParseError("'textrank' has no option 'position'")) {
            try Summarizer.Configuration(parsing: "textrank:position=1")
        }
    }
}
