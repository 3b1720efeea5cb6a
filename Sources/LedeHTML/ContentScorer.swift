/// Finds the article's body in a ``PageTree``: chrome is set aside by name, tag and role; the
/// container whose prose (blocks of 40 characters or more with few links) most outweighs its
/// link text and short text is the body; link lists inside it are dropped.
package struct ContentScorer {
    package let tree: PageTree
    /// Whether each node is chrome, or inside chrome.
    package private(set) var excluded: [Bool]
    /// Text characters below each node (excluded subtrees left out).
    package private(set) var textLength: [Int]
    /// Characters of link text below each node.
    package private(set) var linkLength: [Int]
    /// Commas below each node.
    package private(set) var commas: [Int]
    /// Characters of text whose nearest block ancestor is this node.
    package private(set) var ownLength: [Int]
    package private(set) var ownLinkLength: [Int]
    package private(set) var ownCommas: [Int]

    /// The characters and commas of each text node (zero for elements).
    private let textWeights: [(length: Int32, commas: Int32)]

    /// Text characters of the whole page, chrome included.
    package private(set) var pageLength = 0
    /// How chrome is recognized.
    package let names: ChromeNaming

    /// Which names of elements mark chrome.
    package enum ChromeNaming: Sendable {
        /// Tags, roles and class and id names.
        case all
        /// Tags, roles and only the strict names (``BoilerplateNames/strictNames``).
        case strict
        /// Tags and roles only.
        case none
    }

    package init(tree: PageTree, names: ChromeNaming = .all) {
        self.tree = tree
        self.names = names
        let count = tree.nodes.count
        excluded = Array(repeating: false, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        ownLength = Array(repeating: 0, count: count)
        ownLinkLength = Array(repeating: 0, count: count)
        ownCommas = Array(repeating: 0, count: count)
        textWeights = tree.nodes.map { $0.isText ? ContentScorer.weight(of: $0.text) : (0, 0) }
        measure()
        pageLength = textLength.first ?? 0
        markChrome()
        measure()
    }

    /// Marks chrome. An element named like chrome is kept when its name also names content and
    /// it holds long prose (`entry share`, `elementor-widget-theme-post-content`), or when it
    /// holds most of the page's text (a wrapper with an unlucky name).
    private mutating func markChrome() {
        let total = textLength.first ?? 0
        let holdsArticle = self.holdsArticle()
        var verdicts: [String: (chrome: Bool, content: Bool)] = [:]
        for index in tree.nodes.indices {
            if tree.nodes[index].parent >= 0, excluded[Int(tree.nodes[index].parent)] {
                excluded[index] = true
                continue
            }
            if tree.nodes[index].isText || tree.nodes[index].name == "body" || tree.nodes[index].name == "html" || tree.nodes[index].itemprop == "articlebody" { continue }
            if BoilerplateNames.tags.contains(tree.nodes[index].name) || (!tree.nodes[index].role.isEmpty && BoilerplateNames.roles.contains(tree.nodes[index].role))
                || (BoilerplateNames.formTags.contains(tree.nodes[index].name) && insideForm(index)) {
                excluded[index] = !(textLength[index] > 1000 && textLength[index] * 2 > total)
                continue
            }
            guard !tree.nodes[index].classAndID.isEmpty, self.names != .none else { continue }
            // Headings and paragraphs named after their place ("nav_section-title", "short-info")
            // are text; only the strict names set them aside.
            // A wrapper around the page's main element or article body is layout
            // ("left-navigation-wrapper"), unless named as lists of other pages.
            if holdsArticle[index], tree.nodes[index].kind != .heading, tree.nodes[index].name != "p",
               !BoilerplateNames.listingNames.occurs(in: BoilerplateNames.withoutLayoutNames(tree.nodes[index].classAndID)) { continue }
            if self.names == .strict {
                excluded[index] = BoilerplateNames.strictNames.occurs(in: tree.nodes[index].classAndID)
                continue
            }
            if tree.nodes[index].kind == .heading || tree.nodes[index].name == "p" {
                excluded[index] = BoilerplateNames.isTextChrome(classAndID: tree.nodes[index].classAndID)
                continue
            }
            let verdict = verdicts[tree.nodes[index].classAndID] ?? {
                let names = tree.nodes[index].classAndID
                let verdict = (BoilerplateNames.isBoilerplate(classAndID: names),
                               !ContentScorer.commentList.occurs(in: names) && ContentScorer.positiveList.occurs(in: names))
                return verdict
            }()
            verdicts[tree.nodes[index].classAndID] = verdict
            guard verdict.chrome else { continue }
            let prose = verdict.content && textLength[index] >= 400 && linkDensity(index) < 0.3
            if !prose, !(textLength[index] > 1000 && textLength[index] * 2 > total) {
                excluded[index] = true
            }
        }
    }

    /// Whether an element is inside a `<form>`.
    private func insideForm(_ index: Int) -> Bool {
        var ancestor = Int(tree.nodes[index].parent)
        while ancestor >= 0 {
            if tree.nodes[ancestor].name == "form" { return true }
            ancestor = Int(tree.nodes[ancestor].parent)
        }
        return false
    }

    /// Whether each element holds, below it, the page's main element or article body: `<main>`,
    /// `role=main`, `itemprop=articleBody` or a class or id naming an article body.
    private func holdsArticle() -> [Bool] {
        var holds = Array(repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices.reversed() {
            guard !tree.nodes[index].isText, tree.nodes[index].parent >= 0 else { continue }
            if holds[index] || tree.nodes[index].name == "main" || tree.nodes[index].role == "main" || tree.nodes[index].itemprop == "articlebody"
                || (!tree.nodes[index].classAndID.isEmpty && BoilerplateNames.protectedNames.occurs(in: tree.nodes[index].classAndID)) {
                holds[Int(tree.nodes[index].parent)] = true
            }
        }
        return holds
    }

    /// Text, link text and commas of every subtree, and of every block's own text.
    private mutating func measure() {
        let nodes = tree.nodes
        for index in nodes.indices {
            textLength[index] = 0; linkLength[index] = 0; commas[index] = 0
            ownLength[index] = 0; ownLinkLength[index] = 0; ownCommas[index] = 0
        }
        // Forward: the nearest block ancestor and whether inside a link.
        var block = Array(repeating: Int32(-1), count: nodes.count)
        var inLink = Array(repeating: false, count: nodes.count)
        for index in nodes.indices {
            let parent = Int(nodes[index].parent)
            guard parent >= 0 else { continue }
            block[index] = nodes[parent].kind == .block || nodes[parent].kind == .heading ? Int32(parent) : block[parent]
            inLink[index] = inLink[parent] || nodes[parent].kind == .link
        }
        // Backward: sums over subtrees.
        for index in nodes.indices.reversed() where !excluded[index] {
            if nodes[index].isText {
                let (length, commaCount) = (Int(textWeights[index].length), Int(textWeights[index].commas))
                textLength[index] = length
                commas[index] = commaCount
                if inLink[index] { linkLength[index] = length }
                let owner = Int(block[index])
                if owner >= 0 {
                    ownLength[owner] += length
                    ownCommas[owner] += commaCount
                    if inLink[index] { ownLinkLength[owner] += length }
                }
            }
            let parent = Int(nodes[index].parent)
            if parent >= 0 {
                textLength[parent] += textLength[index]
                linkLength[parent] += linkLength[index]
                commas[parent] += commas[index]
            }
        }
    }

    /// The characters of a text, spaces left out (a Chinese, Japanese or Korean character counts
    /// three: it carries about a word), and its commas (`,` `،` `、` `，`).
    static func weight(of text: String) -> (length: Int32, commas: Int32) {
        var length: Int32 = 0, commas: Int32 = 0
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x20: continue
            case 0x2C: commas += 1; length += 1
            case 0..<0x80: length += 1
            case 0xC0..<0xE0:
                let second = utf8.next()
                if byte == 0xD8 && second == 0x8C { commas += 1 }
                length += 1
            case 0xE0..<0xF0:
                let second = utf8.next() ?? 0, third = utf8.next() ?? 0
                let scalar = UInt32(byte & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                length += scalar >= 0x2E80 && scalar < 0xD7B0 ? 3 : 1
                if scalar == 0x3001 || scalar == 0xFF0C { commas += 1 }
            default:
                // The first byte of a four-byte character; continuation bytes are skipped.
                if byte >= 0xF0 { length += 1 }
            }
        }
        return (length, commas)
    }

    package func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
    }

    /// The class weight of readability: +25 for names of content, -25 for names of chrome.
    package func classWeight(_ index: Int) -> Double {
        let names = tree.nodes[index].classAndID
        guard !names.isEmpty else { return tree.nodes[index].itemprop == "articlebody" ? 50 : 0 }
        var weight = 0.0
        if ContentScorer.positiveList.occurs(in: names) { weight += 25 }
        if ContentScorer.negativeList.occurs(in: names) { weight -= 25 }
        if tree.nodes[index].itemprop == "articlebody" { weight += 50 }
        return weight
    }

    static let positiveNames = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story", "artikel", "beitrag", "inhalt", "texte", "contenu",
    ]
    static let positiveList = NameList(positiveNames)
    static let commentList = NameList(["comment"])
    static let negativeList = NameList(negativeNames)
    static let negativeNames = [
        "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "tool", "widget",
    ]

    /// The container whose prose outweighs the rest of its text the most: prose is the text of
    /// blocks with `minimumProse` characters or more of their own and few links; the rest is short text
    /// and link text (that of link lists, which the paragraphs leave out, counting less).
    package func densestContainer(minimumProse: Int) -> Int? {
        var prose = Array(repeating: 0.0, count: tree.nodes.count)
        // Link text of the link lists inside each node (the outermost lists, not the node itself).
        var listedLinks = Array(repeating: 0.0, count: tree.nodes.count)
        for index in tree.nodes.indices.reversed() where !excluded[index] {
            if tree.nodes[index].kind == .block, ownLength[index] >= minimumProse {
                let links = Double(ownLinkLength[index]) / Double(ownLength[index])
                if links < 0.5 { prose[index] += Double(ownLength[index]) * (1 - links) }
            }
            let parent = Int(tree.nodes[index].parent)
            if parent >= 0 {
                prose[parent] += prose[index]
                listedLinks[parent] += isLinkList(index) ? Double(linkLength[index]) : listedLinks[index]
            }
        }
        var best: Int?
        var bestValue = 0.0
        for index in tree.nodes.indices where !excluded[index] && tree.nodes[index].kind == .block && prose[index] > 0 {
            let links = Double(linkLength[index]) - (1 - ContentScorer.linkListWeight) * listedLinks[index]
            let other = max(0, Double(textLength[index]) - prose[index] - links)
            let value = prose[index] - links - ContentScorer.shortTextPenalty * other
            if value > bestValue { best = index; bestValue = value }
        }
        return best
    }

    /// How much a character of short text (not prose, not a link) counts against a container.
    static let shortTextPenalty = 0.25

    /// How much a character of link text inside a link list counts against a container, against
    /// 1 for other links: the paragraphs leave such lists out (show notes, a list of sources),
    /// so they cost the article they sit in little.
    static let linkListWeight = 0.2

    /// The element the page names as the article's body (`itemprop=articleBody`, `entry-content`,
    /// `article-body`...) that holds the most text, when one is not chrome.
    package func namedBody() -> Int? {
        var best: Int?
        for index in tree.nodes.indices where !excluded[index] && tree.nodes[index].kind == .block {
            guard tree.nodes[index].itemprop == "articlebody"
                || (!tree.nodes[index].classAndID.isEmpty && BoilerplateNames.protectedNames.occurs(in: tree.nodes[index].classAndID)) else { continue }
            if best == nil || textLength[index] > textLength[best!] { best = index }
        }
        return best
    }

    /// The containers of the article's body: the densest container, or nothing. Blocks of 40
    /// characters or more are prose (a line of 25 is a stall of a market, a label, a teaser's
    /// line); a page without any reads blocks of 25 or more.
    package func selectedRoots() -> [Int] {
        (densestContainer(minimumProse: 40) ?? densestContainer(minimumProse: 25)).map { [$0] } ?? []
    }

    /// Whether a container inside the article is a list of links or other chrome to drop.
    package func isLinkList(_ index: Int) -> Bool {
        guard tree.nodes[index].kind == .block, textLength[index] > 0 else { return false }
        let density = linkDensity(index)
        switch tree.nodes[index].name {
        case "p", "td", "th", "pre", "blockquote", "dd", "dt", "li":
            return false
        default:
            if commas[index] >= 10 { return false }
            let weight = classWeight(index)
            // A small box (a teaser, a "more on this" box) is links already when a quarter of it is.
            if weight < 25, textLength[index] < 300 { return density > 0.25 }
            return (weight < 25 && density > 0.33) || (weight >= 25 && density > 0.6)
        }
    }
}
