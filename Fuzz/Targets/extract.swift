import Foundation
import LedeHTML

// HTML extraction: any bytes (byte order marks, `<meta charset>` declarations, invalid
// sequences, broken markup) give an article, the same one twice; no field carries a control
// character; body paragraphs are non-empty, trimmed and apart from the standfirst; what comes
// out is bounded by what went in; the notes explain an empty result; the article's `Codable`
// JSON form reads back as the same article.

let extractor = ArticleExtractor()
let encoder = JSONEncoder()
let decoder = JSONDecoder()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let article = extractor.extract(bytes)
    // The same bytes again, through the other initializer: as text when they are UTF-8.
    if let page = String(validating: bytes, as: UTF8.self) {
        require(WebArticle(html: page) == article, "the page as text gives another article")
    } else {
        require(WebArticle(html: bytes) == article, "the same bytes give another article")
    }

    let fields: [(String, String?)] = [
        ("title", article.title), ("abstract", article.abstract), ("byline", article.byline),
        ("published", article.published), ("language", article.language), ("url", article.url),
    ] + article.body.enumerated().map { ("body[\($0.offset)]", $0.element) }
    // A field holds at most what the page held: three bytes of UTF-8 for a byte of a legacy
    // character set, plus a margin for entities' replacements.
    let bound = 3 * size + 64
    for case let (name, value?) in fields {
        require(!value.unicodeScalars.contains { $0.properties.generalCategory == .control }, "a control character in \(name)")
        require(value.utf8.count <= bound, "\(name) is \(value.utf8.count) bytes from a \(size)-byte page")
    }
    require(article.body.reduce(0) { $0 + $1.utf8.count } <= bound, "the body is longer than the page allows")
    for (index, paragraph) in article.body.enumerated() {
        require(!paragraph.isEmpty, "empty paragraph \(index)")
        let scalars = paragraph.unicodeScalars
        require(!scalars.first!.properties.isWhitespace && !scalars.last!.properties.isWhitespace, "untrimmed paragraph \(index)")
    }
    // Documented: the standfirst is never part of the body.
    if let abstract = article.abstract {
        require(!article.body.contains(abstract), "the abstract is also a body paragraph")
    }
    // Documented: the language is a primary subtag, lower-case.
    if let language = article.language {
        require((2...3).contains(language.count) && language.allSatisfy { $0.isASCII && $0.isLowercase }, "language \(language)")
    }
    // An article without text says why; an empty or binary page gives nothing else.
    require(Set(article.notes).count == article.notes.count, "a note repeated: \(article.notes)")
    if article.body.isEmpty && article.abstract == nil {
        require(!article.notes.isEmpty, "no article and no note")
    }
    if article.notes.contains(.empty) || article.notes.contains(.binary) {
        require(article.body.isEmpty && fields.allSatisfy { $0.1 == nil }, "an empty or binary page gave fields")
    }
    require(!article.notes.contains(.truncated), "a page under the size limit noted as truncated")

    let json = try! encoder.encode(article)
    require((try? decoder.decode(WebArticle.self, from: json)) == article, "the JSON form reads back as another article")
    return 0
}
