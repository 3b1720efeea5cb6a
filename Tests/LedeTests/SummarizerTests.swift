import Testing
@testable import Lede

@Suite struct SummarizerTests {
    static let story = """
        The river Wend burst its banks on Sunday night and flooded the lower town of Kelby.
        About 300 homes in Kelby were flooded and 40 people were taken to the sports hall.
        Mr. Dale Orrin, who runs the bakery on Mill Street, said the water reached his ovens.
        Rain is expected to ease on Tuesday, the weather service said.
        The council said the flood defences on the river Wend had held in the upper town.
        Engineers will inspect the Wend defences in Kelby once the water falls.
        A football match planned for Saturday was moved to another ground.
        """

    @Test func summaryIsVerbatimInDocumentOrderAndDeterministic() {
        for algorithm: Summarizer.Algorithm in [.lexRank(threshold: 0.1), .lexRank(threshold: nil), .textRank, .positional(.init()), .lead] {
            let summarizer = Summarizer(configuration: .init(algorithm: algorithm))
            let summary = summarizer.summarize(Self.story)
            #expect(summary.sentences.count == 3, "\(algorithm)")
            let indices = summary.sentences.map(\.index)
            #expect(indices == indices.sorted())
            for sentence in summary.sentences {
                #expect(Self.story.contains(sentence.text))
                #expect(sentence.score.isFinite)
            }
            #expect(summarizer.summarize(Self.story) == summary)
            // A fresh summarizer (empty stem cache) gives the same result.
            #expect(Summarizer(configuration: .init(algorithm: algorithm)).summarize(Self.story) == summary)
        }
    }

    @Test func leadTakesTheFirstSentences() {
        let summary = Summarizer(configuration: .init(algorithm: .lead)).summarize(Self.story)
        #expect(summary.sentences.map(\.index) == [0, 1, 2])
    }

    @Test func centralSentencesWin() {
        // The sentences about the flood in Kelby share the most terms; the football match none.
        let summary = Summarizer().summarize(Self.story)
        #expect(!summary.sentences.contains { $0.text.contains("football") })
        #expect(summary.candidates.count == 7)
        #expect(summary.candidates.map(\.rank).sorted() == Array(1...7))
    }

    @Test func corpusIDFChangesTheWeights() throws {
        var cache = TermCache()
        let table = SentenceTable(paragraphs: [Self.story], cache: &cache, keepVocabulary: true)
        let wend = try #require(table.vocabulary.firstIndex(of: "wend"))
        let sentence = try #require((0..<table.count).first { table.terms(of: $0).contains(Int32(wend)) })
        let own = TFIDFVectorizer(corpusIDF: nil).vectors(for: table)
        let corpus = TFIDFVectorizer(corpusIDF: IDFModel(documentCount: 1_000, documentFrequency: ["wend": 999]))
            .vectors(for: table)
        // A word nearly every corpus document holds weighs less than the document's own IDF says.
        #expect(corpus.value(row: sentence, column: wend) < own.value(row: sentence, column: wend))
    }

    @Test func emptyBodyGivesAnEmptySummary() {
        let summary = Summarizer().summarize("")
        #expect(summary.sentences.isEmpty && summary.candidates.isEmpty)
        #expect(summary.text == "")
    }
}
