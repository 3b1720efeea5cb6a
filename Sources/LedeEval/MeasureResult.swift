import LedeRouge

/// One measure's results for one source of summaries: the mean over the items with its
/// bootstrap interval, ROUGE-1.5.5's averages when asked for, and the paired test of F against a
/// baseline when there is one.
///
/// Every evaluation aggregates its per-item scores into these, the same way: ``Evaluation``
/// (systems and prediction files side by side on a dataset) and ``PredictionsEvaluation`` (one
/// predictions file with any scorer, `lede rouge`).
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

extension MeasureResult {
    /// A baseline's per-item scores and the paired test to run against them.
    package struct Baseline: Sendable {
        /// The baseline's scores, one row per item (the same items, in the same order), one
        /// score per measure.
        package var rows: [[RougeScore]]
        package var method: PairedSignificance.Method
        package var trials: Int
        package var seed: UInt64

        package init(rows: [[RougeScore]], method: PairedSignificance.Method, trials: Int, seed: UInt64) {
            self.rows = rows
            self.method = method
            self.trials = trials
            self.seed = seed
        }
    }

    /// ROUGE-1.5.5's averaging of the items keyed `keys`, with `alpha` the scorer's weight of precision.
    package struct PerlAveraging: Sendable {
        package var keys: [String]
        package var settings: PredictionsEvaluation.PerlAverages
        package var alpha: Double

        package init(keys: [String], settings: PredictionsEvaluation.PerlAverages, alpha: Double) {
            self.keys = keys
            self.settings = settings
            self.alpha = alpha
        }
    }

    /// One result per measure of per-item `rows` (one score per measure each, in the order of
    /// `measures`): the mean, the interval when `bootstrap` is set, ROUGE-1.5.5's averages when
    /// `perl` is set, and the paired test against `baseline` when set.
    ///
    /// - Complexity: O(*m* · *n*) for *m* measures and *n* items, plus O(*m* · *n* · *r*) for *r*
    ///   resamples and O(*m* · *n* · *t*) for *t* trials of the test.
    package static func aggregate(
        rows: [[RougeScore]], measures: [RougeMeasure], bootstrap: RougeAggregate.Bootstrap?,
        perl: PerlAveraging? = nil, baseline: Baseline? = nil, threads: Int
    ) -> [MeasureResult] {
        measures.enumerated().map { column, measure in
            let scores = rows.map { $0[column] }
            var result = MeasureResult(measure: measure, aggregate: RougeAggregate(scores: scores, bootstrap: bootstrap))
            if let perl {
                result.perlAverage = PerlCompatibility.averages(
                    of: scores, keys: perl.keys, alpha: perl.alpha,
                    resamples: perl.settings.resamples, confidence: perl.settings.confidence)
            }
            if let baseline {
                let baselineScores = baseline.rows.map { $0[column] }
                result.baselineMean = RougeAggregate.mean(baselineScores)
                result.significance = PairedSignificance.test(
                    scores, baselineScores, method: baseline.method, trials: baseline.trials, seed: baseline.seed,
                    threads: threads)
            }
            return result
        }
    }
}
