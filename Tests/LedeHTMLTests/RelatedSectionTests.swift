import Testing
@testable import LedeHTML

/// Lists of other pages that a heading opens inside the article ("Related coverage", "Mehr zum Thema").
@Suite struct RelatedSectionTests {
    @Test func headingsOfRelatedPagesMatchWordByWord() {
        #expect(RelatedHeadings.matches("Related Coverage"))
        #expect(RelatedHeadings.matches("Mehr zum Thema: Klima"))
        #expect(RelatedHeadings.matches("À lire aussi"))
        #expect(RelatedHeadings.matches("Editor’s picks"))
        #expect(!RelatedHeadings.matches("Relatedness of harbour species"))
        #expect(!RelatedHeadings.matches("The gates in numbers"))
    }

    @Test func boxOfRelatedCoverageInsideTheArticleIsLeftOut() {
        let box = """
            <div class="box"><p>Related Coverage</p><ul>
            <li>Ferry timetable changes for the winter season, with two crossings fewer a day</li>
            <li>Lighthouse keeper retires after forty years on the rock off the harbour mouth</li></ul></div>
            """
        let html = TestPages.page(article: """
            <article><p>\(TestPages.paragraphs[0])</p><p>\(TestPages.paragraphs[1])</p>\(box)
            <p>\(TestPages.paragraphs[2])</p><p>\(TestPages.paragraphs[3])</p></article>
            """)
        #expect(WebArticle(html: html).body == TestPages.paragraphs)
    }

    @Test func headingOnItsOwnTakesTheListAfterIt() {
        let html = TestPages.page(article: """
            <article>\(TestPages.bodyHTML)
            <h2>Mehr zum Thema</h2>
            <div><p>Ferry timetable changes for the winter season, with two crossings fewer a day.</p>
            <p>Lighthouse keeper retires after forty years on the rock off the harbour mouth.</p></div></article>
            """)
        #expect(WebArticle(html: html).body == TestPages.paragraphs)
    }

    @Test func ordinaryHeadingsKeepTheirSections() {
        let html = TestPages.page(article: """
            <article><p>\(TestPages.paragraphs[0])</p><p>\(TestPages.paragraphs[1])</p>
            <h2>The gates in numbers</h2><p>\(TestPages.paragraphs[2])</p><p>\(TestPages.paragraphs[3])</p></article>
            """)
        let article = WebArticle(html: html)
        #expect(article.body == Array(TestPages.paragraphs.prefix(2)) + ["The gates in numbers"] + TestPages.paragraphs.suffix(2))
    }
}
