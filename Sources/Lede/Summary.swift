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
    /// Every body sentence with its score and rank, in document order.
    public var candidates: [Sentence]

    /// The summary as text, one sentence per line.
    public var text: String {
        sentences.map(\.text).joined(separator: "\n")
    }

    init(article: Article, table: SentenceTable, scores: [Double], selected: [Int]) {
        let order = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var rank = [Int](repeating: 0, count: scores.count)
        for (position, index) in order.enumerated() { rank[index] = position + 1 }
        let selectedSet = Set(selected)
        self.title = article.title
        self.abstract = article.abstract
        let candidates = table.texts.indices.map { i in
            Sentence(index: i, text: table.texts[i], score: scores[i], rank: rank[i], isSelected: selectedSet.contains(i))
        }
        self.candidates = candidates
        self.sentences = selected.map { candidates[$0] }
    }
}
