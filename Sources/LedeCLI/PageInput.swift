import Lede
import LedeHTML

/// Pages as `lede` reads them: HTML goes through ``ArticleExtractor``, anything else through
/// Lede's text page parser.
enum PageInput {
    /// The article of a page, HTML or text.
    static func article(from bytes: [UInt8]) -> WebArticle {
        if ArticleExtractor.looksLikeHTML(bytes) { return ArticleExtractor().extract(bytes) }
        let document = InputText.decode(bytes, name: "")
        guard document.text.contains(where: { !$0.isWhitespace }) else { return WebArticle(notes: [.empty]) }
        let parsed = Article(parsing: document.text)
        return WebArticle(title: parsed.title, abstract: parsed.abstract, body: parsed.paragraphs,
                          notes: document.hadInvalidUTF8 ? [.invalidEncoding] : [])
    }
}
