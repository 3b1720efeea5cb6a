import Lede
import LedeText

extension EvaluationHTMLReport {
    /// What the explorer's script reads: per article, the body sentences each system chose and
    /// each system's F per measure.
    struct ExplorerData: Encodable {
        var systems: [String]
        var baseline: Int?
        var chosen: [[[Int]]]
        var scores: [[[Double]]]
    }

    /// The article explorer: pick an article, or page through those where two systems differ
    /// most, and see the body with each system's sentences highlighted beside the reference.
    func explorerSection() -> String {
        let report = evaluation.report
        let shown = min(records.count, max(maximumArticles, 0))
        guard shown > 0 else { return "" }
        let names = report.systems.map(\.name)
        let baseline = names.firstIndex { $0 == report.baseline }
        var data = ExplorerData(systems: names, baseline: baseline, chosen: [], scores: [])
        var articles = ""
        var options = ""
        for index in 0..<shown {
            let record = records[index]
            let segmenter = SentenceSegmenter(language: EvaluationSystem.language(of: record))
            let paragraphs = Article(parsing: record.article).paragraphs.map { segmenter.sentences(in: $0) }
            let body = paragraphs.flatMap { $0 }
            var chosen: [[Int]] = []
            var outside: [[String]] = []
            for summaries in evaluation.summaries {
                let match = Self.locate(summaries[index], in: body)
                chosen.append(match.indices)
                outside.append(match.outside)
            }
            data.chosen.append(chosen)
            data.scores.append(evaluation.scores.map { system in
                system[index].map { ($0.fmeasure * 10_000).rounded() / 10_000 }
            })
            let label = record.title.map { "\(record.id): \($0)" } ?? record.id
            options += "<option value=\"\(index)\">\(HTMLText.escape(Self.shortened(label)))</option>"
            articles += article(index: index, record: record, paragraphs: paragraphs, chosen: chosen, outside: outside)
        }
        let systemOptions = names.enumerated().map { "<option value=\"\($0.offset)\">\(HTMLText.escape($0.element))</option>" }
        let measureOptions = Self.measureNames.enumerated().map { "<option value=\"\($0.offset)\">\($0.element)</option>" }
        let held = shown < records.count
            ? "The first \(shown) of \(records.count) articles (raise the limit with <code>--html-articles</code>)."
            : "All \(shown) articles."
        return """
            <section id="explorer"><h2>Articles</h2>
            <p class="note">\(held) Pick an article, or page through them from the one where systems A and B \
            differ most on the chosen measure. Click a system in an article's scores to show it as system A; \
            "sentences" are the positions of each system's sentences in the body.</p>
            <div class="controls">
            <label>Article <select id="article">\(options)</select></label>
            <label><span class="swatch a"></span>System A <select id="system-a">\(systemOptions.joined())</select></label>
            <label><span class="swatch b"></span>System B <select id="system-b">\(systemOptions.joined())</select></label>
            <label>Measure <select id="measure">\(measureOptions.joined())</select></label>
            <span class="pager"><button id="previous" type="button">&#9664;</button> <span id="position"></span> \
            <button id="next" type="button">&#9654;</button></span>
            </div>
            <div id="articles">
            \(articles)</div>
            <script type="application/json" id="explorer-data">\(HTMLText.scriptJSON(data))</script>
            </section>

            """
    }

    /// One article: its body with every sentence marked by position, the reference and the
    /// per-article scores.
    private func article(
        index: Int, record: ArticleRecord, paragraphs: [[String]], chosen: [[Int]], outside: [[String]]
    ) -> String {
        var html = "<article class=\"item\" id=\"article-\(index)\" hidden>"
        html += "<h3>\(HTMLText.escape(record.title ?? record.id))</h3>"
        if record.title != nil { html += "<p class=\"id\">\(HTMLText.escape(record.id))</p>" }
        html += "<div class=\"columns\"><div class=\"body\">"
        var k = 0
        for paragraph in paragraphs where !paragraph.isEmpty {
            html += "<p>"
            for sentence in paragraph {
                html += "<span class=\"s\" data-k=\"\(k)\" title=\"sentence \(k + 1)\">\(HTMLText.escape(sentence))</span> "
                k += 1
            }
            html += "</p>"
        }
        html += "</div><aside>"
        for (r, reference) in record.references.enumerated() {
            let heading = record.references.count > 1 ? "Reference \(r + 1)" : "Reference"
            html += "<h4>\(heading)</h4><ul class=\"reference\">"
            html += reference.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
        }
        html += "<h4>Scores (F, %)</h4><table class=\"scores\"><thead><tr><th>system</th>"
        html += Self.measureNames.map { "<th>\($0.replacingOccurrences(of: "ROUGE-", with: "R-"))</th>" }.joined()
        html += "<th>sentences</th></tr></thead><tbody>"
        for (s, system) in evaluation.report.systems.enumerated() {
            html += "<tr data-system=\"\(s)\" title=\"show as system A\"><td>\(HTMLText.escape(system.name))</td>"
            html += evaluation.scores[s][index].map { "<td>\(EvaluationTable.percent($0.fmeasure))</td>" }.joined()
            var positions = chosen[s].map { String($0 + 1) }
            if !outside[s].isEmpty { positions.append("+\(outside[s].count) elsewhere") }
            html += "<td class=\"positions\">\(positions.isEmpty ? "-" : positions.joined(separator: ", "))</td></tr>"
        }
        html += "</tbody></table>"
        for (s, sentences) in outside.enumerated() where !sentences.isEmpty {
            html += "<div class=\"outside\" data-system=\"\(s)\"><h4>\(HTMLText.escape(evaluation.report.systems[s].name)): "
            html += "sentences not found in the body</h4><ul>"
            html += sentences.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul></div>"
        }
        return html + "</aside></div></article>\n"
    }

    /// Where each summary sentence is in `body` (each body sentence used once, the earliest
    /// first), and the summary sentences found nowhere in it (summaries made elsewhere).
    static func locate(_ summary: [String], in body: [String]) -> (indices: [Int], outside: [String]) {
        var positions: [String: [Int]] = [:]
        for (k, sentence) in body.enumerated() { positions[sentence, default: []].append(k) }
        var indices: [Int] = []
        var outside: [String] = []
        for sentence in summary {
            if var list = positions[sentence], !list.isEmpty {
                indices.append(list.removeFirst())
                positions[sentence] = list
            } else {
                outside.append(sentence)
            }
        }
        return (indices.sorted(), outside)
    }

    /// `text` cut to about 90 characters for a menu.
    static func shortened(_ text: String) -> String {
        text.count <= 90 ? text : String(text.prefix(88)) + "…"
    }
}
