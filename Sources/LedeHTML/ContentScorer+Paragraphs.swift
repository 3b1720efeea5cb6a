extension ContentScorer {
    /// The paragraphs of the selected containers: every block, heading and line break ends a
    /// paragraph; chrome and link lists are left out.
    package func paragraphs(of roots: [Int]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var current = ""
        var currentStart = -1
        var currentHeading = false
        var bold = ""
        func flush(atLineBreak: Bool = false) {
            let text = PageTree.collapsingWhitespace(current).trimmed
            if !text.isEmpty {
                let boldText = PageReading.normalized(bold)
                let isBold = !boldText.isEmpty && boldText.count * 10 >= PageReading.normalized(text).count * 9
                paragraphs.append(Paragraph(text: text, node: currentStart, isHeading: currentHeading, isBold: isBold,
                                            endsAtLineBreak: atLineBreak))
            }
            current = ""
            bold = ""
            currentStart = -1
            currentHeading = false
        }
        for root in roots {
            var index = root
            let end = Int(tree.nodes[root].end)
            var openBlocks: [Int] = []
            var boldEnds: [Int] = []
            while index < end {
                while let last = boldEnds.last, index >= last { boldEnds.removeLast() }
                while let last = openBlocks.last, index >= last {
                    openBlocks.removeLast()
                    flush()
                }
                if excluded[index] || (index != root && isLinkList(index)) {
                    if tree.nodes[index].kind == .block || tree.nodes[index].kind == .heading { flush() }
                    // The heading of a dropped list ("Related stories") goes with it.
                    if textLength[index] > 0, tree.nodes[index].kind == .block, paragraphs.last?.isHeading == true, paragraphs.last!.node >= root {
                        paragraphs.removeLast()
                    }
                    index = Int(tree.nodes[index].end)
                    continue
                }
                switch tree.nodes[index].kind {
                case .block, .heading:
                    flush()
                    openBlocks.append(Int(tree.nodes[index].end))
                    currentHeading = tree.nodes[index].kind == .heading
                case .lineBreak:
                    flush(atLineBreak: true)
                default:
                    if tree.nodes[index].isText {
                        if currentStart < 0 { currentStart = index }
                        current += tree.nodes[index].text
                        if !boldEnds.isEmpty { bold += tree.nodes[index].text }
                    } else if tree.nodes[index].name == "strong" || tree.nodes[index].name == "b" {
                        boldEnds.append(Int(tree.nodes[index].end))
                    } else if tree.nodes[index].kind == .inline, !current.isEmpty, !current.hasSuffix(" "), ContentScorer.spacedInline.contains(tree.nodes[index].name) {
                        current += " "
                    }
                }
                index += 1
            }
            flush()
        }
        var kept = withoutRelatedSections(paragraphs.filter { !isLinkParagraph($0) }, roots: roots)
        // Short lines after the last sentence are the page's, not the article's ("More on this").
        while let last = kept.last, kept.count > 1, last.text.count < 70, !ContentScorer.endsSentence(last.text) {
            kept.removeLast()
        }
        return kept
    }

    /// The paragraphs without the sections that a heading of related pages opens ("Mehr zum
    /// Thema", "Related coverage"): the largest element that starts with the heading and holds
    /// under 40% of the body, or the heading and the element after it when it stands alone.
    func withoutRelatedSections(_ paragraphs: [Paragraph], roots: [Int]) -> [Paragraph] {
        var sections: [Range<Int>] = []
        for paragraph in paragraphs where paragraph.node >= 0 && paragraph.text.count < 60
            && !ContentScorer.endsSentence(paragraph.text) && RelatedHeadings.matches(paragraph.text) {
            guard let root = roots.last(where: { $0 < paragraph.node && paragraph.node < Int(tree.nodes[$0].end) }) else { continue }
            sections.append(relatedSection(heading: paragraph, root: root))
        }
        guard !sections.isEmpty else { return paragraphs }
        return paragraphs.filter { paragraph in !sections.contains { $0.contains(paragraph.node) } }
    }

    private func relatedSection(heading: Paragraph, root: Int) -> Range<Int> {
        var section = Int(tree.nodes[heading.node].parent)
        while case let parent = Int(tree.nodes[section].parent), parent > root,
              textLength[parent] * 5 < textLength[root] * 2, startsWith(parent, text: heading.node) {
            section = parent
        }
        var end = Int(tree.nodes[section].end)
        // A heading on its own: the list is the element after it.
        let parent = Int(tree.nodes[section].parent)
        if textLength[section] <= heading.text.count, parent >= 0 {
            while end < Int(tree.nodes[parent].end), tree.nodes[end].isText, textLength[end] == 0 { end += 1 }
            if end < Int(tree.nodes[parent].end) { end = Int(tree.nodes[end].end) }
        }
        return section..<end
    }

    /// Whether no text comes before the text node `text` inside `element`.
    private func startsWith(_ element: Int, text: Int) -> Bool {
        var index = element + 1
        while index < text {
            if tree.nodes[index].isText, textLength[index] > 0 { return false }
            index += 1
        }
        return true
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
        return ".!?\"”“»«'’)…。！？".unicodeScalars.contains(last)
    }

    /// A short paragraph that is mostly a link ("Read more: ...").
    private func isLinkParagraph(_ paragraph: Paragraph) -> Bool {
        guard paragraph.node >= 0, paragraph.text.count < 150 else { return false }
        let owner = block(containing: paragraph.node)
        guard owner >= 0, ownLength[owner] > 0 else { return false }
        return Double(ownLinkLength[owner]) / Double(ownLength[owner]) > 0.5
    }

    /// The nearest block or heading that holds the node (the node itself when it is one); -1
    /// for none.
    func block(containing node: Int) -> Int {
        var owner = node
        while owner >= 0, tree.nodes[owner].kind != .block && tree.nodes[owner].kind != .heading || tree.nodes[owner].isText {
            owner = Int(tree.nodes[owner].parent)
        }
        return owner
    }

    /// Inline elements that browsers render apart from the text before them.
    static let spacedInline: Set<String> = ["td", "th", "label", "img"]
}

/// A paragraph of the page and the node it starts at.
package struct Paragraph: Sendable, Equatable {
    package var text: String
    package var node: Int
    package var isHeading: Bool
    /// Whether (nearly) all of its text is bold: the lead of many news pages.
    package var isBold = false
    /// Whether it ends at a line break with more text of its block after it.
    package var endsAtLineBreak = false
}
