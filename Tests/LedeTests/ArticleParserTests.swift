import Testing
import Lede

@Suite struct ArticleParserTests {
    static let page = """
        World news
        HARBOURS, STORMS, NORTH SEA, FLOOD DEFENCES, TILMA BAY
        Greta Hollis
        4 Comments
        Tilma Bay Opens Its Flood Gates Ahead of the Winter Storms
        Tilma Bay opened its new flood gates on Monday. The gates protect 12,000 homes. Engineers say the design will last a century.
        The harbour town of Tilma Bay tested its new flood gates on Monday morning, closing both arms in under an hour.
        The gates cost $210m and were paid for by the regional government and a bond sold to residents.
        “We finally sleep at night,” said Dr. Ann Vos, who chairs the harbour board.
        Advertisement
        Engineers will inspect the hinges again before the first winter storm arrives.
        Original Source: www.example.org
        Post Comment
        """

    @Test func recoversTitleAbstractBodyAndChrome() {
        let article = Article(parsing: Self.page)
        #expect(article.title == "Tilma Bay Opens Its Flood Gates Ahead of the Winter Storms")
        #expect(article.abstract == "Tilma Bay opened its new flood gates on Monday. The gates protect 12,000 homes. Engineers say the design will last a century.")
        #expect(article.paragraphs == [
            "The harbour town of Tilma Bay tested its new flood gates on Monday morning, closing both arms in under an hour.",
            "The gates cost $210m and were paid for by the regional government and a bond sold to residents.",
            "“We finally sleep at night,” said Dr. Ann Vos, who chairs the harbour board.",
            "Engineers will inspect the hinges again before the first winter storm arrives.",
        ])
        #expect(article.boilerplate == [
            "World news", "HARBOURS, STORMS, NORTH SEA, FLOOD DEFENCES, TILMA BAY", "Greta Hollis", "4 Comments",
            "Advertisement", "Original Source: www.example.org", "Post Comment",
        ])
    }

    @Test func plainTextIsAllBody() {
        let text = "The council met on Tuesday. It voted to close the bridge for repairs. Work starts in May."
        let article = Article(parsing: text)
        #expect(article.title == nil)
        #expect(article.abstract == nil)
        #expect(article.paragraphs == [text])
    }

    @Test func aTitleWithoutPageChromeKeepsItsFirstParagraphInTheBody() {
        let text = """
            Ad sales lift Corvid Media profits

            Quarterly profits at Corvid Media rose 40% to $1.1bn on strong advertising sales.

            The company said online subscriptions also grew. Its shares rose 3% in early trading.

            Analysts had expected a smaller rise.
            """
        let article = Article(parsing: text)
        #expect(article.title == "Ad sales lift Corvid Media profits")
        #expect(article.abstract == nil)
        #expect(article.paragraphs.count == 3)
    }

    @Test func tokenizedLowerCaseTextIsAllBodyButItsDateline() {
        let text = "marseille , france ( cnn ) the prosecutor said wednesday he was not aware of any video . he said \" it 's true . \""
        let article = Article(parsing: text)
        #expect(article.paragraphs == ["the prosecutor said wednesday he was not aware of any video . he said \" it 's true . \""])
        #expect(article.boilerplate == ["marseille , france ( cnn )"])
        #expect(article.title == nil)
    }

    @Test func hardWrappedLinesAreJoined() {
        let text = """
            The committee published its report on Friday after a year of
            hearings with ministers and officials.

            It recommends three changes.
            """
        #expect(Article(parsing: text).paragraphs == [
            "The committee published its report on Friday after a year of hearings with ministers and officials.",
            "It recommends three changes.",
        ])
    }

    @Test func chromeInsideAndAfterTheBodyIsSetAside() {
        let text = """
            Business
            By Jane Q. Doe
            Published 14:32 GMT, 3 March 2026
            Mill owner sells to a rival after forty years in the family
            The Harlan family has agreed to sell its paper mill to Corvex for £40m, ending four decades of ownership.
            Share this article
            The sale of the Harlan paper mill to Corvex, announced on Tuesday, still needs approval from the regulator.
            Workers were told of the £40m deal at a meeting on the factory floor on Tuesday morning.
            The mill, owned by the family for four decades, employs 320 people and supplies packaging to supermarkets.
            Read more: Paper prices hit a ten-year high
            Photo: the mill at dawn / Reuters
            Follow us on X
            """
        let article = Article(parsing: text)
        #expect(article.title == "Mill owner sells to a rival after forty years in the family")
        #expect(article.abstract == "The Harlan family has agreed to sell its paper mill to Corvex for £40m, ending four decades of ownership.")
        #expect(article.paragraphs.count == 3)
        #expect(article.boilerplate.contains("Share this article"))
        #expect(article.boilerplate.contains("Read more: Paper prices hit a ten-year high"))
        #expect(article.boilerplate.contains("Photo: the mill at dawn / Reuters"))
        #expect(article.boilerplate.contains("Follow us on X"))
        #expect(article.boilerplate.contains("By Jane Q. Doe"))
        #expect(article.boilerplate.contains("Published 14:32 GMT, 3 March 2026"))
    }

    @Test func emptyAndBlankInputsHaveNoParts() {
        for text in ["", "   \n\n\t  "] {
            let article = Article(parsing: text)
            #expect(article.paragraphs.isEmpty)
            #expect(article.title == nil)
        }
    }
}

/// A web page's extracted parts give the same body as the page's text would.
@Suite struct WebPageArticleTests {
    static let body = [
        "The harbour town of Tilma Bay tested its new flood gates on Monday morning, closing both arms in under an hour.",
        "A test ahead of the storms",
        "The gates cost $210m and were paid for by the regional government and a bond sold to residents.",
        "- a bond sold to residents",
    ]

    @Test func subheadingsOfTheBodyAreSetAsideAsInText() {
        let article = Article(title: "Tilma Bay tests its gates", abstract: "The gates held.", body: Self.body)
        #expect(article.title == "Tilma Bay tests its gates")
        #expect(article.abstract == "The gates held.")
        #expect(article.paragraphs == [Self.body[0], Self.body[2], Self.body[3]])
        #expect(article.boilerplate == [Self.body[1]])
        #expect(Article(parsing: Self.body.joined(separator: "\n\n")).paragraphs == article.paragraphs)
    }

    @Test func bodyWithoutProseIsKeptWhole() {
        let lines = ["Tide tables for May", "High water at noon"]
        #expect(Article(title: nil, abstract: nil, body: lines).paragraphs == lines)
    }
}

@Suite struct DatelineTests {
    @Test(arguments: [
        ("(CNN)Share, and your gift will be multiplied.", "Share, and your gift will be multiplied."),
        ("LONDON, England (CNN) -- The prime minister spoke.", "The prime minister spoke."),
        ("WASHINGTON (AP) — Senators voted on Tuesday.", "Senators voted on Tuesday."),
        ("london , england ( cnn ) -- the prime minister spoke .", "the prime minister spoke ."),
        ("( the hollywood reporter ) albert maysles has died .", "albert maysles has died ."),
    ])
    func datelinesMoveToTheChrome(text: String, body: String) {
        let article = Article(parsing: text)
        #expect(article.paragraphs == [body])
        #expect(article.boilerplate.count == 1)
    }

    @Test(arguments: [
        "The council (which met on Monday) voted to close the bridge.",
        "Officials said (CNN) reported it first. Nobody else did.",
        "He told CNN. (CNN) later confirmed it.",
        "(CNN)",
    ])
    func otherParenthesesStay(text: String) {
        #expect(Article(parsing: text).paragraphs == [text])
    }
}
