import Dispatch
import Synchronization
import Foundation
import LedeText
import Testing
@testable import Lede

/// The long-document path (no stored graph) against the explicit graph of the short path.
@Suite struct LongDocumentTests {
    /// The project's own sample pages, joined: real text of a few hundred sentences.
    static let pages: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Datasets/pages")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
        return names.filter { $0.hasSuffix(".txt") }
            .compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
            .joined(separator: "\n\n")
    }()

    static func table(_ text: String) -> SentenceTable {
        var cache = TermCache()
        return SentenceTable(paragraphs: Article(parsing: text).paragraphs, cache: &cache)
    }

    static var realVectors: SparseRows { TFIDFVectorizer().vectors(for: table(pages)) }

    /// Unit-length random rows with positive weights, like TF-IDF vectors, some empty.
    static func randomVectors(rows: Int, columns: Int, density: Double, seed: UInt64) -> SparseRows {
        let raw = SimilarityKernelTests.randomRows(rows: rows, columns: columns, density: density, seed: seed)
        var unit = SparseRows(columnCount: columns)
        for i in 0..<rows {
            let entries = raw.row(i).map { (column: $0.0, value: abs($0.1) + 0.01) }
            let norm = entries.reduce(Float(0)) { $0 + $1.value * $1.value }.squareRoot()
            unit.appendRow(entries.map { (column: $0.column, value: $0.value / norm) })
        }
        return unit
    }

    static func cases() -> [(name: String, vectors: SparseRows)] {
        [("real", realVectors),
         ("random sparse", randomVectors(rows: 400, columns: 300, density: 0.02, seed: 11)),
         ("random dense", randomVectors(rows: 150, columns: 40, density: 0.3, seed: 12))]
    }

    static func relativeError(_ actual: [Float], _ expected: [Float]) -> Double {
        let scale = max(expected.map { abs(Double($0)) }.max() ?? 0, 1e-30)
        return zip(actual, expected).map { abs(Double($0) - Double($1)) / scale }.max() ?? 0
    }

    /// Indices by descending score, ties to the earlier one.
    static func ranking(_ scores: [Float]) -> [Int] {
        scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    }

    @Test func implicitProductsAgreeWithTheExplicitGraph() {
        for (name, vectors) in Self.cases() {
            #expect(vectors.rowCount > 100, "\(name)")
            let graph = SimilarityKernel().graph(of: vectors)
            let implicit = ImplicitSimilarity(vectors: vectors)
            var generator = SplitMix64(seed: 5)
            let v = (0..<vectors.rowCount).map { _ in Float.random(in: 0...1, using: &generator) }
            var expected = [Float](repeating: 0, count: v.count)
            graph.propagate(v, into: &expected)
            #expect(Self.relativeError(implicit.product(v), expected) < 1e-5, "\(name): S v")
            #expect(Self.relativeError(implicit.rowSums(), graph.outWeights()) < 1e-5, "\(name): row sums")
            var forward = [Float](repeating: 0, count: v.count), backward = forward
            graph.forEachEdge { i, j, w in
                if j > i { forward[i] += w } else { backward[i] += w }
            }
            #expect(Self.relativeError(implicit.forwardSums().map(Float.init), forward) < 1e-5, "\(name): forward")
            #expect(Self.relativeError(implicit.backwardSums().map(Float.init), backward) < 1e-5, "\(name): backward")
            for (i, j) in [(0, 1), (3, 40), (99, 7)] {
                #expect(implicit.weight(i, j) == graph.weight(i, j), "\(name): weight(\(i), \(j))")
            }
        }
    }

    @Test func forwardCentralityRanksIdenticallyBothWays() {
        for (name, vectors) in Self.cases() {
            for parameters in [Summarizer.PositionalParameters(),
                               Summarizer.PositionalParameters(precedingWeight: -0.3, followingWeight: 1, threshold: 0),
                               Summarizer.PositionalParameters(precedingWeight: -0.3, followingWeight: 1, threshold: 0.3)] {
                let centrality = DirectedCentrality(parameters: parameters)
                let explicit = centrality.scores(cosine: SimilarityKernel().graph(of: vectors))
                var similarity = ImplicitSimilarity(vectors: vectors)
                similarity.edgeWindow = .max
                let implicit = centrality.scores(similarity: similarity)
                #expect(Self.ranking(implicit) == Self.ranking(explicit), "\(name), \(parameters)")
                #expect(Self.relativeError(implicit, explicit) < 1e-5, "\(name), \(parameters)")
            }
        }
    }

    @Test func lexRankAgreesBothWays() {
        for (name, vectors) in Self.cases() {
            let graph = SimilarityKernel().graph(of: vectors)
            var similarity = ImplicitSimilarity(vectors: vectors)
            similarity.edgeWindow = .max
            for threshold: Float? in [nil, 0.1, 0.3] {
                let lexRank = LexRank(threshold: threshold)
                let error = Self.relativeError(lexRank.scores(similarity: similarity), lexRank.scores(cosine: graph))
                #expect(error < 1e-5, "\(name), threshold \(String(describing: threshold)): \(error)")
            }
        }
    }

    @Test func textRankAgreesBothWays() {
        for (name, vectors) in Self.cases() {
            let presence = TFIDFVectorizer.presence(of: vectors)
            let lengths = (0..<presence.rowCount).map { presence.rowStart[$0 + 1] - presence.rowStart[$0] }
            let explicit = TextRank().scores(overlap: SimilarityKernel().graph(of: presence), lengths: lengths)
            let implicit = TextRank().scores(presence: ImplicitSimilarity(vectors: presence), lengths: lengths)
            let error = Self.relativeError(implicit, explicit)
            #expect(error < 1e-4, "\(name): \(error)")
        }
    }

    @Test func exponentialSumApproximatesTheNormalizer() {
        let terms = TextRank.exponentialSum(from: 0.69, to: 12, tolerance: TextRank.normalizerTolerance)
        #expect(terms.count < 30)
        for x in stride(from: 0.69, through: 12, by: 0.01) {
            let approximation = terms.reduce(0) { $0 + $1.weight * exp(-$1.rate * x) }
            #expect(abs(approximation * x - 1) < TextRank.normalizerTolerance, "x = \(x)")
        }
    }

    @Test(arguments: [(Float(0.05), Int.max), (Float(0.2), Int.max), (Float(0.5), Int.max), (Float(0.1), 25), (Float(0.0001), 3)] as [(Float, Int)])
    func edgeSearchFindsExactlyThePairsAboveTheThreshold(threshold: Float, window: Int) {
        let vectors = Self.randomVectors(rows: 300, columns: 120, density: 0.05, seed: 21)
        let edges = SimilarityEdgeSearch.edges(of: vectors, above: threshold, window: window)
        for i in 0..<vectors.rowCount {
            var expected: [Int32] = []
            for j in 0..<vectors.rowCount where j != i && abs(i - j) <= window {
                if ImplicitSimilarity.dot(vectors, min(i, j), max(i, j)) > threshold { expected.append(Int32(j)) }
            }
            #expect(Array(edges.row(i).map(\.0)) == expected, "row \(i)")
        }
    }

    @Test func copiesOfOneSentenceAreSummarizedByEveryAlgorithm() {
        let text = String(repeating: "The harbour town of Tilma Bay tested its new flood gates on Monday. ", count: 20_000)
        for algorithm in ["default", "lexrank", "lexrank-continuous", "textrank", "positional:threshold=0.3"] {
            let summary = Summarizer(configuration: try! Summarizer.Configuration(parsing: algorithm)).summarize(text)
            #expect(summary.candidates.count == 20_000, "\(algorithm)")
            // Every copy is redundant with the first one chosen.
            #expect(summary.sentences.map(\.text) == ["The harbour town of Tilma Bay tested its new flood gates on Monday."], "\(algorithm)")
            #expect(summary.candidates.allSatisfy { $0.score.isFinite }, "\(algorithm)")
        }
    }

    @Test func repeatedSentencesScoreAsTheirCopies() {
        // Real sentences, each repeated a few times out of order: classes of identical vectors.
        let base = Self.realVectors
        var repeated = SparseRows(columnCount: base.columnCount)
        for k in 0..<(3 * base.rowCount) {
            let i = (k * 7) % base.rowCount
            repeated.appendRow(base.row(i).map { (column: $0.0, value: $0.1) })
        }
        let graph = SimilarityKernel().graph(of: repeated)
        var similarity = ImplicitSimilarity(vectors: repeated)
        similarity.edgeWindow = .max
        let lexRank = LexRank(threshold: 0.1)
        #expect(Self.relativeError(lexRank.scores(similarity: similarity), lexRank.scores(cosine: graph)) < 1e-5)
        let positional = DirectedCentrality(parameters: .init(precedingWeight: -0.3, followingWeight: 1, threshold: 0.3))
        #expect(Self.relativeError(positional.scores(similarity: similarity), positional.scores(cosine: graph)) < 1e-5)
    }

    @Test func longDocumentsGetTheSameSummaryOnAnyNumberOfThreads() {
        let text = Array(repeating: Self.pages, count: 12).enumerated()
            .map { "\($0.element)\n\nPart \($0.offset) closes with its own line." }.joined(separator: "\n\n")
        let summarizer = Summarizer()
        let alone = summarizer.summarize(text).sentences.map(\.index)
        #expect(Self.table(text).count > 3_000)
        let results = Mutex([[Int]](repeating: [], count: 4))
        DispatchQueue.concurrentPerform(iterations: 4) { k in
            let indices = summarizer.summarize(text).sentences.map(\.index)
            results.withLock { $0[k] = indices }
        }
        #expect(results.withLock { $0 } == Array(repeating: alone, count: 4))
    }
}
