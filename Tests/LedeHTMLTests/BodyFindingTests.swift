import Testing
@testable import LedeHTML

/// How the body's container is chosen on pages whose article is not only paragraphs.
@Suite struct BodyFindingTests {
    /// A box of other prose beside the article, and a timetable of short lines below both.
    static let box = """
        <div class="box"><p>Tilma Bay's ferry runs twice a day in winter, from the north quay at eight in the morning and at four.</p>
        <p>Tickets are sold on board; children under twelve and cyclists with their bicycles travel free all year.</p>
        <p>In summer a third crossing leaves at noon, and the evening boat waits for the last train from the city on Fridays and Saturdays.</p>
        <p>Dogs travel free.</p></div>
        """
    static let timetable = "<ul>" + String(repeating: (0..<24).map { "<li>Ferry \($0):15 north quay</li>" }.joined(), count: 3) + "</ul>"

    @Test func linkListInsideTheArticleCostsItLittle() {
        // A list of sources below the article: the paragraphs leave it out, so its links do not
        // make the box beside the article look like the better container.
        let sources = (1...10).map { "<li><a href=\"/sources/\($0)\">Harbour board minutes \($0)</a></li>" }.joined()
        let html = """
            <html><body><main><article>\(TestPages.bodyHTML)<ul>\(sources)</ul></article></main>
            \(BodyFindingTests.box)\(BodyFindingTests.timetable)</body></html>
            """
        #expect(WebArticle(html: html).body == TestPages.paragraphs)
    }

    @Test func namedBodyOfShortLinesWinsOverABoxOfProse() {
        // A gallery's captions: short lines, none of them prose, in the element named as the body.
        let items = ["Camera: Pentax Z-1.", "Film: Fuji X-TRA 400.", "Lens: 28 mm, f/2.8.", "Place: the north quay.",
                     "Time: six in the morning.", "Weather: fog, then sun."]
        let captions = items.enumerated().map { "<h3>Picture \($0.offset + 1)</h3><p>\($0.element)</p>" }.joined()
        let html = """
            <html><body><main><div class="entry-content"><p>Photographs of the flood gates at dawn.</p>\(captions)</div></main>
            <div class="box"><p>Tilma Bay's ferry runs twice a day in winter, from the north quay at eight in the morning and at four in the afternoon.</p></div>
            </body></html>
            """
        let body = WebArticle(html: html).body
        #expect(body.first == "Photographs of the flood gates at dawn.")
        #expect(body.contains("Film: Fuji X-TRA 400.") && body.contains("Picture 6"))
        #expect(!body.contains { $0.hasPrefix("Tilma Bay's ferry") })
    }

    @Test func manyShortLinesDoNotOutweighTheArticle() {
        // Twenty lines of 30 characters each: a list, not prose.
        let stalls = (1...20).map { "<p>Stall \($0): smoked fish and fresh bread.</p>" }.joined()
        let html = "<html><body><main><article>\(TestPages.bodyHTML)</article></main><div class=\"market\">\(stalls)</div></body></html>"
        #expect(WebArticle(html: html).body == TestPages.paragraphs)
        // A page whose only text is one short sentence still has it as its body.
        #expect(WebArticle(html: "<html><body><div><p>The ferry is cancelled today.</p></div></body></html>").body == ["The ferry is cancelled today."])
    }

    @Test func namedBodyInsideTheContainerFoundLeavesTheRestOut() {
        // A gallery's caption and counter beside the body, in the same wrapper.
        let html = """
            <html><body><div class="wrapper"><div class="gallery"><div class="title">The east arm of the gates, seen from the quay at dawn</div>
            <div>1/3</div></div><div itemprop="articleBody">\(TestPages.bodyHTML)</div></div></body></html>
            """
        #expect(WebArticle(html: html).body == TestPages.paragraphs)
    }
}
