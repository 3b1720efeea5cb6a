import Testing
@testable import Lede

/// Textual algorithm options are range-checked and given once (issue 8, case 11).
@Suite struct SpecificationRangeTests {
    @Test(arguments: [
        ("positional:preceding=1e308", "'preceding' must be between -1000 and 1000 (got 1e+308)"),
        ("lexrank:threshold=-1", "'threshold' must be between 0 and 1 (got -1)"),
        ("lexrank:threshold=2", "'threshold' must be between 0 and 1 (got 2)"),
        ("positional:threshold=1.5", "'threshold' must be between 0 and 1 (got 1.5)"),
        ("default:redundancy=3", "'redundancy' must be between 0 and 1 (got 3)"),
        ("default:length=1e300", "'length' must be between 1 and 100000 (got 1e+300)"),
        ("default:min-words=-1", "'min-words' must be between 0 and 100000 (got -1)"),
        ("lexrank:threshold=0.1,threshold=0.2", "'threshold' is given more than once"),
        ("default:position=1,Position=2", "'position' is given more than once"),
    ])
    func outOfRangeOrRepeatedOptionsAreErrors(specification: String, message: String) {
        #expect(throws: Summarizer.Algorithm.ParseError(message)) { try Summarizer.Configuration(parsing: specification) }
    }

    @Test func valuesAtTheEdgesAreAccepted() throws {
        for specification in ["lexrank:threshold=0", "lexrank:threshold=1", "positional:preceding=-1000,following=1000",
                              "default:redundancy=1,digest=0", "default:length=none,digest=none", "lexrank:threshold=none"] {
            _ = try Summarizer.Configuration(parsing: specification)
        }
    }

    @Test func anIDFModelWithCRLFLineEndingsLoads() throws {
        let model = try IDFModel(serialized: "lede-idf 1 12\r\na\t1\r\nb\t3\r\n")
        #expect(model == IDFModel(documentCount: 12, documentFrequency: ["a": 1, "b": 3]))
    }
}
