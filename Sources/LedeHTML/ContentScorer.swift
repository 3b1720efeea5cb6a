/// Finds the article's body in a ``PageTree``: chrome is set aside by name, tag and role, every
/// paragraph scores its ancestors (length, commas, links), the best-scoring container and its
/// related siblings are kept, and link lists inside them are dropped.
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
    /// The readability score of each node (0 for nodes that were never a candidate).
    package private(set) var score: [Double]

    /// Whether chrome is recognized by class and id names too (not only by tag and role).
    package let usesClassNames: Bool

    package init(tree: PageTree, usesClassNames: Bool = true) {
        self.tree = tree
        self.usesClassNames = usesClassNames
        let count = tree.nodes.count
        excluded = Array(repeating: false, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        ownLength = Array(repeating: 0, count: count)
        ownLinkLength = Array(repeating: 0, count: count)
        ownCommas = Array(repeating: 0, count: count)
        score = Array(repeating: 0, count: count)
        measure()
        markChrome()
        measure()
        scoreParagraphs()
    }

    /// Marks chrome. An element named like chrome is kept when its name also names content and
    /// it holds long prose (`entry share`, `elementor-widget-theme-post-content`), or when it
    /// holds most of the page's text (a wrapper with an unlucky name).
    private mutating func markChrome() {
        let total = textLength.first ?? 0
        var names: [String: (chrome: Bool, content: Bool)] = [:]
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            if node.parent >= 0, excluded[Int(node.parent)] {
                excluded[index] = true
                continue
            }
            if node.isText || node.name == "body" || node.name == "html" || node.itemprop == "articlebody" { continue }
            if BoilerplateNames.tags.contains(node.name) || (!node.role.isEmpty && BoilerplateNames.roles.contains(node.role)) {
                excluded[index] = !(textLength[index] > 1000 && textLength[index] * 2 > total)
                continue
            }
            guard usesClassNames, !node.classAndID.isEmpty else { continue }
            let verdict = names[node.classAndID] ?? {
                let names = node.classAndID
                let verdict = (BoilerplateNames.isBoilerplate(classAndID: names),
                               !names.contains("comment") && ContentScorer.positiveList.occurs(in: names))
                return verdict
            }()
            names[node.classAndID] = verdict
            guard verdict.chrome else { continue }
            let prose = verdict.content && textLength[index] >= 400 && linkDensity(index) < 0.3
            if !prose, !(textLength[index] > 1000 && textLength[index] * 2 > total) {
                excluded[index] = true
            }
        }
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
            let node = nodes[index]
            let parent = Int(node.parent)
            guard parent >= 0 else { continue }
            let parentNode = nodes[parent]
            block[index] = parentNode.kind == .block || parentNode.kind == .heading ? Int32(parent) : block[parent]
            inLink[index] = inLink[parent] || parentNode.kind == .link
        }
        // Backward: sums over subtrees.
        for index in nodes.indices.reversed() where !excluded[index] {
            let node = nodes[index]
            if node.isText {
                var length = 0, commaCount = 0
                for scalar in node.text.unicodeScalars where scalar != " " {
                    length += 1
                    if scalar == "," || scalar == "،" || scalar == "、" || scalar == "，" { commaCount += 1 }
                }
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
            let parent = Int(node.parent)
            if parent >= 0 {
                textLength[parent] += textLength[index]
                linkLength[parent] += linkLength[index]
                commas[parent] += commas[index]
            }
        }
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
    static let negativeList = NameList(negativeNames)
    static let negativeNames = [
        "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "tool", "widget",
    ]

    private func initialScore(_ index: Int) -> Double {
        let base: Double
        switch tree.nodes[index].name {
        case "div", "article", "main", "section": base = 5
        case "pre", "td", "blockquote": base = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": base = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": base = -5
        default: base = 0
        }
        return base + classWeight(index)
    }

    /// Every block with at least 25 characters of its own text scores its five nearest ancestors.
    private mutating func scoreParagraphs() {
        var initialized = Array(repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices where !excluded[index] {
            let node = tree.nodes[index]
            guard node.kind == .block, ownLength[index] >= 25 else { continue }
            let ownLinks = Double(ownLinkLength[index]) / Double(ownLength[index])
            guard ownLinks < 0.5 else { continue }
            let paragraphScore = (1 + Double(ownCommas[index]) + min(Double(ownLength[index]) / 100, 3)) * (1 - ownLinks)
            var ancestor = Int(node.parent)
            var level = 0
            while ancestor >= 0, level < 5 {
                if !initialized[ancestor] {
                    initialized[ancestor] = true
                    score[ancestor] = initialScore(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level) * 3
                score[ancestor] += paragraphScore / divider
                ancestor = Int(tree.nodes[ancestor].parent)
                level += 1
            }
        }
        for index in tree.nodes.indices where initialized[index] {
            score[index] *= 1 - linkDensity(index)
        }
    }

    /// The best-scoring container, or nil when no paragraph scored.
    package func topCandidate() -> Int? {
        var best: Int?
        for index in tree.nodes.indices where !excluded[index] && score[index] > 0 {
            if best == nil || score[index] > score[best!] { best = index }
        }
        return best
    }

    /// The top candidate and the siblings that belong with it, in document order.
    package func selectedRoots() -> [Int] {
        guard let top = topCandidate() else { return [] }
        let parent = Int(tree.nodes[top].parent)
        guard parent >= 0 else { return [top] }
        let threshold = max(10, score[top] * 0.2)
        var roots: [Int] = []
        var child = parent + 1
        let end = Int(tree.nodes[parent].end)
        while child < end {
            defer { child = Int(tree.nodes[child].end) }
            if child == top { roots.append(child); continue }
            guard !excluded[child] else { continue }
            var bonus = 0.0
            if !tree.nodes[top].classAndID.isEmpty, tree.nodes[child].classAndID == tree.nodes[top].classAndID { bonus = score[top] * 0.2 }
            if score[child] + bonus >= threshold {
                roots.append(child)
            } else if tree.nodes[child].name == "p" || (tree.nodes[child].kind == .block && ownLength[child] == textLength[child]) {
                let length = textLength[child], density = linkDensity(child)
                if length > 80 && density < 0.25 {
                    roots.append(child)
                } else if length > 0 && length <= 80 && density == 0 && ContentScorer.hasSentenceEnd(child, tree: tree) {
                    roots.append(child)
                }
            }
        }
        return roots
    }

    private static func hasSentenceEnd(_ index: Int, tree: PageTree) -> Bool {
        for node in tree.nodes[index..<Int(tree.nodes[index].end)] where node.isText {
            if node.text.contains(". ") || node.text.hasSuffix(".") { return true }
        }
        return false
    }

    /// Whether a container inside the article is a list of links or other chrome to drop.
    package func isLinkList(_ index: Int) -> Bool {
        let node = tree.nodes[index]
        guard node.kind == .block, textLength[index] > 0 else { return false }
        let density = linkDensity(index)
        switch node.name {
        case "p", "td", "th", "pre", "blockquote", "dd", "dt", "li":
            return false
        default:
            if commas[index] >= 10 { return false }
            let weight = classWeight(index)
            return (weight < 25 && density > 0.33) || (weight >= 25 && density > 0.6)
        }
    }
}
