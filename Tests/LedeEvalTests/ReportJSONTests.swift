import Foundation
import Testing
@testable import LedeEval

@Suite struct ReportJSONTests {
    struct Sample: Encodable {
        struct Inner: Encodable { var zeta: Int, alpha: String }
        var title: String
        var scores: [Double]
        var inner: Inner
        var missing: String?
        var flag: Bool
    }

    let sample = Sample(
        title: "a \"quoted\"\\ line\n\t/ é \u{8}\u{C}\u{1B}", scores: [0.25, 1, 1e-05, 0.30000000000000004, 0],
        inner: .init(zeta: 3, alpha: "x"), missing: nil, flag: true)

    @Test func compactIsWhatJSONEncoderWritesWithSortedKeys() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let foundation = String(decoding: try encoder.encode(sample), as: UTF8.self)
        #expect(try ReportJSON.encode(sample) == foundation)
    }

    @Test func lineKeepsTheEncodingOrderWithSpaces() throws {
        let text = try ReportJSON.encode(sample.inner, layout: .line)
        #expect(text == #"{"zeta": 3, "alpha": "x"}"#)
        let list = try ReportJSON.encode([1.5, 2], layout: .line)
        #expect(list == "[1.5, 2]")
    }

    @Test func measuresPutsEachOuterMemberOnItsOwnLine() throws {
        struct Outer: Encodable { var b: [Int], a: Sample.Inner }
        let text = try ReportJSON.encode(Outer(b: [1, 2], a: .init(zeta: 1, alpha: "y")), layout: .measures)
        #expect(text == "{\n  \"b\": [1, 2],\n  \"a\": {\"zeta\": 1, \"alpha\": \"y\"}\n}")
    }

    @Test func aNumberThatIsNotFiniteIsAnError() {
        #expect(throws: EncodingError.self) { try ReportJSON.encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try ReportJSON.encode(["x": Double.infinity]) }
    }

    @Test func controlCharactersAreEscaped() throws {
        let text = try ReportJSON.encode(["\u{1}\u{1F}"])
        #expect(text == #"["\u0001\u001f"]"#)
        let back = try JSONSerialization.jsonObject(with: Data(try ReportJSON.encode([sample.title]).utf8)) as? [String]
        #expect(back == [sample.title])
    }
}
