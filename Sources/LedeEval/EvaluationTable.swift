import Foundation

/// Renders an ``EvaluationReport`` as a Markdown table or as CSV.
public enum EvaluationTable {
    /// A Markdown table: F (in %) with its interval for each measure, the p-value against the
    /// baseline, words per summary and milliseconds per article; precision and recall too when
    /// `precisionAndRecall` is set.
    public static func markdown(_ report: EvaluationReport, precisionAndRecall: Bool = false) -> String {
        let confidence = Int((report.confidence * 100).rounded())
        var header = ["system"]
        for (name, _) in report.systems.first?.measures ?? [] {
            header.append("\(name) F [\(confidence)% CI]")
            if precisionAndRecall { header += ["\(name) P", "\(name) R"] }
        }
        header += ["p vs \(report.baseline ?? "-")", "words", "ms/article"]
        var lines = [row(header), row(header.map { _ in "---" })]
        for system in report.systems {
            var cells = [system.name]
            for (_, measure) in system.measures {
                cells.append("\(percent(measure.fmeasure)) [\(percent(measure.low)), \(percent(measure.high))]")
                if precisionAndRecall { cells += [percent(measure.precision), percent(measure.recall)] }
            }
            cells.append(system.pValueVsBaseline.map(pValue) ?? "-")
            cells.append(String(format: "%.1f", system.wordsPerSummary))
            cells.append(system.secondsPerArticle.map(milliseconds) ?? "-")
            lines.append(row(cells))
        }
        let scoring = report.scoring.map { " (\($0))" } ?? ""
        return "\(report.dataset): \(report.articles) articles, \(report.budget)\(scoring)\n\n" + lines.joined(separator: "\n") + "\n"
    }

    /// CSV with one row per system; scores as fractions.
    public static func csv(_ report: EvaluationReport) -> String {
        var header = ["system"]
        for key in ["rouge1", "rouge2", "rougeL", "rougeLsum"] {
            header += ["precision", "recall", "fmeasure", "low", "high", "p_value"].map { "\(key)_\($0)" }
        }
        header += ["p_value_vs_baseline", "words_per_summary", "seconds_per_article"]
        var lines = [header.joined(separator: ",")]
        for system in report.systems {
            var cells = [quoted(system.name)]
            for (_, m) in system.measures {
                cells += [m.precision, m.recall, m.fmeasure, m.low, m.high].map { String($0) }
                cells.append(m.pValue.map { String($0) } ?? "")
            }
            cells.append(system.pValueVsBaseline.map { String($0) } ?? "")
            cells.append(String(system.wordsPerSummary))
            cells.append(system.secondsPerArticle.map { String($0) } ?? "")
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    private static func percent(_ value: Double) -> String {
        String(format: "%.2f", value * 100)
    }

    private static func pValue(_ value: Double) -> String {
        value < 0.001 ? "<0.001" : String(format: "%.3f", value)
    }

    private static func milliseconds(_ seconds: Double) -> String {
        let ms = seconds * 1000
        return ms < 1 ? String(format: "%.3f", ms) : String(format: "%.2f", ms)
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
