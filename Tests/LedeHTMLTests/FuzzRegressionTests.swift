import Testing
@testable import LedeHTML

/// Pages the `extract` libFuzzer harness of `Fuzz/` stopped on (see `Fuzz/README.md`), kept as tests.
@Suite struct FuzzRegressionTests {
    static let paragraph = "<p>Some body text that is long enough to be a paragraph of the article, and it goes on.</p>"

    /// JSON-LD strings and attribute values carried control characters and line breaks into
    /// the date and the address.
    @Test func declaredFieldsCarryNoControlCharacters() {
        let html = """
            <html><head><link rel="canonical" href="https://courier.example/a\n/b">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Gates\\u0007 tested",
            "datePublished": "2026\\u0001-11-02", "author": {"name": "Mara\\u0085Quell"}}</script></head>
            <body><article><p>Caf\u{E9} \u{81}owners and \u{7F}harbour staff watched the new flood gates close on Monday.</p>
            \(Self.paragraph)</article></body></html>
            """
        let article = WebArticle(html: html)
        #expect(article.published == "2026-11-02")
        #expect(article.url == "https://courier.example/a/b")
        #expect(article.title == "Gates tested")
        #expect(article.byline == "Mara Quell")
        #expect(article.body.first == "Café owners and harbour staff watched the new flood gates close on Monday.")
        #expect(WebArticle(html: "<html><body><time datetime=\"\n\"></time>\(Self.paragraph)</body></html>").published == nil)
    }

    /// A standfirst the page repeats further down was both the abstract and a body paragraph.
    @Test func repeatedStandfirstIsNotBody() {
        let standfirst = "The gates closed in under an hour, beating the target by twenty minutes."
        let html = """
            <html><head><meta property="og:description" content="\(standfirst)"></head><body><article>
            <p>\(standfirst)</p>\(Self.paragraph)<p>\(standfirst)</p>\(Self.paragraph)</article></body></html>
            """
        let article = WebArticle(html: html)
        #expect(article.abstract == standfirst)
        #expect(!article.body.contains(standfirst))
        #expect(article.body.count == 2)
    }
}
