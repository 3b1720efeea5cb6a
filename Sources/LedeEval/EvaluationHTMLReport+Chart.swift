extension EvaluationHTMLReport {
    /// A chart per measure: every system's mean F as a dot, its interval as whiskers, the
    /// baseline as a dashed line, and the dot's colour telling whether the difference from the
    /// baseline is significant.
    func chartsSection() -> String {
        let report = evaluation.report
        let confidence = HTMLText.fixed(options.confidence * 100, digits: 0)
        var html = """
            <section id="charts"><h2>ROUGE F-measure with \(confidence)% intervals</h2>
            <p class="legend"><span class="dot base"></span> baseline \
            <span class="dot up"></span> significantly above it \
            <span class="dot down"></span> significantly below it \
            <span class="dot same"></span> no significant difference</p>
            <div class="charts">
            """
        for (m, name) in Self.measureNames.enumerated() {
            let measures = report.systems.map { $0.measures[m].measure }
            html += chart(name: name, measures: measures)
        }
        return html + "</div></section>\n"
    }

    /// One measure's chart.
    private func chart(name: String, measures: [EvaluationReport.Measure]) -> String {
        let report = evaluation.report
        let (rowHeight, top, labelWidth, plotWidth, valueWidth) = (26.0, 34.0, 150.0, 300.0, 150.0)
        let width = labelWidth + plotWidth + valueWidth
        let height = top + rowHeight * Double(measures.count) + 8
        let (low, high) = Self.axisRange(measures)
        func x(_ value: Double) -> Double {
            labelWidth + (value * 100 - low) / (high - low) * plotWidth
        }
        var svg = """
            <figure class="chart"><figcaption>\(HTMLText.escape(name))</figcaption>
            <svg viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" \
            role="img" aria-label="\(HTMLText.escape(name)) F-measure by system">
            """
        for tick in Self.ticks(low: low, high: high) {
            let position = HTMLText.fixed(x(tick / 100), digits: 1)
            svg += "<line class=\"grid\" x1=\"\(position)\" x2=\"\(position)\" y1=\"\(Int(top) - 6)\" y2=\"\(Int(height) - 4)\"/>"
            svg += "<text class=\"tick\" x=\"\(position)\" y=\"\(Int(top) - 12)\">\(HTMLText.fixed(tick, digits: tick.rounded() == tick ? 0 : 1))</text>"
        }
        let baselineIndex = report.systems.firstIndex { $0.name == report.baseline }
        if let baselineIndex {
            let position = HTMLText.fixed(x(measures[baselineIndex].fmeasure), digits: 1)
            svg += "<line class=\"baseline\" x1=\"\(position)\" x2=\"\(position)\" y1=\"\(Int(top) - 6)\" y2=\"\(Int(height) - 4)\"/>"
        }
        for (s, measure) in measures.enumerated() {
            let system = report.systems[s]
            let y = top + rowHeight * (Double(s) + 0.5)
            let cy = HTMLText.fixed(y, digits: 1)
            let kind = significanceClass(measure, isBaseline: s == baselineIndex, baseline: baselineIndex.map { measures[$0] })
            let (x1, x2, cx) = (HTMLText.fixed(x(measure.low), digits: 1), HTMLText.fixed(x(measure.high), digits: 1),
                                HTMLText.fixed(x(measure.fmeasure), digits: 1))
            let interval = "\(EvaluationTable.percent(measure.fmeasure)) [\(EvaluationTable.percent(measure.low)), \(EvaluationTable.percent(measure.high))]"
            let pText = measure.pValue.map { "p " + EvaluationTable.pValue($0) } ?? (s == baselineIndex ? "baseline" : "")
            let tooltip = "\(system.name): \(interval)" + (pText.isEmpty ? "" : ", \(pText)")
            svg += "<g class=\"row \(kind)\"><title>\(HTMLText.escape(tooltip))</title>"
            svg += "<text class=\"name\" x=\"\(Int(labelWidth) - 8)\" y=\"\(cy)\">\(HTMLText.escape(system.name))</text>"
            svg += "<line class=\"whisker\" x1=\"\(x1)\" x2=\"\(x2)\" y1=\"\(cy)\" y2=\"\(cy)\"/>"
            for end in [x1, x2] {
                svg += "<line class=\"whisker\" x1=\"\(end)\" x2=\"\(end)\" y1=\"\(HTMLText.fixed(y - 5, digits: 1))\" y2=\"\(HTMLText.fixed(y + 5, digits: 1))\"/>"
            }
            svg += "<circle class=\"mean\" cx=\"\(cx)\" cy=\"\(cy)\" r=\"5\"/>"
            svg += "<text class=\"value\" x=\"\(Int(labelWidth + plotWidth) + 10)\" y=\"\(cy)\">\(EvaluationTable.percent(measure.fmeasure))"
            svg += pText.isEmpty ? "" : "<tspan class=\"p\"> \(HTMLText.escape(pText))</tspan>"
            svg += "</text></g>"
        }
        return svg + "</svg></figure>\n"
    }

    /// `base`, `up`, `down` or `same`: the baseline, significantly above or below it, or neither.
    private func significanceClass(
        _ measure: EvaluationReport.Measure, isBaseline: Bool, baseline: EvaluationReport.Measure?
    ) -> String {
        if isBaseline { return "base" }
        guard let baseline, let p = measure.pValue, p < significanceLevel else { return "same" }
        return measure.fmeasure >= baseline.fmeasure ? "up" : "down"
    }

    /// The axis range in percent: every interval, padded, on whole numbers.
    static func axisRange(_ measures: [EvaluationReport.Measure]) -> (low: Double, high: Double) {
        let lows = measures.map { min($0.low, $0.fmeasure) * 100 }.filter(\.isFinite)
        let highs = measures.map { max($0.high, $0.fmeasure) * 100 }.filter(\.isFinite)
        var low = ((lows.min() ?? 0) - 1).rounded(.down)
        var high = ((highs.max() ?? 1) + 1).rounded(.up)
        low = max(low, 0)
        high = min(max(high, low + 1), 100)
        if high <= low { low = max(high - 1, 0) }
        return (low, high)
    }

    /// Grid values between `low` and `high`: 1, 2, 5, 10 or 20 apart, at most about six of them.
    static func ticks(low: Double, high: Double) -> [Double] {
        let step = [0.5, 1, 2, 5, 10, 20, 25].first { (high - low) / $0 <= 6 } ?? 50
        var values: [Double] = []
        var value = (low / step).rounded(.up) * step
        while value <= high + 1e-9 {
            values.append(value)
            value += step
        }
        return values
    }
}
