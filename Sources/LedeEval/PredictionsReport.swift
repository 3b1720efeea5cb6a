import Foundation
import LedeRouge

/// Renders a ``PredictionsEvaluation`` as JSON, as a table, or as per-item JSON Lines.
///
/// All numbers are fractions (0.4123, not 41.23). Scores are finite by construction; the
/// renderers stop the program rather than print NaN if that ever fails.
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
    /// `difference`, `p_value`, `method`, `trials`) for a significance test.
    public func json() -> String {
        var fields: [String] = []
        for result in evaluation.results {
            var parts = Self.scoreFields(result.aggregate.mean)
            if let interval = result.aggregate.interval {
                parts.append("\"low\": \(Self.object(interval.low))")
                parts.append("\"high\": \(Self.object(interval.high))")
            }
            if let perl = result.perlAverage {
                parts.append("\"perl_average\": {\"average\": \(Self.object(perl.average)), "
                    + "\"low\": \(Self.object(perl.low)), \"high\": \(Self.object(perl.high))}")
            }
            if let significance = result.significance, let baseline = result.baselineMean {
                parts.append("\"baseline\": {\"fmeasure\": \(Self.number(baseline.fmeasure)), "
                    + "\"difference\": \(Self.number(significance.meanDifference)), "
                    + "\"p_value\": \(Self.number(significance.pValue)), "
                    + "\"method\": \(Self.string(significance.method.rawValue)), \"trials\": \(significance.trials)}")
            }
            fields.append("  \(Self.string(result.measure.name)): {\(parts.joined(separator: ", "))}")
        }
        return "{\n" + fields.joined(separator: ",\n") + "\n}"
    }

    /// One JSON object per item, in dataset order:
    /// `{"id": ..., "rouge1": {"precision": ..., "recall": ..., "fmeasure": ...}, ...}`.
    public func perItemLines() -> [String] {
        zip(evaluation.ids, evaluation.perItem).map { id, scores in
            var parts = ["\"id\": \(Self.string(id))"]
            for (measure, score) in zip(evaluation.scorer.measures, scores) {
                parts.append("\(Self.string(measure.name)): \(Self.object(score))")
            }
            return "{" + parts.joined(separator: ", ") + "}"
        }
    }

    static func scoreFields(_ score: RougeScore) -> [String] {
        ["\"precision\": \(number(score.precision))", "\"recall\": \(number(score.recall))",
         "\"fmeasure\": \(number(score.fmeasure))"]
    }

    static func object(_ score: RougeScore) -> String {
        "{" + scoreFields(score).joined(separator: ", ") + "}"
    }

    /// The shortest decimal that reads back as the same double.
    static func number(_ value: Double) -> String {
        precondition(value.isFinite, "a ROUGE value is not finite")
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
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
