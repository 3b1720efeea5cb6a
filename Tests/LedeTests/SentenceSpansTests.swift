import LedeText
import Testing
@testable import Lede

@Suite struct SentenceSpansTests {
    /// Multi-byte letters and marks before, inside and between sentences, over two paragraphs.
    static let paragraphs = [
        "Zoë’s café opened in Malmö. «Très bien», a dit le critique. Prices: 5 €.",
        "“We’re thrilled,” said Ana. 東京でも営業。",
    ]

    @Test func textsAreTheSegmentersSentences() {
        var cache = TermCache()
        let table = SentenceTable(paragraphs: Self.paragraphs, cache: &cache)
        let segmenter = SentenceSegmenter()
        let expected = Self.paragraphs.flatMap { segmenter.sentences(in: $0) }
        #expect(table.count == expected.count)
        #expect((0..<table.count).map { String(table.spans.text($0)) } == expected)
        #expect(table.spans.paragraphs == [0, 0, 0, 1, 1])
    }

    @Test func firstScalarsAreThoseOfTheTexts() {
        var cache = TermCache()
        let table = SentenceTable(paragraphs: Self.paragraphs, cache: &cache)
        for i in 0..<table.count {
            #expect(table.spans.firstScalar(i) == table.spans.text(i).unicodeScalars.first)
        }
        #expect((0..<table.count).map(table.spans.firstScalar) == ["Z", "«", "P", "“", "東"])
    }

    @Test func termsOfBytesEqualTermsOfStrings() {
        // Extraction from a sentence's bytes inside its paragraph equals extraction from the
        // sentence as a string of its own.
        var cache = TermCache()
        let table = SentenceTable(paragraphs: Self.paragraphs, cache: &cache, keepVocabulary: true)
        var separate = TermCache()
        separate.beginDocument()
        for i in 0..<table.count {
            var terms: [Int32] = []
            let words = separate.extract(String(table.spans.text(i)), into: &terms)
            #expect(words == table.wordCounts[i])
            #expect(terms.map { separate.vocabulary[Int($0)] } == table.terms(of: i).map { table.vocabulary[Int($0)] })
        }
    }
}
