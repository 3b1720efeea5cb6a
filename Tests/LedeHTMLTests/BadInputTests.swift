import Testing
@testable import LedeHTML

/// Pages that are not pages: every one gets a result with a note, never a crash.
@Suite struct BadInputTests {
    @Test func emptyAndBlankInput() {
        #expect(ArticleExtractor().extract([]).notes == [.empty])
        #expect(ArticleExtractor().extract(Array(" \n\t \r\n".utf8)).notes == [.empty])
    }

    @Test func binaryInput() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) } + [0, 0, 0]
        let article = ArticleExtractor().extract([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0] + bytes)
        #expect(article.notes == [.binary])
        #expect(article.body.isEmpty)
    }

    @Test func truncatedPageKeepsWhatItHas() {
        let html = TestPages.page(article: "<article>" + TestPages.bodyHTML)
        let footer = html.utf8.count - html.split(separator: "<footer>", maxSplits: 1)[1].utf8.count
        let cut = Array(html.utf8.prefix(footer + 5))  // inside the footer's markup
        let article = ArticleExtractor().extract(cut)
        #expect(article.body == TestPages.paragraphs)
    }

    @Test func brokenMarkupIsRepaired() {
        let html = "<html><body><article><p>\(TestPages.paragraphs[0])<p>\(TestPages.paragraphs[1])<div><b>\(TestPages.paragraphs[2])</article></i></body>"
        let article = WebArticle(html: html)
        #expect(article.body == Array(TestPages.paragraphs.prefix(3)))
    }

    @Test func pageLargerThanTheLimitIsReadUpToIt() {
        let paragraph = Array("<p>\(TestPages.paragraphs[0])</p>\n".utf8)
        var bytes = Array("<html><body><article>".utf8)
        bytes.reserveCapacity(50_000_100)
        while bytes.count < 50_000_000 { bytes += paragraph }
        let article = ArticleExtractor(maximumBytes: 1 << 20).extract(bytes)
        #expect(article.notes.contains(.truncated))
        #expect(!article.body.isEmpty)
        #expect(article.body.count < 10_000)
    }

    @Test func hundredThousandNestedElements() {
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>Deep.</p>"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        let article = WebArticle(html: html)
        #expect(article.notes.contains(.tooDeep))
    }

    @Test func textWithoutMarkupHasNoArticle() {
        let article = WebArticle(html: "<html><body><nav><a href=/>Home</a></nav></body></html>")
        #expect(article.notes == [.noArticle])
    }

    @Test func sameInputSameOutput() {
        let html = TestPages.page(article: "<article>\(TestPages.bodyHTML)</article>")
        #expect(WebArticle(html: html) == WebArticle(html: html))
    }
}
