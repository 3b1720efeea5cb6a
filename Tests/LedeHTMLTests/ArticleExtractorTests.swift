import Testing
@testable import LedeHTML

@Suite struct ArticleExtractorTests {
    @Test func pageWithoutMetadataKeepsTheArticleAndDropsTheChrome() {
        let html = TestPages.page(article: "<h1>Tilma Bay tests its flood gates</h1>\n" + TestPages.bodyHTML)
        let article = WebArticle(html: html)
        #expect(article.title == "Tilma Bay tests its flood gates")
        #expect(article.body == TestPages.paragraphs)
        #expect(article.abstract == nil)
        #expect(article.language == "en")
        #expect(article.notes.isEmpty)
        let text = article.body.joined(separator: "\n")
        #expect(!text.contains("Weather") && !text.contains("Copyright"))
    }

    @Test func jsonLDOnlyPageGivesHeadlineDateBylineAndDeclaredBody() {
        let head = """
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "The Coastal Courier"},
             {"@type": "NewsArticle", "headline": "Flood gates pass their first test",
              "datePublished": "2026-11-02T08:00:00Z", "author": [{"@type": "Person", "name": "Mara Quell"}],
              "url": "https://courier.example/flood-gates",
              "articleBody": "\(TestPages.paragraphs.joined(separator: "\\n"))"}]}
            </script>
            """
        // The page body is an empty shell filled by a script, as on many sites.
        let article = WebArticle(html: TestPages.page(head: head, article: "<div id=\"app\"></div>"))
        #expect(article.title == "Flood gates pass their first test")
        #expect(article.published == "2026-11-02T08:00:00Z")
        #expect(article.byline == "Mara Quell")
        #expect(article.url == "https://courier.example/flood-gates")
        #expect(article.body == TestPages.paragraphs)
    }

    @Test func openGraphOnlyPageGivesTitleAndAbstract() {
        let standfirst = "Both arms of the new barrier closed in under an hour, beating the target by twenty minutes."
        let head = """
            <meta property="og:title" content="Tilma Bay&#39;s flood gates pass their test">
            <meta property="og:description" content="\(standfirst)">
            <meta property="article:published_time" content="2026-11-02">
            """
        let article = WebArticle(html: TestPages.page(head: head, article: "<div><p>\(standfirst)</p>\n\(TestPages.bodyHTML)</div>"))
        #expect(article.title == "Tilma Bay's flood gates pass their test")
        #expect(article.abstract == standfirst)
        #expect(article.body == TestPages.paragraphs)
        #expect(article.published == "2026-11-02")
    }

    @Test func commentsAndRelatedStoriesBelowTheArticleAreLeftOut() {
        let below = """
            <div class="related-stories"><h2>More from the coast</h2><ul>
            <li><a href="/a">Ferry timetable changes for the winter season</a></li>
            <li><a href="/b">Lighthouse keeper retires after forty years</a></li></ul></div>
            <section id="comments" class="comments-area"><h2>3 comments</h2>
            <div class="comment"><p>About time too, we have waited for these gates for years and years now.</p></div>
            <div class="comment"><p>Who pays for the maintenance, that is what I would like to know from the council.</p></div>
            </section>
            """
        let article = WebArticle(html: TestPages.page(article: "<article>\(TestPages.bodyHTML)</article>\n\(below)"))
        #expect(article.body == TestPages.paragraphs)
    }

    @Test func paywallStubKeepsTheTeaserAndDropsThePrompt() {
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Flood gates tested", "isAccessibleForFree": false}</script>
            """
        let stub = """
            <article><p>\(TestPages.paragraphs[0])</p><p>\(TestPages.paragraphs[1])</p>
            <div class="subscription-wall"><p>Subscribe to continue reading: unlimited access from $1 a week.</p>
            <a href="/subscribe">Subscribe now</a></div></article>
            """
        let article = WebArticle(html: TestPages.page(head: head, article: stub))
        #expect(article.body == Array(TestPages.paragraphs.prefix(2)))
    }

    @Test func multiPageArticleLeavesThePaginationOut() {
        let pages = """
            <article><h1>Tilma Bay tests its flood gates</h1>\(TestPages.bodyHTML)
            <div class="pagination"><span>Page 1 of 3</span> <a href="?page=2">2</a> <a href="?page=3">3</a>
            <a rel="next" href="?page=2">Next page</a></div></article>
            """
        let article = WebArticle(html: TestPages.page(article: pages))
        #expect(article.body == TestPages.paragraphs)
    }

    @Test func boldLeadIsTheAbstract() {
        let lead = "The harbour's new gates held back a spring tide on their first day in service."
        let article = WebArticle(html: TestPages.page(article: "<div><p><strong>\(lead)</strong></p>\(TestPages.bodyHTML)</div>"))
        #expect(article.abstract == lead)
        #expect(article.body == TestPages.paragraphs)
    }

    @Test func textPagesAreNotHTML() {
        #expect(!ArticleExtractor.looksLikeHTML(Array("Harbour town tests its gates\n\nThe town of Tilma Bay...".utf8)))
        #expect(ArticleExtractor.looksLikeHTML(Array("\u{FEFF}<!DOCTYPE html><html><body><p>x</p>".utf8)))
        #expect(ArticleExtractor.looksLikeHTML(Array("<div><p>A fragment</p></div>".utf8)))
    }
}

@Suite struct StandfirstTests {
    static let lead = "The harbour's new gates held back a spring tide on their first day in service."
    static let second = "Crews watched from the quay as both arms closed."

    @Test func standfirstIsWholeParagraphsNotTheFirstLineOfTheBody() {
        // The description restates the lead and the first line of the next paragraph, which
        // goes on after line breaks: that line is body, not standfirst.
        let head = "<meta name=\"description\" content=\"\(Self.lead) \(Self.second)\n\n\(TestPages.paragraphs[0])\">"
        let body = "<div><p>\(Self.lead)</p><p>\(Self.second)<br><br>\(TestPages.paragraphs[0])</p>"
            + TestPages.paragraphs.dropFirst().map { "<p>\($0)</p>" }.joined() + "</div>"
        let article = WebArticle(html: TestPages.page(head: head, article: body))
        #expect(article.abstract == Self.lead)
        #expect(article.body == [Self.second] + TestPages.paragraphs)
    }

    @Test func plainStandfirstIsItsWholeBlock() {
        // The description breaks the lead block at its line break; the block's last line is
        // standfirst too, and the body begins with the next block.
        let head = "<meta name=\"description\" content=\"\(Self.lead)\n\n\(Self.second) \(TestPages.paragraphs[0])\">"
        let body = "<div><p>\(Self.lead)<br><br>\(Self.second)</p>\(TestPages.bodyHTML)</div>"
        let article = WebArticle(html: TestPages.page(head: head, article: body))
        #expect(article.abstract == "\(Self.lead) \(Self.second)")
        #expect(article.body == TestPages.paragraphs)
    }

    @Test func plainStandfirstBlockThatGoesOnWithTheBodyKeepsItsBodyLines() {
        // More than one line after the lead in its block: the lines are body.
        let head = "<meta name=\"description\" content=\"\(Self.lead)\n\n\(Self.second)\">"
        let body = "<div><p>\(Self.lead)<br><br>\(Self.second)<br><br>\(TestPages.paragraphs[0])</p>"
            + TestPages.paragraphs.dropFirst().map { "<p>\($0)</p>" }.joined() + "</div>"
        let article = WebArticle(html: TestPages.page(head: head, article: body))
        #expect(article.abstract == Self.lead)
        #expect(article.body == [Self.second] + TestPages.paragraphs)
    }

    @Test func boldLeadMarksTheStandfirstInsideItsBlock() {
        // The description's paragraphs are separated by a line of white space; the bold part
        // of the lead block is the standfirst, the line after it is body.
        let head = "<meta name=\"description\" content=\"\(Self.lead)\n \u{A0}\n\(Self.second) \(TestPages.paragraphs[0])\">"
        let body = "<div><p><strong>\(Self.lead)</strong><br><br>\(Self.second)</p>\(TestPages.bodyHTML)</div>"
        let article = WebArticle(html: TestPages.page(head: head, article: body))
        #expect(article.abstract == Self.lead)
        #expect(article.body == [Self.second] + TestPages.paragraphs)
    }

    @Test func descriptionParagraphsAreSeparatedByBlankLines() {
        #expect(PageMetadata.paragraphs("One.\n \nTwo\nlines.\r\n\u{A0}\r\nThree.") == ["One.", "Two lines.", "Three."])
        #expect(PageMetadata.paragraphs(" \n\n ").isEmpty)
    }

    @Test func boldStandfirstStopsAtALineOfTheBody() {
        let body = "<div><p><strong>\(Self.lead)</strong></p><p><strong>\(Self.second)</strong><br><br>\(TestPages.paragraphs[0])</p>"
            + TestPages.paragraphs.dropFirst().map { "<p>\($0)</p>" }.joined() + "</div>"
        let article = WebArticle(html: TestPages.page(article: body))
        #expect(article.abstract == Self.lead)
        #expect(article.body == [Self.second] + TestPages.paragraphs)
    }
}
