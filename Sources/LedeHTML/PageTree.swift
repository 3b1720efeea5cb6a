/// A web page's elements and text as flat arrays in document order: what the extractor scores.
///
/// Built by ``PageTree/init(parsing:)`` from libxml2's HTML tree; scripts, styles and embedded
/// media are left out, hidden elements are marked. Parents come before their children, so one
/// backward pass over the nodes aggregates the text of every subtree.
package struct PageTree: Sendable {
    /// One element or text run.
    package struct Node: Sendable {
        /// The element name (empty for text).
        package var name: String
        package var kind: ElementKind
        package var isText: Bool
        /// The parent's index (-1 for the root).
        package var parent: Int32
        /// Depth below the root.
        package var depth: Int32
        /// The text, for text nodes; whitespace runs collapsed to one space.
        package var text: String
        /// The `class` and `id` attributes, lower-cased, joined by a space.
        package var classAndID: String
        /// Attributes the extractor reads: `itemprop`, `role`, `rel`, `datetime`, `href`.
        package var itemprop: String
        package var role: String
        package var rel: String
        package var datetime: String
        /// The index after this node's subtree (its subtree is `index..<end`).
        package var end: Int32
    }

    package var nodes: [Node] = []
    /// Metadata collected from the head while building.
    package var head = PageHead()
    /// Whether the document was cut short (too large, or nested too deeply).
    package var truncated = false

    package init() {}
}

/// What a page declares in its head: `<title>`, `<meta>`, `<link>`, JSON-LD scripts, `<html lang>`.
package struct PageHead: Sendable {
    package var title: String?
    /// `name`/`property`/`itemprop`/`http-equiv` of each `<meta>` (lower-cased) to its content; the first wins.
    package var meta: [String: String] = [:]
    package var canonical: String?
    package var language: String?
    package var jsonLD: [String] = []
    package var authorLinks: [String] = []

    package init() {}
}
