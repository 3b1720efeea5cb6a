/// Detection of Penn Treebank–style tokenized text (`he said , " it 's true . "`).
enum TokenizedTextDetector {
    /// Whether `text` reads as tokenized: in its first ``UTF8Text/sampleLength`` bytes, at
    /// least two punctuation marks (`,` `.` `?` `!` `;` `:`) stand alone between whitespace,
    /// and they outnumber the marks attached to the end of a word (`word,`, or `u.s.` before a
    /// space). Running prose attaches nearly all of its marks.
    static func looksTokenized(_ text: UTF8Text) -> Bool {
        var counts = MarkCounts()
        let end = min(text.count, UTF8Text.sampleLength)
        var index = 0
        if let base = text.baseAddress, end > 2 * ByteChunk.width {
            // The first chunk one mark at a time: its first byte has none before it.
            for lane in LaneBits(markLanes(ByteChunk(base, at: 0))) { counts.count(at: lane, in: text, sampleEnd: end) }
            index = ByteChunk.width
            // Then whole chunks whose bytes all have one before and one after in the sample: the
            // bytes around the marks are read as the chunks one byte before and one byte after.
            var lanes = MarkLanes()
            // Two chunks a test: most chunks of prose hold no mark.
            while index + 2 * ByteChunk.width < end {
                let first = markLanes(ByteChunk(base, at: index))
                let second = markLanes(ByteChunk(base, at: index + ByteChunk.width))
                if !ByteChunk.isEmpty(first .| second) {
                    lanes.count(first, at: index, base: base, into: &counts)
                    lanes.count(second, at: index + ByteChunk.width, base: base, into: &counts)
                }
                index += 2 * ByteChunk.width
            }
            if index + ByteChunk.width < end {
                lanes.count(markLanes(ByteChunk(base, at: index)), at: index, base: base, into: &counts)
                index += ByteChunk.width
            }
            lanes.flush(into: &counts)
            // The rest (at most a chunk) one mark at a time, as the end of the sample's last
            // chunk, which overlaps those read.
            let last = end - ByteChunk.width
            for lane in LaneBits(markLanes(ByteChunk(base, at: last))) where last + lane >= index {
                counts.count(at: last + lane, in: text, sampleEnd: end)
            }
            index = end
        }
        // A short sample one byte at a time, each as a chunk of sixteen copies.
        while index < end {
            if !ByteChunk.isEmpty(markLanes(ByteChunk(repeating: text[index]))) { counts.count(at: index, in: text, sampleEnd: end) }
            index += 1
        }
        guard counts.standalone >= 2 && counts.standalone > counts.attached else { return false }
        // Prose with spaced ellipses (`is . . . I`) has standalone full stops too: those do not
        // count (tokenized text writes an ellipsis as one `...` token).
        let standalone = counts.standalone - 3 * spacedEllipses(in: text, end: end)
        return standalone >= 2 && standalone > counts.attached
    }

    /// Standalone and attached marks of whole chunks, counted lane by lane.
    private struct MarkLanes {
        var standalone = SIMD16<UInt8>()
        var attached = SIMD16<UInt8>()
        var chunks = 0

        /// Counts the marks `marks` of the chunk at `index`, whose bytes all have one before and
        /// one after in the sample: those are read as the chunks one byte before and after.
        @inline(__always)
        mutating func count(_ marks: ByteChunk.Mask, at index: Int, base: UnsafeRawPointer, into counts: inout MarkCounts) {
            guard !ByteChunk.isEmpty(marks) else { return }
            let counted = marks .& whitespaceLanes(ByteChunk(base, at: index + 1))
            let before = ByteChunk(base, at: index - 1)
            ByteChunk.count(counted .& whitespaceLanes(before), into: &standalone)
            ByteChunk.count(counted .& alphanumericLanes(before), into: &attached)
            chunks += 1
            // Each counter grows by at most one a chunk: add them up before they pass 31.
            if chunks == 31 { flush(into: &counts) }
        }

        mutating func flush(into counts: inout MarkCounts) {
            counts.standalone += ByteChunk.sum(standalone)
            counts.attached += ByteChunk.sum(attached)
            self = MarkLanes()
        }
    }

    /// Standalone and attached marks.
    private struct MarkCounts {
        var standalone = 0
        var attached = 0

        /// Counts the mark at `index` as standalone or attached when whitespace or the end of
        /// the text follows it within the sample.
        @inline(__always)
        mutating func count(at index: Int, in text: UTF8Text, sampleEnd: Int) {
            guard index + 1 == text.count || (index + 1 < sampleEnd && ASCII.isWhitespace(text[index + 1])) else { return }
            if index == 0 || ASCII.isWhitespace(text[index - 1]) {
                standalone += 1
            } else if ASCII.isLetter(text[index - 1]) || ASCII.isDigit(text[index - 1]) {
                attached += 1
            }
        }
    }

    /// The lanes of `chunk` that hold ASCII whitespace: space, tab, LF, VT, FF or CR.
    @inline(__always)
    private static func whitespaceLanes(_ chunk: ByteChunk) -> ByteChunk.Mask {
        chunk.lanes(equalTo: ASCII.space) .| chunk.lanes(in: ASCII.tab...ASCII.carriageReturn)
    }

    /// The lanes of `chunk` that hold an ASCII letter or digit.
    @inline(__always)
    private static func alphanumericLanes(_ chunk: ByteChunk) -> ByteChunk.Mask {
        chunk.lanes(in: UInt8(ascii: "a")...UInt8(ascii: "z"), ignoring: 0x20) .| chunk.lanes(in: UInt8(ascii: "0")...UInt8(ascii: "9"))
    }

    /// The lanes of `chunk` that hold `,`, `.`, `?`, `!`, `;` or `:`.
    @inline(__always)
    private static func markLanes(_ chunk: ByteChunk) -> ByteChunk.Mask {
        // `,` is 0x2C and `.` 0x2E; `:` is 0x3A and `;` 0x3B.
        chunk.lanes(equalTo: ASCII.fullStop, ignoring: 0x02) .| chunk.lanes(equalTo: UInt8(ascii: ";"), ignoring: 0x01)
            .| chunk.lanes(equalTo: ASCII.questionMark) .| chunk.lanes(equalTo: ASCII.exclamationMark)
    }
}
