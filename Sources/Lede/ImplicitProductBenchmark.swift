import Glibc
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
        /// Median CPU seconds per product.
        public var seconds: Double
        /// The median over the rounds of the sparse product's time over this one's.
        public var speedup: Double
        /// The largest difference from the sparse product, relative to its largest entry.
        public var relativeError: Double
    }

    /// Sentences, non-zeros, and one result per dense block size, on the TF-IDF rows of `text`.
    public static func measure(text: String, denseTerms: [Int], rounds: Int = 15) -> (sentences: Int, nonzeros: Int, results: [Result]) {
        var cache = TermCache()
        let table = SentenceTable(paragraphs: Article(parsing: text).paragraphs, cache: &cache)
        let vectors = TFIDFVectorizer().vectors(for: table)
        let sparse = ImplicitSimilarity(vectors: vectors)
        var generator = SplitMix64(seed: 5)
        let v = (0..<vectors.rowCount).map { _ in Float.random(in: 0...1, using: &generator) }
        let exact = sparse.product(v)
        let scale = Double(exact.map(abs).max() ?? 1)
        // Every variant once a round, rounds interleaved so that all see the same load; thread
        // CPU time, which a loaded machine disturbs less than wall time.
        let variants: [(f: Int, share: Double, product: ([Float]) -> [Float])] =
            [(0, 0, sparse.product)] + denseTerms.filter { $0 > 0 }.map { f in
                let hybrid = DenseBlockSimilarity(vectors: vectors, denseTerms: f)
                return (f, hybrid.blockShare, hybrid.product)
            }
        var times = [[Double]](repeating: [], count: variants.count)
        for _ in 0..<rounds {
            for (k, variant) in variants.enumerated() {
                let start = threadSeconds()
                _ = variant.product(v)
                times[k].append(threadSeconds() - start)
            }
        }
        let results = variants.enumerated().map { k, variant in
            let y = variant.product(v)
            let error = zip(y, exact).map { Double(abs($0 - $1)) }.max() ?? 0
            let ratios = zip(times[0], times[k]).map { $0 / $1 }.sorted()
            return Result(denseTerms: variant.f, blockShare: variant.share, seconds: times[k].sorted()[rounds / 2],
                          speedup: ratios[rounds / 2], relativeError: error / scale)
        }
        return (vectors.rowCount, vectors.nonzeroCount, results)
    }

    private static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
