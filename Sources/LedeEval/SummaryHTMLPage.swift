import Lede
import LedeText

/// Renders summaries as one self-contained HTML page: for each article the summary on top,
/// then the body with the chosen sentences highlighted and every sentence's score and rank shown
/// when the pointer rests on it. What `lede --format html` prints.
package struct SummaryHTMLPage: Sendable {
    /// One summarized article: a name for its heading (a file name, or `nil` for one article),
    /// the text it was summarized from, and the summary.
    package struct Entry: Sendable {
        package var name: String?
        package var text: String
        package var summary: Summary

        package init(name: String?, text: String, summary: Summary) {
            self.name = name
            self.text = text
            self.summary = summary
        }
    }

    package var entries: [Entry]

    package init(entries: [Entry]) {
        self.entries = entries
    }

    /// The page.
    ///
    /// - Complexity: O(*n*) in the length of the texts (each body is split into sentences again
    ///   to find the paragraph breaks).
    package func render() -> String {
        let heading = entries.count == 1 ? (entries[0].summary.title ?? entries[0].name ?? "Summary") : "Summaries"
        let body = "<main>\n" + entries.map(section).joined() + "</main>\n"
        return HTMLText.document(title: heading, style: Self.style, body: body)
    }

    /// One article.
    private func section(_ entry: Entry) -> String {
        let summary = entry.summary
        var html = "<article>"
        if let name = entry.name { html += "<p class=\"file\">\(HTMLText.escape(name))</p>" }
        html += "<h1>\(HTMLText.escape(summary.title ?? "Untitled"))</h1>"
        if let abstract = summary.abstract { html += "<p class=\"abstract\">\(HTMLText.escape(abstract))</p>" }
        html += "<section class=\"summary\"><h2>Summary</h2><ol>"
        html += summary.sentences.map { "<li>\(HTMLText.escape($0.text))</li>" }.joined()
        html += "</ol></section>"
        let candidates = summary.candidates
        html += "<section class=\"text\"><h2>Text <small>\(summary.sentences.count) of \(candidates.count) sentences chosen (yellow); the "
        html += "bluer a sentence, the higher its rank; rest the pointer on one for its score and rank</small></h2>"
        for paragraph in Self.paragraphs(of: entry.text, language: summary.language, candidates: candidates) {
            html += "<p>"
            for sentence in paragraph {
                // Shading by rank, from 1 for the best sentence to 0 for the last.
                let strength = candidates.count > 1 ? Double(candidates.count - sentence.rank) / Double(candidates.count - 1) : 1
                let tip = "score \(HTMLText.fixed(sentence.score, digits: 4)), rank \(sentence.rank) of \(candidates.count)"
                    + (sentence.isSelected ? ", chosen" : "")
                html += "<span class=\"s\(sentence.isSelected ? " chosen" : "")\" style=\"--w:\(HTMLText.fixed(strength, digits: 2))\" "
                html += "title=\"\(HTMLText.escape(tip))\" data-score=\"\(HTMLText.fixed(sentence.score, digits: 4))\">"
                html += HTMLText.escape(sentence.text) + "</span> "
            }
            html += "</p>"
        }
        return html + "</section></article>\n"
    }

    /// The candidates grouped by the body paragraph they come from; one group when the
    /// paragraphs cannot be matched to the candidates.
    static func paragraphs(of text: String, language: Language, candidates: [Summary.Sentence]) -> [[Summary.Sentence]] {
        let segmenter = SentenceSegmenter(language: language)
        let counts = Article(parsing: text).paragraphs.map { segmenter.sentences(in: $0).count }
        guard counts.reduce(0, +) == candidates.count else { return [candidates] }
        var groups: [[Summary.Sentence]] = []
        var start = 0
        for count in counts where count > 0 {
            groups.append(Array(candidates[start..<start + count]))
            start += count
        }
        return groups
    }

    /// The page's style sheet (system fonts only).
    static let style = #"""
        body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
        color:#1f2328;background:#fff}
        main{max-width:760px;margin:0 auto;padding:24px}
        article+article{border-top:1px solid #d1d9e0;margin-top:32px}
        .file{color:#59636e;font-size:13px;margin:0}
        h1{font-size:24px;line-height:1.3;margin:8px 0}
        h2{font-size:14px;text-transform:uppercase;letter-spacing:.04em;color:#59636e;margin:24px 0 8px}
        h2 small{text-transform:none;letter-spacing:0;font-weight:400}
        .abstract{font-size:17px;color:#424a53;margin:0 0 8px}
        .summary{background:#fff8c5;border:1px solid #eed888;border-radius:6px;padding:4px 16px 8px}
        .summary h2{margin-top:10px} .summary ol{margin:0;padding-left:20px}
        .text p{margin:0 0 14px}
        .s{background:rgba(9,105,218,calc(var(--w)*0.2));border-radius:2px}
        .s.chosen{background:#ffe08a;box-shadow:0 2px 0 #d4a72c}
        .s:hover{outline:1px solid #0969da}
        .s:hover::after{content:" " attr(data-score);font-size:11px;color:#0969da;vertical-align:super}
        """#
}
