/// Scores every sentence of a table with the configured algorithm.
///
/// Documents of up to ``Summarizer/LongDocumentSettings/sentenceLimit`` sentences (every news
/// article) get the explicit similarity graph from ``SimilarityKernel``; longer ones never form it: their
/// algorithms work from the sentence vectors (``ImplicitSimilarity``), in time and memory that
/// grow with the text instead of its square.
struct SentenceScorer: Sendable {
    var configuration: Summarizer.Configuration
    var kernel = SimilarityKernel()

    struct Scores {
        /// One score per sentence; higher is more central. Always finite.
        var centrality: [Double]
        /// The cosine similarity of the TF-IDF vectors of two sentences.
        var cosine: (Int, Int) -> Float
    }

    func scores(for table: SentenceTable) -> Scores {
        if let classic = configuration.algorithm.classicScores(for: table) {
            // Ranked by score alone, with no redundancy check: no similarity is needed.
            return Scores(centrality: classic.map { $0.isFinite ? Double($0) : 0 }, cosine: { _, _ in 0 })
        }
        let vectors = TFIDFVectorizer(corpusIDF: configuration.idf).vectors(for: table)
        let raw: [Float]
        let cosine: (Int, Int) -> Float
        let long = configuration.longDocuments
        if table.count > long.sentenceLimit {
            let similarity = ImplicitSimilarity(vectors: vectors, edgeWindow: long.edgeWindow)
            cosine = similarity.weight
            raw = longDocumentScores(similarity, table: table)
        } else {
            let graph = kernel.graph(of: vectors)
            cosine = graph.weight
            raw = scores(graph, vectors: vectors, table: table)
        }
        let finite = raw.map { $0.isFinite ? Double($0) : 0 }
        let weighed = configuration.algorithm == .lead
            ? finite
            : configuration.priors.apply(to: finite, openers: (0..<table.count).map(table.spans.firstScalar), wordCounts: table.wordCounts)
        return Scores(centrality: weighed, cosine: cosine)
    }

    private func scores(_ cosine: SimilarityGraph, vectors: SparseRows, table: SentenceTable) -> [Float] {
        switch configuration.algorithm {
        case .lexRank(let threshold):
            return LexRank(threshold: threshold.map(Float.init)).scores(cosine: cosine)
        case .textRank:
            let presence = TFIDFVectorizer.presence(of: vectors)
            return TextRank().scores(overlap: kernel.graph(of: presence), lengths: Self.distinctTerms(presence))
        case .positional(let parameters):
            return DirectedCentrality(parameters: parameters).scores(cosine: cosine)
        case .lead:
            return Self.leadScores(table.count)
        case .lsa, .luhn, .sumBasic, .klSum, .edmundson:
            preconditionFailure("the classic algorithms are scored without the similarity of sentences")
        }
    }

    private func longDocumentScores(_ similarity: ImplicitSimilarity, table: SentenceTable) -> [Float] {
        switch configuration.algorithm {
        case .lexRank(let threshold):
            return LexRank(threshold: threshold.map(Float.init)).scores(similarity: similarity)
        case .textRank:
            let presence = TFIDFVectorizer.presence(of: similarity.vectors)
            return TextRank().scores(presence: ImplicitSimilarity(vectors: presence), lengths: Self.distinctTerms(presence))
        case .positional(let parameters):
            return DirectedCentrality(parameters: parameters).scores(similarity: similarity)
        case .lead:
            return Self.leadScores(table.count)
        case .lsa, .luhn, .sumBasic, .klSum, .edmundson:
            preconditionFailure("the classic algorithms are scored without the similarity of sentences")
        }
    }

    private static func distinctTerms(_ rows: SparseRows) -> [Int] {
        (0..<rows.rowCount).map { rows.rowStart[$0 + 1] - rows.rowStart[$0] }
    }

    private static func leadScores(_ n: Int) -> [Float] {
        (0..<n).map { Float(n - $0) / Float(max(n, 1)) }
    }
}
