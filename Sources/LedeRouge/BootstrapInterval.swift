import LedeText

/// A bootstrap confidence interval for the mean of per-item scores.
///
/// Items are resampled with replacement `resamples` times; the bounds are percentiles of the
/// resampled means (linear interpolation between order statistics, as NumPy's `percentile`),
/// separately for precision, recall and F. Resample `r` draws from its own random stream derived
/// from `seed` and `r`, so the interval is reproducible and independent of the thread count.
///
/// `rouge-score`'s `BootstrapAggregator` is the same procedure with NumPy's unseeded generator;
/// it reports the median of the resampled means as `mid` where Lede reports the plain mean.
public struct BootstrapInterval: Sendable, Hashable {
    /// The lower bound, the `(1 - confidence) / 2` percentile.
    public var low: RougeScore
    /// The upper bound, the `(1 + confidence) / 2` percentile.
    public var high: RougeScore
    /// The confidence level, a fraction such as 0.95.
    public var confidence: Double
    /// How many resamples were drawn.
    public var resamples: Int
    /// The seed of the resampling.
    public var seed: UInt64

    /// Creates an interval from its parts.
    public init(low: RougeScore, high: RougeScore, confidence: Double, resamples: Int, seed: UInt64) {
        self.low = low
        self.high = high
        self.confidence = confidence
        self.resamples = resamples
        self.seed = seed
    }

    /// The interval of the mean of `scores`.
    ///
    /// - Parameters:
    ///   - scores: One score per item.
    ///   - confidence: A fraction strictly between 0 and 1.
    ///   - resamples: At least 1.
    ///   - seed: The seed of the resampling: the same seed gives the same interval.
    ///   - threads: Threads to resample on (0: one per core); the result does not depend on it.
    /// - Returns: A zero interval when `scores` is empty.
    /// - Complexity: O(*n* · *resamples*) for *n* scores, spread over `threads`.
    public static func ofMean(
        _ scores: [RougeScore], confidence: Double = 0.95, resamples: Int = 1000, seed: UInt64 = 0,
        threads: Int = 1
    ) -> BootstrapInterval {
        precondition(confidence > 0 && confidence < 1, "confidence must be a fraction between 0 and 1")
        precondition(resamples >= 1, "at least one resample")
        guard !scores.isEmpty else {
            return BootstrapInterval(low: .zero, high: .zero, confidence: confidence, resamples: resamples, seed: seed)
        }
        let means = ParallelMap.map(count: resamples, threads: threads, makeState: { () }) { _, resample in
            var random = RandomSource(seed: seed, stream: UInt64(resample))
            var precision = 0.0, recall = 0.0, fmeasure = 0.0
            for _ in 0..<scores.count {
                let score = scores[random.index(below: scores.count)]
                precision += score.precision
                recall += score.recall
                fmeasure += score.fmeasure
            }
            let count = Double(scores.count)
            return RougeScore(precision: precision / count, recall: recall / count, fmeasure: fmeasure / count)
        }
        let lowQuantile = (1 - confidence) / 2, highQuantile = 1 - (1 - confidence) / 2
        func bound(_ quantile: Double) -> RougeScore {
            RougeScore(
                precision: percentile(means.map(\.precision), quantile),
                recall: percentile(means.map(\.recall), quantile),
                fmeasure: percentile(means.map(\.fmeasure), quantile))
        }
        return BootstrapInterval(
            low: bound(lowQuantile), high: bound(highQuantile), confidence: confidence, resamples: resamples,
            seed: seed)
    }

    /// The `quantile` (0...1) of `values` with linear interpolation between order statistics.
    static func percentile(_ values: [Double], _ quantile: Double) -> Double {
        let sorted = values.sorted()
        guard let first = sorted.first else { return 0 }
        guard sorted.count > 1 else { return first }
        let position = quantile * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
