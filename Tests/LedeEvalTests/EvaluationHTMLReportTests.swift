import Foundation
import Lede
import Testing
@testable import LedeEval

@Suite struct EvaluationHTMLReportTests {
    /// The fixture articles plus one whose text tries to break out of the page.
    static let records: [ArticleRecord] = {
        var records = (try? JSONLArticleReader(path: Fixtures.path("jsonl/valid.jsonl")).readAll()) ?? []
        records.append(ArticleRecord(
            id: "tricky</script>", title: "Tags & \"quotes\" <b>bold</b>", article: """
                The council voted 5 < 7 on Monday to close the old bridge & the ferry ramp. \
                Its notice read "</script><script>alert('x')</script>" in large letters. \
                A sign said <img src=x onerror=alert(1)> and <a href=javascript:void(0)>here</a> for weeks. \
                Engineers will inspect the bridge again in the spring.
                """,
            references: [["The council voted to close the old bridge & the ferry ramp."]]))
        return records
    }()

    static let options = Evaluation.Options(resamples: 50, significanceTrials: 50, threads: 1)
    static let evaluation: Evaluation? = {
        let systems = try? ["lead-3", "default", "oracle"].map { try EvaluationSystem(parsing: $0) }
        return try? Evaluation(dataset: "fixture <data>", records: records, systems: systems ?? [], options: options)
    }()

    static func page(maximumArticles: Int = 200) throws -> (html: String, evaluation: Evaluation) {
        let evaluation = try #require(Self.evaluation)
        let report = EvaluationHTMLReport(
            evaluation: evaluation, records: records, options: options,
            versions: [(name: "test", version: "1 & 2")], maximumArticles: maximumArticles)
        return (report.render(), evaluation)
    }

    /// The page's tags (escaped text holds no `<`, so every `<` opens one of the page's own).
    static func tags(_ html: String) -> [String] {
        html.split(separator: "<").dropFirst().map { String($0.prefix { $0 != ">" }) }
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func pageRefersToNothingOutsideItself() throws {
        let html = try Self.page().html.lowercased()
        #expect(!html.contains("http"))
        let tags = Self.tags(html)
        #expect(tags.count > 100)
        #expect(!tags.contains { $0.contains("src=") || $0.contains("href=") })
        // The article's text mentions them, escaped.
        #expect(html.contains("&lt;img src=x"))
        #expect(!html.contains("url("))
        #expect(!html.contains("@import"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("<img"))
    }

    @Test func datasetTextIsEscaped() throws {
        let html = try Self.page().html
        // Only the page's own two script elements open and close.
        #expect(Self.count("<script", in: html) == 2)
        #expect(Self.count("</script>", in: html) == 2)
        #expect(html.contains("&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("5 &lt; 7"))
        #expect(html.contains("Tags &amp; &quot;quotes&quot; &lt;b&gt;bold&lt;/b&gt;"))
        #expect(html.contains("fixture &lt;data&gt;"))
        #expect(html.contains("test 1 &amp; 2"))
        #expect(!html.contains("<b>bold"))
    }

    @Test func chartsShowEverySystemPerMeasureWithTheBaselineMarked() throws {
        let html = try Self.page().html
        #expect(Self.count("<svg", in: html) == 4)
        #expect(Self.count("<circle class=\"mean\"", in: html) == 3 * 4)
        #expect(Self.count("<g class=\"row base\"", in: html) == 4)
        #expect(Self.count("<line class=\"baseline\"", in: html) == 4)
        #expect(Self.count("<line class=\"whisker\"", in: html) == 3 * 4 * 3)
    }

    @Test func tableHasARowPerSystem() throws {
        let html = try Self.page().html
        let table = try #require(html.range(of: "<table class=\"sortable").map { html[$0.lowerBound...] })
        let body = try #require(table.range(of: "</table>").map { table[..<$0.lowerBound] })
        #expect(Self.count("<tr", in: String(body)) == 1 + 3)
    }

    @Test func explorerDataMatchesTheEvaluation() throws {
        let (html, evaluation) = try Self.page()
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"explorer-data\">"))
        let end = try #require(html[start.upperBound...].range(of: "</script>"))
        let json = Data(html[start.upperBound..<end.lowerBound].utf8)
        let data = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(data["systems"] as? [String] == ["lead-3", "default", "oracle"])
        #expect(data["baseline"] as? Int == 0)
        let scores = try #require(data["scores"] as? [[[Double]]])
        let chosen = try #require(data["chosen"] as? [[[Int]]])
        #expect(scores.count == Self.records.count && chosen.count == Self.records.count)
        for (a, record) in Self.records.enumerated() {
            let body = Article(parsing: record.article).sentences
            for s in 0..<3 {
                #expect(abs(scores[a][s][0] - evaluation.scores[s][a][0].fmeasure) < 1e-4)
                // Every summary sentence of Lede's systems is found in the body, where it is.
                #expect(chosen[a][s].map { body[$0] } == evaluation.summaries[s][a])
            }
        }
        #expect(Self.count("<article class=\"item\"", in: html) == Self.records.count)
        // Each article lists where each system's sentences are, from 1.
        #expect(Self.count("<td class=\"positions\">", in: html) == Self.records.count * 3)
        let positions = chosen[0][0].map { String($0 + 1) }.joined(separator: ", ")
        #expect(html.contains("<td class=\"positions\">\(positions)</td>"))
    }

    @Test func explorerHoldsAtMostTheLimit() throws {
        let html = try Self.page(maximumArticles: 2).html
        #expect(Self.count("<article class=\"item\"", in: html) == 2)
        #expect(html.contains("The first 2 of \(Self.records.count) articles"))
        let none = try Self.page(maximumArticles: 0).html
        #expect(!none.contains("id=\"explorer-data\""))
        #expect(!none.contains("<article"))
    }

    @Test func withoutABaselineNothingIsMarkedSignificant() throws {
        let systems = try ["lead-3", "default"].map { try EvaluationSystem(parsing: $0) }
        let options = Evaluation.Options(baseline: nil, resamples: 20, significanceTrials: 20, threads: 1)
        let evaluation = try Evaluation(dataset: "fixture", records: Self.records, systems: systems, options: options)
        let html = EvaluationHTMLReport(evaluation: evaluation, records: Self.records, options: options).render()
        #expect(!html.contains("<line class=\"baseline\""))
        #expect(!html.contains("row base") && !html.contains("row up") && !html.contains("row down"))
        #expect(Self.count("<g class=\"row same\"", in: html) == 2 * 4)
        #expect(html.contains("<dt>Baseline</dt><dd>none</dd>"))
    }

    @Test func summarySentencesMissingFromTheBodyAreListed() {
        let located = EvaluationHTMLReport.locate(["B.", "Z.", "A.", "B."], in: ["A.", "B.", "C.", "B."])
        #expect(located.indices == [0, 1, 3])
        #expect(located.outside == ["Z."])
    }

    @Test func sameEvaluationSamePage() throws {
        #expect(try Self.page().html == (try Self.page().html))
    }
}
