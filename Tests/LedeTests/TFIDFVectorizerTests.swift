import Testing
@testable import Lede

@Suite struct TFIDFVectorizerTests {
    @Test func vectorsAreUnitLengthAndIDFWeighted() {
        var cache = TermCache()
        let table = SentenceTable(paragraphs: ["Cats chase mice. Dogs chase cats. Birds sing."], cache: &cache, keepVocabulary: true)
        #expect(table.count == 3)
        #expect(table.vocabulary == ["cat", "chase", "mice", "dog", "bird", "sing"])
        let rows = TFIDFVectorizer().vectors(for: table)
        for i in 0..<rows.rowCount {
            let norm = rows.row(i).reduce(Float(0)) { $0 + $1.1 * $1.1 }
            #expect(abs(norm - 1) < 1e-6)
        }
        // "mice" occurs in one sentence, "chase" in two: mice weighs more in sentence 0.
        #expect(rows.value(row: 0, column: 2) > rows.value(row: 0, column: 1))
        // Sentence 2 shares nothing with the others.
        let graph = SimilarityKernel().graph(of: rows)
        #expect(graph.weight(0, 2) == 0 && graph.weight(1, 2) == 0)
        #expect(graph.weight(0, 1) > 0)
    }

    @Test func stopwordOnlySentencesGetEmptyVectors() {
        var cache = TermCache()
        let table = SentenceTable(paragraphs: ["It is what it is. Cats sleep."], cache: &cache, keepVocabulary: true)
        let rows = TFIDFVectorizer().vectors(for: table)
        #expect(Array(rows.row(0)).isEmpty)
        #expect(table.wordCounts == [5, 2])
    }

    @Test func presenceRowsCountSharedTerms() {
        var cache = TermCache()
        let table = SentenceTable(paragraphs: ["Red apples and red pears. Red pears ripen."], cache: &cache, keepVocabulary: true)
        let overlap = SimilarityKernel().graph(of: TFIDFVectorizer.presence(of: TFIDFVectorizer().vectors(for: table)))
        #expect(overlap.weight(0, 1) == 2)  // "red" and "pear"
    }
}
