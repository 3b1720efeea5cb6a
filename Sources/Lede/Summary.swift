import LedeText

/// The result of summarizing an article.
public struct Summary: Sendable, Hashable {
    /// One sentence of the article's body, with its score.
    public struct Sentence: Sendable, Hashable {
        /// The position of the sentence in the body, from 0.
        public var index: Int
        /// The sentence, verbatim from the body.
        public var text: String
        /// The centrality score the algorithm gave it (higher is more central).
        public var score: Double
        /// Its rank by score, from 1; ties go to the earlier sentence.
        public var rank: Int
        /// Whether the summary includes it.
        public var isSelected: Bool
    }

    /// The title the parser found, if any.
    public var title: String?
    /// The abstract (summary paragraph) the parser found, if any.
    public var abstract: String?
    /// The selected sentences, in document order.
    public var sentences: [Sentence]
    /// The language the body was read in: the configured one, or the one detected.
    public var language: Language

    /// The body and where its sentences are, so that every sentence's text is made only when
    /// ``candidates`` is asked for.
    private let spans: SentenceSpans
    private let scores: [Double]
    private let ranks: [Int]
    private let isSelected: [Bool]

    /// Every body sentence with its score and rank, in document order.
    public var candidates: [Sentence] {
        scores.indices.map(sentence)
    }

    /// The summary as text, one sentence per line.
    public var text: String {
        sentences.map(\.text).joined(separator: "\n")
    }

    init(article: Article, language: Language, table: SentenceTable, scores: [Double], selected: [Int]) {
        let order = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var ranks = [Int](repeating: 0, count: scores.count)
        for (position, index) in order.enumerated() { ranks[index] = position + 1 }
        var isSelected = [Bool](repeating: false, count: scores.count)
        for index in selected { isSelected[index] = true }
        self.title = article.title
        self.abstract = article.abstract
        self.language = language
        self.spans = table.spans
        self.scores = scores
        self.ranks = ranks
        self.isSelected = isSelected
        self.sentences = []
        self.sentences = selected.map(sentence)
    }

    private func sentence(_ i: Int) -> Sentence {
        Sentence(
            index: i, text: String(spans.text(i)),
            score: scores[i], rank: ranks[i], isSelected: isSelected[i])
    }
}
