import Testing
@testable import LedeHTML

@Suite struct PageEncodingTests {
    /// A page whose text is `body`, given as raw bytes, with `head` in its head.
    static func page(head: String, body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)</head><body><article><p>".utf8) + body + Array("</p></article></body></html>".utf8)
    }

    static let sentence = " is where the gates were tested on Monday, and the test went well."

    @Test func utf8DeclaredWithMetaCharset() {
        let article = ArticleExtractor().extract(Self.page(head: "<meta charset=\"utf-8\">", body: Array(("Café Ørsted" + Self.sentence).utf8)))
        #expect(article.body == ["Café Ørsted" + Self.sentence])
    }

    @Test func iso88591DeclaredWithMetaCharset() {
        let bytes = [0x43, 0x61, 0x66, 0xE9] + Array(Self.sentence.utf8)  // "Café" in Latin-1
        let article = ArticleExtractor().extract(Self.page(head: "<meta charset=\"ISO-8859-1\">", body: bytes))
        #expect(article.body == ["Café" + Self.sentence])
        #expect(!article.notes.contains(.invalidEncoding))
    }

    @Test func windows1252DeclaredWithHTTPEquiv() {
        let bytes = [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94] + Array(Self.sentence.utf8)  // “Café” in Windows-1252
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        let article = ArticleExtractor().extract(Self.page(head: head, body: bytes))
        #expect(article.body == ["\u{201C}Café\u{201D}" + Self.sentence])
    }

    @Test func shiftJISDeclaredWithMetaCharset() {
        // 東京で新しい橋が開通した。 in Shift_JIS.
        let bytes: [UInt8] = [147, 140, 139, 158, 130, 197, 144, 86, 130, 181, 130, 162, 139, 180, 130, 170, 138, 74, 146, 202, 130, 181, 130, 189, 129, 66]
        let article = ArticleExtractor().extract(Self.page(head: "<meta charset=\"Shift_JIS\">", body: bytes))
        #expect(article.body == ["東京で新しい橋が開通した。"])
    }

    @Test func undeclaredLatin1FallsBackToWindows1252() {
        let bytes = [0x43, 0x61, 0x66, 0xE9] + Array(Self.sentence.utf8)
        let article = ArticleExtractor().extract(Self.page(head: "", body: bytes))
        #expect(article.body == ["Café" + Self.sentence])
    }

    @Test func byteOrderMarkWinsOverTheDeclaration() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Self.page(head: "<meta charset=\"iso-8859-1\">", body: Array(("Café" + Self.sentence).utf8))
        let article = ArticleExtractor().extract(bytes)
        #expect(article.body == ["Café" + Self.sentence])
    }

    @Test func invalidBytesForTheDeclaredCharsetAreReplacedAndNoted() {
        let bytes = [0x43, 0x61, 0x66, 0xC3, 0x28] + Array(Self.sentence.utf8)
        let article = ArticleExtractor().extract(Self.page(head: "<meta charset=\"utf-8\">", body: bytes))
        #expect(article.notes.contains(.invalidEncoding))
        #expect(article.body.first?.contains("\u{FFFD}") == true)
    }

    @Test func unknownCharsetLabelIsReadAsUTF8() {
        let article = ArticleExtractor().extract(Self.page(head: "<meta charset=\"x-no-such-charset\">", body: Array(("Café" + Self.sentence).utf8)))
        #expect(article.body == ["Café" + Self.sentence])
    }

    @Test func entitiesAreDecoded() {
        let article = WebArticle(html: "<html><body><article><p>Fish &amp; chips &eacute;t&#233; &#x2014; &ldquo;quoted&rdquo;\(Self.sentence)</p></article></body></html>")
        #expect(article.body == ["Fish & chips été — “quoted”" + Self.sentence])
    }
}

@Suite struct NameListTests {
    @Test func findsNamesAnywhereInTheText() {
        let list = NameList(["sidebar", "nav", "share"])
        #expect(list.occurs(in: "col theiastickysidebar"))
        #expect(list.occurs(in: "nav"))
        #expect(list.occurs(in: "main-navbar"))
        #expect(!list.occurs(in: "article-body sha"))
        #expect(!list.occurs(in: ""))
        #expect(!NameList([]).occurs(in: "nav"))
    }
}
