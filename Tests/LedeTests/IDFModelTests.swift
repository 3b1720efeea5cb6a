import Foundation
import Testing
@testable import Lede

@Suite struct IDFModelTests {
    @Test func weighsRareTermsHigher() {
        let model = IDFModel(documentCount: 100, documentFrequency: ["cartel": 2, "said": 90])
        #expect(abs(model.idf("said") - (log(101.0 / 91.0) + 1)) < 1e-12)
        #expect(abs(model.idf("cartel") - (log(101.0 / 3.0) + 1)) < 1e-12)
        #expect(model.idf("cartel") > model.idf("said"))
        // Unknown terms weigh as a term seen once.
        #expect(model.idf("zyzzyva") == IDFModel(documentCount: 100, documentFrequency: ["zyzzyva": 1]).idf("zyzzyva"))
    }

    @Test func serializationRoundTrips() throws {
        let model = IDFModel(documentCount: 12, documentFrequency: ["b": 3, "a": 1, "c": 12])
        let text = model.serialized()
        #expect(text == "lede-idf 1 12\na\t1\nb\t3\nc\t12\n")
        #expect(try IDFModel(serialized: text) == model)
    }

    @Test func malformedModelsNameTheLine() {
        #expect(throws: IDFModel.FormatError(line: 1, reason: "expected the header 'lede-idf 1 <documents>'")) {
            try IDFModel(serialized: "hello\n")
        }
        #expect(throws: IDFModel.FormatError(line: 3, reason: "expected 'term<TAB>count'")) {
            try IDFModel(serialized: "lede-idf 1 5\na\t1\nb three\n")
        }
    }
}
