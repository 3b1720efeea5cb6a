/// Where each sentence of a body lies: its paragraph and its range of UTF-8 offsets there.
///
/// Sentences are kept as offsets, and their text is made only when asked for: most sentences
/// of an article are scored, never shown.
struct SentenceSpans: Hashable, Sendable {
    /// The body paragraphs.
    var paragraphTexts: [String]
    /// Each sentence's paragraph, in document order.
    var paragraphs: [Int] = []
    /// Each sentence's range of UTF-8 offsets in its paragraph; never empty.
    var ranges: [Range<Int>] = []

    var count: Int { ranges.count }

    /// Adds a sentence at `range` of paragraph `paragraph`.
    mutating func append(paragraph: Int, range: Range<Int>) {
        paragraphs.append(paragraph)
        ranges.append(range)
    }

    /// The text of sentence `i`, verbatim from the body.
    func text(_ i: Int) -> Substring {
        let (paragraph, start) = start(of: i)
        return paragraph[start..<paragraph.utf8.index(start, offsetBy: ranges[i].count)]
    }

    /// The first Unicode scalar of sentence `i`.
    func firstScalar(_ i: Int) -> Unicode.Scalar {
        let (paragraph, start) = start(of: i)
        return paragraph.unicodeScalars[start]
    }

    /// Sentence `i`'s paragraph and the index in it where the sentence starts.
    private func start(of i: Int) -> (paragraph: String, index: String.Index) {
        let paragraph = paragraphTexts[paragraphs[i]]
        let utf8 = paragraph.utf8
        return (paragraph, utf8.index(utf8.startIndex, offsetBy: ranges[i].lowerBound))
    }
}
