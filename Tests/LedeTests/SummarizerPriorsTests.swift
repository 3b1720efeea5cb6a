import Foundation
import Testing
@testable import Lede

@Suite struct SummarizerPriorsTests {
    @Test func noPriorsLeaveScoresUntouched() {
        let scores = [0.3, 0.1, 0.2]
        #expect(Summarizer.Priors.none.apply(to: scores, openers: ["a", "b", "c"], wordCounts: [1, 1, 1]) == scores)
    }

    @Test func positionPriorFavoursEarlySentences() {
        let priors = Summarizer.Priors(positionExponent: 1)
        // Equal centrality: the earlier sentence wins, by exactly (i + 1)^-1.
        let weighed = priors.apply(to: [0.5, 0.5, 1.0, 0.0], openers: ["a", "b", "c", "d"], wordCounts: [5, 5, 5, 5])
        #expect(abs(weighed[0] - 0.501) < 1e-12)
        #expect(abs(weighed[1] - 0.501 / 2) < 1e-12)
        #expect(abs(weighed[2] - 1.001 / 3) < 1e-12)
        #expect(abs(weighed[3] - 0.001 / 4) < 1e-12)
    }

    @Test func quotationsAndLongSentencesArePenalized() {
        let priors = Summarizer.Priors(quotationFactor: 0.5, lengthLimit: 10, lengthScale: 5)
        let weighed = priors.apply(
            to: [1, 1, 1, 0], openers: ["“", "P", "L", "x"], wordCounts: [4, 5, 15, 1])
        #expect(abs(weighed[0] - 1.001 * 0.5) < 1e-12)
        #expect(abs(weighed[1] - 1.001) < 1e-12)
        #expect(abs(weighed[2] - 1.001 * exp(-1.0)) < 1e-12)
    }

    @Test func quotationMarksAreTypographicAndASCII() {
        for mark: Unicode.Scalar in ["\"", "“", "‘", "'", "«", "„"] {
            #expect(Summarizer.Priors.isQuotationMark(mark), "\(mark)")
        }
        for other: Unicode.Scalar in ["S", "”", "(", "-"] {
            #expect(!Summarizer.Priors.isQuotationMark(other), "\(other)")
        }
    }

    @Test func namedConfigurations() throws {
        #expect(try Summarizer.Configuration(parsing: "default") == Summarizer.Configuration.default)
        let textRank = try Summarizer.Configuration(parsing: "textrank")
        #expect(textRank.algorithm == .textRank && textRank.priors == .none)
        #expect(throws: Summarizer.Algorithm.ParseError.self) { try Summarizer.Configuration(parsing: "nope") }
    }
}
