import LedeRouge

/// The results of an evaluation: every system's ROUGE with intervals, its significance against
/// the baseline, summary length and speed.
///
/// Its JSON form (`Encodable`) is
/// `{"dataset", "articles", "budget", "baseline", "systems": [{"name", "rouge1": {"precision",
/// "recall", "fmeasure", "low", "high", "pValue"}, "rouge2", "rougeL", "rougeLsum",
/// "pValueVsBaseline", "wordsPerSummary", "secondsPerArticle"}]}`, with scores as fractions.
public struct EvaluationReport: Sendable, Encodable {
    /// One measure of one system.
    public struct Measure: Sendable, Encodable {
        /// Mean precision, recall and F over the articles.
        public var precision: Double, recall: Double, fmeasure: Double
        /// The bootstrap interval of the mean F.
        public var low: Double, high: Double
        /// The paired test's p-value for the difference in F from the baseline, when there is one.
        public var pValue: Double?

        /// The F-centred summary of one measure's result: the interval collapses to the mean
        /// when none was computed.
        init(_ result: MeasureResult) {
            let mean = result.aggregate.mean
            precision = mean.precision
            recall = mean.recall
            fmeasure = mean.fmeasure
            low = result.aggregate.interval?.low.fmeasure ?? mean.fmeasure
            high = result.aggregate.interval?.high.fmeasure ?? mean.fmeasure
            pValue = result.significance?.pValue
        }
    }

    /// One system's results.
    public struct System: Sendable, Encodable {
        /// The system's name.
        public var name: String
        /// ROUGE-1, ROUGE-2, ROUGE-L (whole summary) and ROUGE-Lsum (per sentence).
        public var rouge1: Measure, rouge2: Measure, rougeL: Measure, rougeLsum: Measure
        /// The largest p-value over the four measures: the difference from the baseline is
        /// significant on every measure when this is small. `nil` for the baseline itself.
        public var pValueVsBaseline: Double?
        /// Mean words per summary (whitespace-separated).
        public var wordsPerSummary: Double
        /// Mean seconds to summarize one article, when measured.
        public var secondsPerArticle: Double?

        /// The measures in report order, with their names.
        public var measures: [(name: String, measure: Measure)] {
            [("ROUGE-1", rouge1), ("ROUGE-2", rouge2), ("ROUGE-L", rougeL), ("ROUGE-Lsum", rougeLsum)]
        }
    }

    /// The dataset's name or path.
    public var dataset: String
    /// How many articles every system summarized.
    public var articles: Int
    /// The summary budget (`3 sentences`, `60 words`, `reference length`).
    public var budget: String
    /// The system the p-values compare against.
    public var baseline: String?
    /// The confidence level of the intervals.
    public var confidence: Double
    /// The systems, in the order they were given.
    public var systems: [System]
    /// How summaries were scored when the dataset is not English: its language and ROUGE
    /// tokens (`fr, words tokens`); `nil` for English (rouge-score's tokens, stemming on).
    public var scoring: String? = nil
}
