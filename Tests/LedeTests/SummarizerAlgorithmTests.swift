import Testing
import Lede

@Suite struct SummarizerAlgorithmTests {
    @Test func parsesNamesAndOptions() throws {
        #expect(try Summarizer.Algorithm(parsing: "lexrank") == .lexRank(threshold: 0.1))
        #expect(try Summarizer.Algorithm(parsing: "LexRank:threshold=0.25") == .lexRank(threshold: 0.25))
        #expect(try Summarizer.Algorithm(parsing: "lexrank:threshold=none") == .lexRank(threshold: nil))
        #expect(try Summarizer.Algorithm(parsing: "lexrank-continuous") == .lexRank(threshold: nil))
        #expect(try Summarizer.Algorithm(parsing: "textrank") == .textRank)
        #expect(try Summarizer.Algorithm(parsing: "lead") == .lead)
        #expect(try Summarizer.Algorithm(parsing: "positional:preceding=-1,threshold=0.2") ==
            .positional(.init(precedingWeight: -1, followingWeight: 1, threshold: 0.2)))
    }

    @Test func descriptionRoundTrips() throws {
        let algorithms: [Summarizer.Algorithm] = [
            .lexRank(threshold: 0.1), .lexRank(threshold: nil), .textRank, .lead,
            .positional(.init(precedingWeight: -0.7, followingWeight: 1.5, threshold: 0.45)),
        ]
        for algorithm in algorithms {
            #expect(Summarizer.Algorithm(algorithm.description) == algorithm)
        }
    }

    @Test(arguments: [
        ("magic", "unknown algorithm 'magic'; expected one of: lexrank, lexrank-continuous, textrank, positional, lead, lsa, luhn, sumbasic, klsum, edmundson"),
        ("lexrank:threshold", "expected key=value, got 'threshold'"),
        ("lexrank:threshold=high", "'high' is not a number for 'threshold'"),
        ("textrank:damping=0.8", "'textrank' has no option 'damping'"),
        ("positional:preceding=none", "'preceding' needs a number"),
        ("lexrank:threshold=nan", "'nan' is not a number for 'threshold'"),
    ])
    func rejectsInvalidFormsWithAReason(text: String, reason: String) {
        #expect(throws: Summarizer.Algorithm.ParseError(reason)) { try Summarizer.Algorithm(parsing: text) }
        #expect(Summarizer.Algorithm(text) == nil)
    }
}
