/// Collects trimmed, non-empty sentence ranges from a sequence of cut positions.
struct SentenceCollector {
    private let text: UTF8Text
    private var start = 0
    private var ranges: [Range<Int>] = []

    /// The first non-whitespace byte at or after the last cut, or ``UTF8Text/count``: where
    /// the current sentence's content starts once it has any.
    private(set) var contentStart: Int

    init(text: UTF8Text) {
        self.text = text
        contentStart = text.skippingWhitespace(from: 0)
        // Room for a sentence every 64 bytes or so, which few texts exceed, spares most regrowth.
        ranges.reserveCapacity(text.count / 64 + 4)
    }

    /// Ends the current sentence at `end` (ignored unless it lies after the previous cut).
    @inline(__always)
    mutating func cut(at end: Int) {
        guard end > start else { return }
        if contentStart < end {
            // Most cuts follow punctuation: nothing to trim then.
            let last = text[end - 1]
            let isTrimmed = last < 0x80 && !ASCII.isWhitespace(last)
            ranges.append(isTrimmed ? contentStart..<end : text.trimmingWhitespace(contentStart..<end))
        }
        start = end
        // Cuts inside one run of whitespace do not scan it again.
        contentStart = contentStart >= end ? contentStart : text.skippingWhitespace(from: end)
    }

    /// Ends the last sentence at the end of the text and returns all sentences.
    mutating func finish() -> [Range<Int>] {
        cut(at: text.count)
        return ranges
    }
}
