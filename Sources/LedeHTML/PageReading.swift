/// Puts together what a page declares and what the content scorer finds.
struct PageReading {
    let tree: PageTree
    let metadata: PageMetadata
    let scorer: ContentScorer

    /// The body's paragraphs as found, and the container they come from.
    let found: [Paragraph]
    let roots: [Int]

    init(tree: PageTree) {
        self.tree = tree
        self.metadata = PageMetadata(head: tree.head)
        var scorer = ContentScorer(tree: tree)
        var roots = scorer.selectedRoots()
        var found = scorer.paragraphs(of: roots)
        // When names of chrome left almost nothing, they were wrong: tags, roles and strict names
        // only, then tags and roles only.
        for names in [ContentScorer.ChromeNaming.strict, .none] where scorer.pageLength > 1000 && PageReading.length(of: found) < 250 {
            let plain = ContentScorer(tree: tree, names: names)
            let plainRoots = plain.selectedRoots()
            let plainFound = plain.paragraphs(of: plainRoots)
            if PageReading.length(of: plainFound) > PageReading.length(of: found) {
                (scorer, roots, found) = (plain, plainRoots, plainFound)
            }
        }
        // The element the page names as the article's body wins when it gives a fifth more text
        // (a body of short lines: captions of a gallery, results, lyrics; a box of prose beside it),
        // and, inside the container found, when it keeps nine tenths of its text (the rest is a
        // gallery's caption, a box of links, the chrome around the body).
        if let named = scorer.namedBody(), !roots.contains(named) {
            let inside = roots.contains(where: { $0 < named && named < Int(tree.nodes[$0].end) })
            let namedFound = scorer.paragraphs(of: [named])
            let (namedLength, foundLength) = (PageReading.length(of: namedFound), PageReading.length(of: found))
            if inside ? namedLength * 10 >= foundLength * 9 : namedLength * 5 > foundLength * 6 {
                (roots, found) = ([named], namedFound)
            }
        }
        (self.scorer, self.roots, self.found) = (scorer, roots, found)
    }

    static func length(of paragraphs: [Paragraph]) -> Int {
        paragraphs.reduce(0) { $0 + $1.text.count }
    }

    func article() -> WebArticle {
        var paragraphs = found
        var body = paragraphs.map(\.text)
        // A declared body much longer than what was found (a script-built page, a stub) wins.
        let foundLength = body.reduce(0) { $0 + $1.count }
        if let declared = metadata.articleBody, declared.count > 2 * foundLength + 200 {
            body = declared.split(whereSeparator: \.isNewline).map { PageTree.collapsingWhitespace(String($0)).trimmed }.filter { !$0.isEmpty }
            paragraphs = body.map { Paragraph(text: $0, node: -1, isHeading: false) }
        }
        let title = self.title(paragraphs: paragraphs)
        // The title repeated at the top of the body is not body.
        if let title, let first = paragraphs.first, PageReading.normalized(first.text) == PageReading.normalized(title) {
            paragraphs.removeFirst()
        }
        let abstract = self.abstract(paragraphs: &paragraphs)
        // The standfirst is never body, even where the page repeats it further down.
        if let abstract {
            let key = PageReading.normalized(abstract)
            paragraphs.removeAll { $0.text == abstract || !key.isEmpty && PageReading.normalized($0.text) == key }
        }
        var notes: [ExtractionNote] = []
        if paragraphs.isEmpty && abstract == nil { notes.append(.noArticle) }
        return WebArticle(
            title: title, abstract: abstract,
            byline: metadata.authors.isEmpty ? nil : metadata.authors.joined(separator: ", "),
            published: metadata.published ?? firstTime(), language: metadata.language,
            body: paragraphs.map(\.text), url: metadata.url, notes: notes)
    }

    /// The declared headline, or the first `<h1>`; the page's `<h1>` is preferred when the
    /// declared title is it plus a site name.
    private func title(paragraphs: [Paragraph]) -> String? {
        let heading = firstHeading()
        guard let declared = metadata.headline, !declared.isEmpty else { return heading }
        if let heading, heading.count >= 10, declared != heading, declared.contains(heading) { return heading }
        return declared
    }

    private func firstHeading() -> String? {
        for (index, node) in tree.nodes.enumerated() where node.name == "h1" && !scorer.excluded[index] {
            let text = PageTree.collapsingWhitespace(tree.nodes[index..<Int(node.end)].filter(\.isText).map(\.text).joined()).trimmed
            if !text.isEmpty { return text }
        }
        return nil
    }

    private func firstTime() -> String? {
        tree.nodes.first { $0.name == "time" && !$0.datetime.isEmpty }?.datetime
    }

    /// The standfirst: a paragraph the page marks as such, or a leading paragraph that is the
    /// declared description. It is taken out of the body.
    private func abstract(paragraphs: inout [Paragraph]) -> String? {
        let descriptions = Set(metadata.descriptions.map(PageReading.normalized).filter { $0.count >= 30 })
        // Leading paragraphs (one to three) that are a declared description.
        if !descriptions.isEmpty {
            for start in 0..<min(3, paragraphs.count) where !paragraphs[start].isHeading {
                var joined = ""
                for end in start..<min(start + 3, paragraphs.count - 1) {
                    joined += PageReading.normalized(paragraphs[end].text)
                    if descriptions.contains(joined) {
                        let end = blockEnd(paragraphs, start: start, end: PageReading.standfirstEnd(paragraphs, start: start, end: end))
                        let abstract = paragraphs[start...end].map(\.text).joined(separator: " ")
                        paragraphs.removeSubrange(start...end)
                        return abstract
                    }
                }
            }
        }
        // Bold first paragraphs followed by plain ones: the lead of many news pages.
        if let start = paragraphs.prefix(2).firstIndex(where: { !$0.isHeading && $0.isBold }) {
            var end = start
            while end + 1 < min(start + 3, paragraphs.count), paragraphs[end + 1].isBold, !paragraphs[end + 1].isHeading { end += 1 }
            end = PageReading.standfirstEnd(paragraphs, start: start, end: end)
            let abstract = paragraphs[start...end].map(\.text).joined(separator: " ")
            if abstract.count >= 40, end + 1 < paragraphs.count {
                paragraphs.removeSubrange(start...end)
                return abstract
            }
        }
        // An element named as a standfirst, above or at the top of the body.
        if let marked = markedStandfirst() {
            let key = PageReading.normalized(marked)
            if let position = paragraphs.prefix(3).firstIndex(where: { PageReading.normalized($0.text) == key }) {
                paragraphs.remove(at: position)
            }
            return marked
        }
        return nil
    }

    /// Where a standfirst of the paragraphs `start...end` ends: a paragraph after the first that
    /// is a line of a block going on with more text (`<p>lead<br><br>body...</p>`) begins the body.
    static func standfirstEnd(_ paragraphs: [Paragraph], start: Int, end: Int) -> Int {
        guard end > start, let cut = paragraphs[(start + 1)...end].firstIndex(where: \.endsAtLineBreak) else { return end }
        return cut - 1
    }

    /// Where a standfirst that is not bold ends: with its block. A description written as
    /// paragraphs may break the lead block at a line break (`<p>lead<br><br>line</p><p>body`);
    /// the block's one last line is standfirst too when body follows the block. A bold lead
    /// marks its own extent.
    private func blockEnd(_ paragraphs: [Paragraph], start: Int, end: Int) -> Int {
        let next = end + 1
        guard next + 1 < paragraphs.count, paragraphs[end].endsAtLineBreak, paragraphs[next].text.count <= 300,
              !paragraphs[start...next].contains(where: { $0.isBold || $0.isHeading }) else { return end }
        let block = scorer.block(containing: paragraphs[end].node)
        guard block >= 0, scorer.block(containing: paragraphs[next].node) == block,
              scorer.block(containing: paragraphs[next + 1].node) != block else { return end }
        return next
    }

    static let standfirstNames = ["standfirst", "chapo", "chapeau", "article-lead", "article__lead", "lead-text",
                                  "leadtext", "lead", "intro", "summary", "dek", "deck", "abstract", "lede", "excerpt", "teaser-text",
                                  "article-teaser", "subheadline", "sub-headline", "description"]

    static let standfirstList = NameList(standfirstNames)

    private func markedStandfirst() -> String? {
        let limit = min(tree.nodes.count, firstBodyNode() ?? tree.nodes.count)
        for index in 0..<limit {
            guard !tree.nodes[index].isText, tree.nodes[index].kind == .block || tree.nodes[index].kind == .heading, !tree.nodes[index].classAndID.isEmpty,
                  PageReading.standfirstList.occurs(in: tree.nodes[index].classAndID) else { continue }
            let text = PageTree.collapsingWhitespace(tree.nodes[index..<Int(tree.nodes[index].end)].filter(\.isText).map(\.text).joined(separator: " ")).trimmed
            if text.count >= 40, text.count <= 1000, scorer.linkDensity(index) < 0.3 { return text }
        }
        return nil
    }

    private func firstBodyNode() -> Int? {
        roots.first.map { root in
            // The first few paragraphs of the body may be the standfirst too.
            var seen = 0
            var index = root
            while index < Int(tree.nodes[root].end) {
                if tree.nodes[index].kind == .block && scorer.ownLength[index] >= 25 { seen += 1; if seen > 2 { return index } }
                index += 1
            }
            return index
        }
    }

    /// Lower-case letters and digits only: for comparing texts across markup and typography.
    static func normalized(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x61 && value <= 0x7A || value >= 0x30 && value <= 0x39 {
                    bytes.append(UInt8(value))
                } else if value >= 0x41 && value <= 0x5A {
                    bytes.append(UInt8(value) | 0x20)
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
