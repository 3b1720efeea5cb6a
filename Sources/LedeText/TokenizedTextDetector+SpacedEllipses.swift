extension TokenizedTextDetector {
    /// The number of spaced ellipses (`. . .`) in the first `end` bytes of `text`: full stops
    /// with ` .` on both sides, counted once per ellipsis of three dots (a fourth dot counts
    /// again).
    static func spacedEllipses(in text: UTF8Text, end: Int) -> Int {
        var count = 0
        var index = 2
        while index + 2 < end {
            index = text.firstIndex(from: index) { $0.lanes(equalTo: ASCII.fullStop) }
            guard index + 2 < end else { break }
            if text[index - 1] == ASCII.space && text[index - 2] == ASCII.fullStop
                && text[index + 1] == ASCII.space && text[index + 2] == ASCII.fullStop {
                count += 1
            }
            index += 1
        }
        return count
    }
}
