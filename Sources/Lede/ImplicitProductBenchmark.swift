import LedeText

/// Timing of the long-document product `S v` (sparse, or with a dense block of frequent terms
/// through CBLAS), for `lede-benchmark implicit`.
@_spi(Benchmarks)
public enum ImplicitProductBenchmark {
    /// One measured variant.
    public struct Result: Sendable {
        /// Dense terms (0: the sparse product alone).
        public var denseTerms: Int
        /// The share of the non-zeros in the dense block.
        public var blockShare: Double
        /// Median seconds per product.
        public var seconds: Double
        /// The largest difference from the sparse product, relative to its largest entry.
        public var relativeError: Double
    }

    /// Sentences, non-zeros, and one result per dense block size, on the TF-IDF rows of `text`.
    public static func measure(text: String, denseTerms: [Int]) -> (sentences: Int, nonzeros: Int, results: [Result]) {
        var cache = TermCache()
        let table = SentenceTable(paragraphs: Article(parsing: text).paragraphs, cache: &cache)
        let vectors = TFIDFVectorizer().vectors(for: table)
        let sparse = ImplicitSimilarity(vectors: vectors)
        var generator = SplitMix64(seed: 5)
        let v = (0..<vectors.rowCount).map { _ in Float.random(in: 0...1, using: &generator) }
        let exact = sparse.product(v)
        let scale = Double(exact.map(abs).max() ?? 1)
        var results = [Result(denseTerms: 0, blockShare: 0, seconds: KernelBenchmark.median { _ = sparse.product(v) }, relativeError: 0)]
        for f in denseTerms where f > 0 {
            let hybrid = DenseBlockSimilarity(vectors: vectors, denseTerms: f)
            let y = hybrid.product(v)
            let error = zip(y, exact).map { Double(abs($0 - $1)) }.max() ?? 0
            results.append(Result(denseTerms: f, blockShare: hybrid.blockShare,
                                  seconds: KernelBenchmark.median { _ = hybrid.product(v) }, relativeError: error / scale))
        }
        return (vectors.rowCount, vectors.nonzeroCount, results)
    }
}
