import Foundation
import LedeRouge

/// Renders a ``PredictionsEvaluation`` as JSON, as a table, or as per-item JSON Lines.
///
/// All numbers are fractions (0.4123, not 41.23). Scores are finite by construction; the JSON
/// renderers throw and the table stops the program rather than print NaN if that ever fails.
public struct PredictionsReport: Sendable {
    /// The evaluation to render.
    public var evaluation: PredictionsEvaluation

    /// Creates a report.
    public init(_ evaluation: PredictionsEvaluation) {
        self.evaluation = evaluation
    }

    // MARK: - JSON

    /// One JSON object whose keys are the measure names (`rouge1`, `rougeLsum`, …) and whose
    /// values hold `precision`, `recall` and `fmeasure`, plus `low` and `high` (objects with the
    /// same three keys) when intervals were computed, `perl_average` (with `average`, `low`,
    /// `high`) for ROUGE-1.5.5's averages, and `baseline` (`fmeasure` of the baseline,
    /// `difference`, `p_value`, `method`, `trials`) for a significance test. Each measure is on
    /// its own line.
    ///
    /// - Throws: `EncodingError` if a score is not finite (which the scorers rule out).
    public func json() throws -> String {
        try ReportJSON.encode(Measures(results: evaluation.results), layout: .measures)
    }

    /// One JSON object per item, in dataset order:
    /// `{"id": ..., "rouge1": {"precision": ..., "recall": ..., "fmeasure": ...}, ...}`.
    ///
    /// - Throws: `EncodingError` if a score is not finite (which the scorers rule out).
    public func perItemLines() throws -> [String] {
        let names = evaluation.scorer.measures.map(\.name)
        return try zip(evaluation.ids, evaluation.perItem).map { id, scores in
            try ReportJSON.encode(Item(id: id, names: names, scores: scores), layout: .line)
        }
    }

    /// The JSON form of a score.
    struct Score: Encodable {
        var precision: Double, recall: Double, fmeasure: Double

        init(_ score: RougeScore) {
            (precision, recall, fmeasure) = (score.precision, score.recall, score.fmeasure)
        }
    }

    /// The JSON form of every measure's result, keyed by the measure's name.
    private struct Measures: Encodable {
        var results: [MeasureResult]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: ReportJSON.Key.self)
            for result in results {
                try container.encode(Measure(result), forKey: .init(result.measure.name))
            }
        }
    }

    private struct Measure: Encodable {
        struct PerlAverage: Encodable { var average: Score, low: Score, high: Score }
        struct Baseline: Encodable {
            var fmeasure: Double, difference: Double, pValue: Double, method: String, trials: Int

            enum CodingKeys: String, CodingKey {
                case fmeasure, difference, pValue = "p_value", method, trials
            }
        }

        var precision: Double, recall: Double, fmeasure: Double
        var low: Score?, high: Score?
        var perlAverage: PerlAverage?
        var baseline: Baseline?

        enum CodingKeys: String, CodingKey {
            case precision, recall, fmeasure, low, high, perlAverage = "perl_average", baseline
        }

        init(_ result: MeasureResult) {
            let mean = result.aggregate.mean
            (precision, recall, fmeasure) = (mean.precision, mean.recall, mean.fmeasure)
            low = result.aggregate.interval.map { Score($0.low) }
            high = result.aggregate.interval.map { Score($0.high) }
            perlAverage = result.perlAverage.map { PerlAverage(average: Score($0.average), low: Score($0.low), high: Score($0.high)) }
            if let significance = result.significance, let baselineMean = result.baselineMean {
                baseline = Baseline(
                    fmeasure: baselineMean.fmeasure, difference: significance.meanDifference, pValue: significance.pValue,
                    method: significance.method.rawValue, trials: significance.trials)
            }
        }
    }

    private struct Item: Encodable {
        var id: String, names: [String], scores: [RougeScore]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: ReportJSON.Key.self)
            try container.encode(id, forKey: .init("id"))
            for (name, score) in zip(names, scores) { try container.encode(Score(score), forKey: .init(name)) }
        }
    }

    // MARK: - Table

    /// A readable table: one row per measure with precision, recall and F (4 decimals), the
    /// interval of F when computed, ROUGE-1.5.5's average F when asked for, and the baseline's
    /// F, the difference and the p-value when there is a baseline.
    public func table() -> String {
        var header = ["measure", "precision", "recall", "F"]
        let results = evaluation.results
        let interval = results.first?.aggregate.interval
        if let interval { header.append("\(Self.percent(interval.confidence)) CI of F") }
        if results.first?.perlAverage != nil { header.append("ROUGE-1.5.5 avg F") }
        if let significance = results.first?.significance {
            header += ["baseline F", "difference", "p (\(significance.method.rawValue))"]
        }
        var rows = [header]
        for result in results {
            let mean = result.aggregate.mean
            var row = [result.measure.name, Self.decimal(mean.precision), Self.decimal(mean.recall),
                       Self.decimal(mean.fmeasure)]
            if let interval = result.aggregate.interval {
                row.append("\(Self.decimal(interval.low.fmeasure))–\(Self.decimal(interval.high.fmeasure))")
            }
            if let perl = result.perlAverage { row.append(PerlCompatibility.format(perl.average.fmeasure)) }
            if let significance = result.significance, let baseline = result.baselineMean {
                row += [Self.decimal(baseline.fmeasure), Self.signed(significance.meanDifference),
                        Self.pValue(significance.pValue)]
            }
            rows.append(row)
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private static func decimal(_ value: Double) -> String {
        precondition(value.isFinite, "a ROUGE value is not finite")
        return String(format: "%.4f", value)
    }

    private static func signed(_ value: Double) -> String {
        precondition(value.isFinite, "a ROUGE value is not finite")
        return String(format: "%+.4f", value)
    }

    private static func pValue(_ value: Double) -> String {
        value < 0.0001 ? String(format: "%.1e", value) : String(format: "%.4f", value)
    }

    private static func percent(_ fraction: Double) -> String {
        let percent = fraction * 100
        return percent == percent.rounded() ? "\(Int(percent))%" : String(format: "%g%%", percent)
    }
}
