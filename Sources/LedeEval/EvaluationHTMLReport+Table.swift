extension EvaluationHTMLReport {
    /// The results table; a click on a column header sorts by it.
    func tableSection() -> String {
        let report = evaluation.report
        let confidence = HTMLText.fixed(options.confidence * 100, digits: 0)
        var header = "<th data-type=\"text\">system</th>"
        for name in Self.measureNames {
            header += "<th>\(name) F</th><th class=\"ci\">\(confidence)% CI</th><th class=\"pr\">P</th><th class=\"pr\">R</th>"
        }
        header += "<th>p vs \(HTMLText.escape(report.baseline ?? "-"))</th><th>words</th><th>ms/article</th>"
        var rows = ""
        for system in report.systems {
            let isBaseline = system.name == report.baseline
            rows += "<tr\(isBaseline ? " class=\"baseline\"" : "")><td data-v=\"\(HTMLText.escape(system.name))\">"
            rows += HTMLText.escape(system.name) + (isBaseline ? " <small>(baseline)</small>" : "") + "</td>"
            for (_, m) in system.measures {
                rows += cell(m.fmeasure * 100, EvaluationTable.percent(m.fmeasure))
                rows += cell(m.high - m.low, "[\(EvaluationTable.percent(m.low)), \(EvaluationTable.percent(m.high))]", className: "ci")
                rows += cell(m.precision * 100, EvaluationTable.percent(m.precision), className: "pr")
                rows += cell(m.recall * 100, EvaluationTable.percent(m.recall), className: "pr")
            }
            rows += system.pValueVsBaseline.map { cell($0, EvaluationTable.pValue($0)) } ?? cell(nil, "-")
            rows += cell(system.wordsPerSummary, HTMLText.fixed(system.wordsPerSummary, digits: 1))
            rows += system.secondsPerArticle.map { cell($0 * 1000, HTMLText.fixed($0 * 1000, digits: 3)) } ?? cell(nil, "-")
            rows += "</tr>\n"
        }
        return """
            <section id="results"><h2>Results</h2>
            <p class="note">F, precision (P) and recall (R) in percent; p is the largest p-value of the four \
            measures against the baseline. Click a column to sort. \
            <label><input type="checkbox" id="show-pr"> show precision and recall</label></p>
            <div class="scroll"><table class="sortable hide-pr" id="results-table"><thead><tr>\(header)</tr></thead>
            <tbody>
            \(rows)</tbody></table></div></section>

            """
    }

    /// A numeric cell that sorts by `value` (missing values sort last).
    private func cell(_ value: Double?, _ text: String, className: String? = nil) -> String {
        let sortValue = value.map { $0.isFinite ? String($0) : "" } ?? ""
        let classAttribute = className.map { " class=\"\($0)\"" } ?? ""
        return "<td\(classAttribute) data-v=\"\(sortValue)\">\(HTMLText.escape(text))</td>"
    }
}
