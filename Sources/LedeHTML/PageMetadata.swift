import Foundation

/// What a page declares about its article: JSON-LD (`NewsArticle` and kin), OpenGraph, `<meta>`
/// names, `<html lang>`, `<link rel=canonical>` and `rel=author` links.
package struct PageMetadata: Sendable {
    package var headline: String?
    package var description: String?
    /// Every description the page declares (JSON-LD, OpenGraph, `<meta>`), in that order.
    package var descriptions: [String] = []
    /// Every headline the page declares, in order of preference.
    package var headlines: [String] = []
    package var articleBody: String?
    package var published: String?
    package var authors: [String] = []
    package var url: String?
    package var language: String?
    package var siteName: String?
    /// `isAccessibleForFree: false` in JSON-LD: the page shows a paywall stub.
    package var paywalled = false

    package init(head: PageHead) {
        for script in head.jsonLD { readJSONLD(script) }
        let meta = head.meta
        func first(_ keys: String...) -> String? {
            for key in keys { if let value = meta[key], !value.isEmpty { return PageTree.collapsingWhitespace(value) } }
            return nil
        }
        let declaredHeadlines = [headline] + ["og:title", "twitter:title", "headline", "dc.title"].map { meta[$0].map(PageTree.collapsingWhitespace) } + [head.title]
        headlines = PageMetadata.unique(declaredHeadlines)
        // A headline cut short ("...") is the page's teaser; a complete one is preferred.
        headline = headlines.first { !PageMetadata.isCut($0) } ?? headlines.first
        // A description written as paragraphs: its first paragraph is a candidate too.
        let declared = [description] + ["og:description", "description", "twitter:description", "dc.description"].map { meta[$0] }
        descriptions = PageMetadata.unique(declared.flatMap { text -> [String?] in
            guard let text else { return [] }
            let paragraphs = PageMetadata.paragraphs(text)
            return [PageTree.collapsingWhitespace(text).trimmed] + (paragraphs.count > 1 ? [paragraphs[0]] : [])
        })
        description = descriptions.first { !PageMetadata.isCut($0) } ?? descriptions.first
        published = published ?? first("article:published_time", "datepublished", "og:article:published_time", "date",
                                       "pubdate", "publishdate", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date")
        if authors.isEmpty, let author = first("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"),
           !author.hasPrefix("http") {
            authors = [author]
        }
        if authors.isEmpty { authors = Array(head.authorLinks.prefix(3)) }
        url = url ?? head.canonical ?? first("og:url", "twitter:url")
        // JSON-LD strings and attribute values may carry line breaks and control characters; an
        // address loses its tabs and line breaks, as a browser's URL parser drops them.
        published = published.flatMap(PageMetadata.field)
        url = url.flatMap { PageMetadata.field(String($0.unicodeScalars.filter { !["\t", "\n", "\r"].contains($0) })) }
        siteName = first("og:site_name", "application-name")
        language = PageMetadata.primaryLanguage(head.language ?? first("content-language", "og:locale", "language", "dc.language"))
    }

    /// The non-empty texts, each once, in order.
    static func unique(_ texts: [String?]) -> [String] {
        var seen = Set<String>()
        return texts.compactMap { $0 }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The paragraphs of a text: runs of lines between blank lines (lines of nothing but white
    /// space, no-break spaces included: "lead\n \nbody"), white space collapsed.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(PageTree.collapsingWhitespace(current.joined(separator: "\n")).trimmed) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(PageTree.collapsingWhitespace(current.joined(separator: "\n")).trimmed) }
        return paragraphs.filter { !$0.isEmpty }
    }

    /// Whether a text ends with an ellipsis: cut to fit a teaser.
    static func isCut(_ text: String) -> Bool {
        text.hasSuffix("...") || text.hasSuffix("…")
    }

    /// A one-line field: white space collapsed, control characters removed, trimmed; nil when empty.
    static func field(_ text: String) -> String? {
        let field = PageTree.collapsingWhitespace(text).trimmed
        return field.isEmpty ? nil : field
    }

    /// `fr-FR`, `fr_FR` or `FR` as `fr`.
    static func primaryLanguage(_ tag: String?) -> String? {
        guard let tag else { return nil }
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," || $0 == " " }).first.map { String($0).lowercased() }
        guard let primary, (2...3).contains(primary.count), primary.allSatisfy({ $0.isLetter && $0.isASCII }) else { return nil }
        return primary
    }

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle", "techarticle", "report", "liveblogposting",
        "posting", "socialmediaposting", "webpage", "review",
    ]

    private mutating func readJSONLD(_ script: String) {
        guard let data = script.trimmed.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
        var pending: [Any] = [value]
        var visited = 0
        while let item = pending.popLast(), visited < 200 {
            visited += 1
            if let list = item as? [Any] { pending.append(contentsOf: list.reversed()); continue }
            guard let object = item as? [String: Any] else { continue }
            if let graph = object["@graph"] { pending.append(graph) }
            let types = PageMetadata.strings(object["@type"]).map { $0.lowercased() }
            guard types.contains(where: { PageMetadata.articleTypes.contains($0) }) else { continue }
            let isWebPage = types == ["webpage"]
            if headline == nil || !isWebPage, let text = PageMetadata.strings(object["headline"]).first ?? (isWebPage ? nil : PageMetadata.strings(object["name"]).first) {
                if headline == nil { headline = PageMetadata.clean(text) }
            }
            if description == nil, let text = PageMetadata.strings(object["description"]).first { description = PageMetadata.clean(text) }
            if articleBody == nil, let text = PageMetadata.strings(object["articleBody"]).first, !text.isEmpty { articleBody = text }
            if published == nil, let text = PageMetadata.strings(object["datePublished"]).first { published = text }
            if authors.isEmpty {
                authors = PageMetadata.names(object["author"])
            }
            if url == nil, !isWebPage, let text = PageMetadata.strings(object["url"]).first { url = text }
            if let free = object["isAccessibleForFree"] {
                if let flag = free as? Bool, !flag { paywalled = true }
                if let text = free as? String, text.lowercased() == "false" { paywalled = true }
            }
        }
    }

    private static func strings(_ value: Any?) -> [String] {
        switch value {
        case let text as String: return [text]
        case let list as [Any]: return list.compactMap { $0 as? String }
        default: return []
        }
    }

    private static func names(_ value: Any?) -> [String] {
        switch value {
        case let text as String: return text.hasPrefix("http") ? [] : [clean(text)]
        case let object as [String: Any]: return strings(object["name"]).prefix(1).map(clean)
        case let list as [Any]: return list.prefix(5).flatMap { names($0) }
        default: return []
        }
    }

    /// JSON-LD text sometimes carries markup entities; whitespace is collapsed.
    private static func clean(_ text: String) -> String {
        var result = text
        for (entity, character) in [("&amp;", "&"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", " ")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return PageTree.collapsingWhitespace(result).trimmed
    }
}
