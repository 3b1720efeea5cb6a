import Foundation
import Lede
import LedeText
import Testing
@testable import LedeEval

@Suite struct SummaryHTMLPageTests {
    static let text = """
        Bridge & ferry <news>
        The council voted on Monday to close the old bridge & the ferry ramp for repairs.
        Its notice read "</script><b>closed</b>" in large letters. Engineers will inspect the bridge again in the spring.

        The ferry will run a reduced service until the ramp reopens in May. Residents asked for a temporary footbridge.
        """

    static func page() -> (html: String, summary: Summary) {
        var configuration = Summarizer.Configuration.default
        configuration.budget = .sentences(2)
        let summary = Summarizer(configuration: configuration).summarize(text)
        return (SummaryHTMLPage(entries: [.init(name: nil, text: text, summary: summary)]).render(), summary)
    }

    @Test func chosenSentencesAreHighlightedWithScoresOnHover() {
        let (html, summary) = Self.page()
        #expect(summary.sentences.count == 2)
        #expect(html.components(separatedBy: "<span class=\"s chosen\"").count - 1 == 2)
        #expect(html.components(separatedBy: "<span class=\"s").count - 1 == summary.candidates.count)
        for sentence in summary.candidates {
            #expect(html.contains("title=\"score \(HTMLText.fixed(sentence.score, digits: 4)), rank \(sentence.rank) of "))
        }
        // The summary comes first, then the text.
        let summaryAt = html.firstRange(of: "<section class=\"summary\">")?.lowerBound
        let textAt = html.firstRange(of: "<section class=\"text\">")?.lowerBound
        #expect(summaryAt != nil && textAt != nil && summaryAt! < textAt!)
    }

    @Test func textIsEscapedAndNothingIsLoaded() {
        let html = Self.page().html
        #expect(!html.contains("<b>closed"))
        #expect(html.contains("&lt;/script&gt;&lt;b&gt;closed&lt;/b&gt;"))
        #expect(!html.contains("<script"))
        #expect(!html.lowercased().contains("http") && !html.contains("src=") && !html.contains("href="))
    }

    @Test func paragraphBreaksAreKept() {
        let (html, summary) = Self.page()
        let groups = SummaryHTMLPage.paragraphs(of: Self.text, language: summary.language, candidates: summary.candidates)
        let paragraphs = Article(parsing: Self.text).paragraphs
        #expect(paragraphs.count == 3)
        #expect(groups.count == paragraphs.count)
        #expect(groups.map(\.count) == paragraphs.map { SentenceSegmenter().sentences(in: $0).count })
        #expect(html.components(separatedBy: "<p>").count - 1 == paragraphs.count)
    }
}
