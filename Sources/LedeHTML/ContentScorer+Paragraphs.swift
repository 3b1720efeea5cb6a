extension ContentScorer {
    /// The paragraphs of the selected containers: every block, heading and line break ends a
    /// paragraph; chrome and link lists are left out.
    package func paragraphs(of roots: [Int]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var current = ""
        var currentStart = -1
        var currentHeading = false
        func flush() {
            let text = PageTree.collapsingWhitespace(current).trimmed
            if !text.isEmpty { paragraphs.append(Paragraph(text: text, node: currentStart, isHeading: currentHeading)) }
            current = ""
            currentStart = -1
            currentHeading = false
        }
        for root in roots {
            var index = root
            let end = Int(tree.nodes[root].end)
            var openBlocks: [Int] = []
            while index < end {
                while let last = openBlocks.last, index >= last {
                    openBlocks.removeLast()
                    flush()
                }
                let node = tree.nodes[index]
                if excluded[index] || (index != root && isLinkList(index)) {
                    if node.kind == .block || node.kind == .heading { flush() }
                    index = Int(node.end)
                    continue
                }
                switch node.kind {
                case .block, .heading:
                    flush()
                    openBlocks.append(Int(node.end))
                    currentHeading = node.kind == .heading
                case .lineBreak:
                    flush()
                default:
                    if node.isText {
                        if currentStart < 0 { currentStart = index }
                        current += node.text
                    } else if node.kind == .inline, !current.isEmpty, !current.hasSuffix(" "), ContentScorer.spacedInline.contains(node.name) {
                        current += " "
                    }
                }
                index += 1
            }
            flush()
        }
        return paragraphs
    }

    /// Characters of the paragraphs found.
    package func bodyLength() -> Int {
        paragraphs(of: selectedRoots()).reduce(0) { $0 + $1.text.count }
    }

    /// Inline elements that browsers render apart from the text before them.
    static let spacedInline: Set<String> = ["td", "th", "label", "img"]
}

/// A paragraph of the page and the node it starts at.
package struct Paragraph: Sendable, Equatable {
    package var text: String
    package var node: Int
    package var isHeading: Bool
}
