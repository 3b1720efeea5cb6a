/// One measure summarized over a set of items: the mean, and optionally a confidence interval.
///
/// ```swift
/// let f1 = RougeAggregate(scores: perItem.map { $0[.n(1)] ?? .zero }, bootstrap: .init(resamples: 1000))
/// print(f1.mean.fmeasure, f1.interval?.low.fmeasure ?? 0)
/// ```
public struct RougeAggregate: Sendable, Hashable {
    /// How many items were aggregated.
    public var count: Int
    /// The mean over items of precision, recall and F, each averaged separately (0 when empty).
    public var mean: RougeScore
    /// The bootstrap interval of the mean, when asked for.
    public var interval: BootstrapInterval?

    /// Settings of a bootstrap interval.
    public struct Bootstrap: Sendable, Hashable {
        /// The confidence level, a fraction strictly between 0 and 1.
        public var confidence: Double
        /// How many resamples to draw, at least 1.
        public var resamples: Int
        /// The seed; the same seed gives the same interval.
        public var seed: UInt64
        /// Threads to resample on (0: one per core); the interval does not depend on it.
        public var threads: Int

        /// Creates bootstrap settings; the defaults are a 95% interval from 1,000 resamples, seed 0.
        public init(confidence: Double = 0.95, resamples: Int = 1000, seed: UInt64 = 0, threads: Int = 1) {
            self.confidence = confidence
            self.resamples = resamples
            self.seed = seed
            self.threads = threads
        }
    }

    /// Aggregates per-item scores of one measure.
    ///
    /// - Complexity: O(*k*) for *k* scores, and O(*k* · *r*) with a bootstrap of *r* resamples (spread over its threads).
    public init(scores: [RougeScore], bootstrap: Bootstrap? = nil) {
        count = scores.count
        mean = RougeAggregate.mean(scores)
        interval = bootstrap.map {
            BootstrapInterval.ofMean(
                scores, confidence: $0.confidence, resamples: $0.resamples, seed: $0.seed, threads: $0.threads)
        }
    }

    /// The mean of each part over `scores`; zero for no scores.
    public static func mean(_ scores: [RougeScore]) -> RougeScore {
        guard !scores.isEmpty else { return .zero }
        var precision = 0.0, recall = 0.0, fmeasure = 0.0
        for score in scores {
            precision += score.precision
            recall += score.recall
            fmeasure += score.fmeasure
        }
        let count = Double(scores.count)
        return RougeScore(precision: precision / count, recall: recall / count, fmeasure: fmeasure / count)
    }
}
