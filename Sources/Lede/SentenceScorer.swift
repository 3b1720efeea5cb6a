/// Scores every sentence of a table with the configured algorithm.
struct SentenceScorer: Sendable {
    var configuration: Summarizer.Configuration
    var kernel = SimilarityKernel()

    struct Scores {
        /// One score per sentence; higher is more central. Always finite.
        var centrality: [Double]
        /// The cosine similarities of the sentences' TF-IDF vectors.
        var cosine: SimilarityGraph
    }

    func scores(for table: SentenceTable) -> Scores {
        if let classic = configuration.algorithm.classicScores(for: table) {
            // Ranked by score alone: no similarity graph is needed for selection.
            return Scores(centrality: classic.map { $0.isFinite ? Double($0) : 0 }, cosine: .empty(count: table.count))
        }
        let vectors = TFIDFVectorizer(corpusIDF: configuration.idf).vectors(for: table)
        let cosine = kernel.graph(of: vectors)
        let raw: [Float]
        switch configuration.algorithm {
        case .lexRank(let threshold):
            raw = LexRank(threshold: threshold.map(Float.init)).scores(cosine: cosine)
        case .textRank:
            let presence = TFIDFVectorizer.presence(of: vectors)
            let distinctTerms = (0..<table.count).map { presence.rowStart[$0 + 1] - presence.rowStart[$0] }
            raw = TextRank().scores(overlap: kernel.graph(of: presence), lengths: distinctTerms)
        case .positional(let parameters):
            raw = DirectedCentrality(parameters: parameters).scores(cosine: cosine)
        case .lsa, .luhn, .sumBasic, .klSum, .edmundson:
            preconditionFailure("classic algorithms are scored above")
        case .lead:
            let n = table.count
            raw = (0..<n).map { Float(n - $0) / Float(max(n, 1)) }
        }
        let finite = raw.map { $0.isFinite ? Double($0) : 0 }
        let weighed = configuration.algorithm == .lead
            ? finite
            : configuration.priors.apply(to: finite, texts: (0..<table.count).map(table.text), wordCounts: table.wordCounts)
        return Scores(centrality: weighed, cosine: cosine)
    }
}
