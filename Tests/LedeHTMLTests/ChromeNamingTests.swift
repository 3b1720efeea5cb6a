import Testing
@testable import LedeHTML

/// Class and id names that look like chrome but are the page's layout around the article.
@Suite struct ChromeNamingTests {
    @Test func wrapperNamedLikeNavigationAroundTheMainElementIsLayout() {
        let html = """
            <html><body><div id="mmenu-pagewrapper"><div class="grid__column left-navigation-wrapper">
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <main><div class="accordion__content">\(TestPages.bodyHTML)</div></main></div>
            <div class="sidebar"><p>Our newsletter: the week's news from the coast, every Friday morning in your inbox.</p></div>
            </div></body></html>
            """
        let article = WebArticle(html: html)
        #expect(article.body == TestPages.paragraphs)
    }

    @Test func stickySidebarWrapperAroundTheEntryContentIsLayout() {
        let html = TestPages.page(article: """
            <div class="theiaStickySidebar"><article class="post hentry"><div class="socialicons-sticky">
            <div class="entry-content">\(TestPages.bodyHTML)</div></div></article></div>
            """)
        #expect(WebArticle(html: html).body == TestPages.paragraphs)
    }

    @Test func relatedListsAroundArticleBodiesStayChrome() {
        // Teasers of other stories, each with its own article body, are not the article.
        let html = TestPages.page(article: """
            <article><div class="article-body">\(TestPages.bodyHTML)</div></article>
            <div class="related-posts"><div class="article-body"><p>Ferry timetable changes for the winter season were announced on Friday.</p></div></div>
            """)
        #expect(WebArticle(html: html).body == TestPages.paragraphs)
    }

    @Test func bemNamedArticleContentMakesItsSidebarLayoutWrapperLayout() {
        // `block__element` spellings of an article body (`c-article__content`) name it as well.
        let html = """
            <html><body><div class="o-row c-fixed-sidebar-layout--left"><article class="c-article">
            <div class="c-article__content">\(TestPages.bodyHTML)</div></article></div>
            <aside class="box"><p>Tilma Bay's ferry runs twice a day in winter, from the north quay at eight in the morning.</p></aside>
            \(TestPages.footer)</body></html>
            """
        #expect(WebArticle(html: html).body == TestPages.paragraphs)
        #expect(!BoilerplateNames.isBoilerplate(classAndID: "sidebar post__content"))
    }

    @Test func labelsOfAFormBelowTheArticleAreNotText() {
        let form = """
            <form action="/comment"><fieldset><legend>Leave a comment</legend><label for="n">Your name</label><input id="n">
            <label for="m">Your e-mail address (it is never published)</label><input id="m"><textarea></textarea></fieldset></form>
            """
        #expect(WebArticle(html: TestPages.page(article: "<article>\(TestPages.bodyHTML)\(form)</article>")).body == TestPages.paragraphs)
        // Outside a form a label is text (a recipe's ingredients to tick off).
        let list = "<ul><li><label>500 g of flour for the dough.</label></li><li><label>250 ml of milk, warmed.</label></li></ul>"
        #expect(WebArticle(html: TestPages.page(article: "<article>\(TestPages.bodyHTML)\(list)</article>")).body.contains("250 ml of milk, warmed."))
    }

    @Test func legendsDonationBoxesNoticesAndDisclosuresAreChrome() {
        let boxes = """
            <div class="picture"><div class="legend">The east arm of the gates, seen from the quay on a grey morning in May.</div></div>
            <div class="donation-box"><p>We rely on your support to keep local news free for everyone in Tilma Bay.</p></div>
            <div class="community-notice">This post is a reader's blog; it gives the opinion of its author, not of the newsroom.</div>
            <div class="disclosure">This post contains references to products from our partners, who may pay us a fee.</div>
            """
        let paragraphs = TestPages.paragraphs.map { "<p>\($0)</p>" }
        let html = TestPages.page(article: "<article>\(paragraphs[..<2].joined())\(boxes)\(paragraphs[2...].joined())</article>")
        #expect(WebArticle(html: html).body == TestPages.paragraphs)
    }

    @Test func smallBoxOfALinkAndItsTeaserIsLeftOut() {
        let box = """
            <div class="box"><p>Read also: <a href="/marsh">Flood gates open in Marsh Harbour</a>. The neighbouring town tested
            its own gates last year, in a storm.</p></div>
            """
        let paragraphs = TestPages.paragraphs.map { "<p>\($0)</p>" }
        let html = TestPages.page(article: "<article>\(paragraphs[..<2].joined())\(box)\(paragraphs[2...].joined())</article>")
        #expect(WebArticle(html: html).body == TestPages.paragraphs)
    }

    @Test func slideshowCaptionsAboveTheArticleAreChrome() {
        // A French slideshow ("diaporama") with its caption and counter, in the same container
        // as the article.
        let html = TestPages.page(article: """
            <div class="inner"><div id="Diaporama"><div id="DiapoMainContainer"><div id="DescTitle">The new flood gates of Tilma Bay, closed for their first test on Monday morning</div>
            <div id="DescIndex"><span>1</span>/4</div></div></div>
            <article>\(TestPages.bodyHTML)</article></div>
            """)
        #expect(WebArticle(html: html).body == TestPages.paragraphs)
    }

    @Test func layoutNamesDescribeThePageNotTheElement() {
        #expect(BoilerplateNames.isBoilerplate(classAndID: "sidebar"))
        #expect(!BoilerplateNames.isBoilerplate(classAndID: "clearfix with-navigation main"))
        #expect(!BoilerplateNames.isBoilerplate(classAndID: "page has-sidebar"))
        #expect(!BoilerplateNames.isBoilerplate(classAndID: "odd sect news subjective commentary"))
        #expect(BoilerplateNames.isBoilerplate(classAndID: "comment-list"))
    }

    @Test func pageWhoseNamesAreAllWrongFallsBackToTagsAndRoles() {
        let html = """
            <html><body><div class="sidebar-layout"><div class="navigation-frame">\(TestPages.bodyHTML)</div></div>
            <footer>\(String(repeating: "<p>Copyright 2026 The Coastal Courier. All rights reserved.</p>", count: 20))</footer></body></html>
            """
        #expect(WebArticle(html: html).body == TestPages.paragraphs)
    }
}

@Suite struct NoscriptTests {
    @Test func articleWrittenInsideNoscriptIsRead() {
        // Pages that build their body with a script often print the article for readers without one.
        let html = TestPages.page(article: "<div id=\"app\"></div><noscript><div class=\"text\">\(TestPages.bodyHTML)</div></noscript>")
        #expect(WebArticle(html: html).body == TestPages.paragraphs)
    }
}
