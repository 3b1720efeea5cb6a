import Foundation

/// TextRank (Mihalcea and Tarau, 2004): PageRank on a graph whose edges weigh the number of
/// content terms two sentences share, normalized by their lengths:
/// `|Sᵢ ∩ Sⱼ| / (ln |Sᵢ| + ln |Sⱼ|)`.
struct TextRank: Sendable {
    var pageRank = PageRank()

    /// - Parameters:
    ///   - overlap: the graph of shared-term counts (products of binary term vectors).
    ///   - lengths: the number of content terms of each sentence.
    func scores(overlap: SimilarityGraph, lengths: [Int]) -> [Float] {
        let logLength = lengths.map { Float(log(Double(max($0, 1)))) }
        let graph = overlap.mapWeights { i, j, shared in
            let normalizer = logLength[i] + logLength[j]
            return normalizer > 0 ? shared / normalizer : shared
        }
        return pageRank.scores(on: graph)
    }
}
