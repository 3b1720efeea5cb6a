import Testing
@testable import Lede

@Suite struct CentralityTests {
    /// A dense graph from a full symmetric matrix (diagonal ignored).
    static func graph(_ rows: [[Float]]) -> SimilarityGraph {
        let n = rows.count
        var m = rows.flatMap { $0 }
        for i in 0..<n { m[i * n + i] = 0 }
        return SimilarityGraph(count: n, storage: .dense(m))
    }

    static func sparse(_ dense: SimilarityGraph) -> SimilarityGraph {
        var rows = SparseRows(columnCount: dense.count)
        for i in 0..<dense.count {
            rows.appendRow((0..<dense.count).map { (column: Int32($0), value: dense.weight(i, $0)) })
        }
        return SimilarityGraph(count: dense.count, storage: .sparse(rows))
    }

    @Test func pageRankOnASymmetricGraphWithoutJumpsIsProportionalToDegree() {
        // Stationary distribution of a walk on an undirected graph: weighted degree / total.
        let g = Self.graph([[0, 1, 2, 0], [1, 0, 1, 1], [2, 1, 0, 0], [0, 1, 0, 0]])
        let scores = PageRank(jump: 0, tolerance: 1e-9, maximumIterations: 5_000).scores(on: g)
        let degrees: [Float] = [3, 3, 3, 1]
        for i in 0..<4 {
            #expect(abs(scores[i] - degrees[i] / 10) < 1e-4, "node \(i): \(scores[i])")
        }
    }

    @Test func pageRankIsADistributionAndHandlesIsolatedNodes() {
        let g = Self.graph([[0, 1, 0], [1, 0, 0], [0, 0, 0]])
        for graph in [g, Self.sparse(g)] {
            let scores = PageRank().scores(on: graph)
            #expect(abs(scores.reduce(0, +) - 1) < 1e-5)
            #expect(scores[0] == scores[1])
            #expect(scores[2] < scores[0])
            #expect(scores.allSatisfy { $0.isFinite })
        }
        #expect(PageRank().scores(on: SimilarityGraph(count: 0, storage: .dense([]))).isEmpty)
    }

    @Test func denseAndSparseGraphsGiveTheSameRanks() {
        let g = Self.graph([[0, 0.2, 0.5, 0.1, 0], [0.2, 0, 0.3, 0, 0], [0.5, 0.3, 0, 0.4, 0.1],
                            [0.1, 0, 0.4, 0, 0.2], [0, 0, 0.1, 0.2, 0]])
        let dense = LexRank(threshold: nil).scores(cosine: g)
        let sparse = LexRank(threshold: nil).scores(cosine: Self.sparse(g))
        for i in 0..<5 { #expect(abs(dense[i] - sparse[i]) < 1e-6) }
        #expect(dense.indices.max { dense[$0] < dense[$1] } == 2)  // the hub
    }

    @Test func thresholdedLexRankCountsOnlyEdgesAboveTheThreshold() {
        // Node 0 has many weak edges, node 1 one strong edge: the threshold decides.
        let g = Self.graph([[0, 0.05, 0.05, 0.05, 0.05], [0.05, 0, 0.9, 0, 0], [0.05, 0.9, 0, 0, 0],
                            [0.05, 0, 0, 0, 0], [0.05, 0, 0, 0, 0]])
        let continuous = LexRank(threshold: nil).scores(cosine: g)
        let thresholded = LexRank(threshold: 0.1).scores(cosine: g)
        #expect(continuous[1] > continuous[3])
        #expect(thresholded[0] == thresholded[3])  // both isolated above 0.1
        #expect(thresholded[1] > thresholded[0])
    }

    @Test func textRankNormalizesOverlapByLength() {
        // Same overlap counts; the long sentence 2 is penalized by its length.
        let overlap = Self.graph([[0, 2, 2], [2, 0, 2], [2, 2, 0]])
        let scores = TextRank().scores(overlap: overlap, lengths: [3, 3, 40])
        #expect(scores[0] == scores[1])
        #expect(scores[2] < scores[0])
    }

    @Test func directedCentralityRewardsSentencesEchoedLater() {
        // Sentence 0 resembles 2; sentence 2 resembles 0 (earlier): only 0 gains.
        let g = Self.graph([[0, 0, 0.8], [0, 0, 0.1], [0.8, 0.1, 0]])
        let parameters = Summarizer.PositionalParameters(precedingWeight: -0.5, followingWeight: 1, threshold: 0)
        let scores = DirectedCentrality(parameters: parameters).scores(cosine: g)
        #expect(abs(scores[0] - 0.8) < 1e-6)
        #expect(abs(scores[1] - 0.1) < 1e-6)
        #expect(abs(scores[2] - (-0.5 * 0.9)) < 1e-6)
        // The threshold removes weak edges relative to the document's range [0, 0.8].
        let strict = DirectedCentrality(parameters: .init(precedingWeight: -0.5, followingWeight: 1, threshold: 0.5))
        #expect(abs(strict.scores(cosine: g)[1]) < 1e-6)
    }

    @Test func directedCentralitySubtractsTheLowestEdgeWhenAllPairsAreConnected() {
        // Every pair connected: the cutoff is the lowest similarity, 0.2, even without a threshold.
        let g = Self.graph([[0, 0.2, 0.6], [0.2, 0, 0.4], [0.6, 0.4, 0]])
        let parameters = Summarizer.PositionalParameters(precedingWeight: 0, followingWeight: 1, threshold: 0)
        for graph in [g, Self.sparse(g)] {
            let scores = DirectedCentrality(parameters: parameters).scores(cosine: graph)
            #expect(abs(scores[0] - 0.4) < 1e-6)  // (0.2 - 0.2) + (0.6 - 0.2)
            #expect(abs(scores[1] - 0.2) < 1e-6)  // 0.4 - 0.2
            #expect(scores[2] == 0)
        }
    }

    @Test func degenerateGraphsScoreZeroNotNaN() {
        let empty = Self.graph([[0, 0], [0, 0]])
        for scores in [DirectedCentrality(parameters: .init()).scores(cosine: empty),
                       LexRank(threshold: 0.1).scores(cosine: empty),
                       TextRank().scores(overlap: empty, lengths: [0, 0])] {
            #expect(scores.count == 2)
            #expect(scores.allSatisfy { $0.isFinite })
        }
    }
}
