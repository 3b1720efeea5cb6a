/// How the extractor treats an HTML element.
package enum ElementKind: UInt8, Sendable {
    /// Text inside: `a`, `span`, `em`, ... (does not break a paragraph).
    case inline
    /// A link (inline, counted for link density).
    case link
    /// A block that holds text: `p`, `div`, `li`, `td`, ... (breaks a paragraph).
    case block
    /// `h1`-`h6`.
    case heading
    /// A line break.
    case lineBreak
    /// Never text of the article: scripts, styles, forms' controls, embedded media.
    case skipped

    /// The kind of each element name libxml2 reports (lower-case); unknown names are inline.
    package static func of(_ name: String) -> ElementKind {
        table[name] ?? .inline
    }

    private static let table: [String: ElementKind] = {
        var table: [String: ElementKind] = [:]
        for name in ["p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol", "li",
                     "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote",
                     "pre", "figure", "figcaption", "address", "hr", "center", "form", "fieldset", "legend", "details",
                     "summary", "body", "html", "menu", "dir", "hgroup", "frameset", "noframes", "output", "noscript"] {
            table[name] = .block
        }
        for name in ["h1", "h2", "h3", "h4", "h5", "h6"] { table[name] = .heading }
        for name in ["script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
                     "video", "audio", "select", "button", "input", "textarea", "option", "map", "head", "title",
                     "meta", "link", "base", "img", "picture", "source", "track", "param", "frame", "dialog"] {
            table[name] = .skipped
        }
        table["br"] = .lineBreak
        table["a"] = .link
        return table
    }()
}
