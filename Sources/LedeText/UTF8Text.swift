/// Valid UTF-8 text, read byte by byte with scalar-level classification where punctuation
/// and whitespace outside ASCII matter, and sixteen bytes at a time (``ByteChunk``) where a
/// scan skips ahead.
struct UTF8Text {
    /// How many leading bytes the case and style statistics look at.
    static let sampleLength = 65_536

    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var count: Int { bytes.count }

    /// The address of the first byte, `nil` when the text is empty.
    var baseAddress: UnsafeRawPointer? { bytes.baseAddress.map(UnsafeRawPointer.init) }

    subscript(index: Int) -> UInt8 { bytes[index] }

    /// The bytes in `range`.
    subscript(range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }

    /// Whether capitalisation carries no information in the sample: fewer than 1% of its
    /// ASCII letters are upper case (lower-cased corpora), or fewer than 1% are lower case
    /// (all-caps text).
    var isCaseless: Bool {
        let end = min(count, Self.sampleLength)
        var uppercase = 0
        var lowercase = 0
        var index = 0
        if let baseAddress {
            // Blocks of sixteen chunks: letters are counted sixteen lanes at a time in byte-sized
            // counters, added up after each block.
            while index + ByteChunk.width <= end {
                let blockEnd = min(end, index + 16 * ByteChunk.width)
                var uppercaseLanes = SIMD16<UInt8>()
                var lowercaseLanes = SIMD16<UInt8>()
                while index + ByteChunk.width <= blockEnd {
                    let chunk = ByteChunk(baseAddress, at: index)
                    ByteChunk.count(chunk.lanes(in: UInt8(ascii: "A")...UInt8(ascii: "Z")), into: &uppercaseLanes)
                    ByteChunk.count(chunk.lanes(in: UInt8(ascii: "a")...UInt8(ascii: "z")), into: &lowercaseLanes)
                    index += ByteChunk.width
                }
                uppercase += ByteChunk.sum(uppercaseLanes)
                lowercase += ByteChunk.sum(lowercaseLanes)
                // Even if every byte left were a letter of the majority case, the minority would
                // stay at 1% or more: the text is cased, whatever follows.
                if min(uppercase, lowercase) * 100 >= uppercase + lowercase + (end - index) { return false }
            }
        }
        while index < end {
            let byte = bytes[index]
            if ASCII.isUppercase(byte) { uppercase += 1 } else if ASCII.isLowercase(byte) { lowercase += 1 }
            index += 1
        }
        return min(uppercase, lowercase) * 100 < uppercase + lowercase
    }

    // MARK: Searching

    /// The first index at or after `start` whose byte `matchingLanes` accepts, or ``count``.
    ///
    /// - Parameter matchingLanes: The lanes of a chunk whose bytes match; whole chunks without
    ///   one are skipped. It must treat each lane on its own.
    @inline(__always)
    func firstIndex(from start: Int, matchingLanes chunkLanes: (ByteChunk) -> ByteChunk.Mask) -> Int {
        var index = start
        if let baseAddress {
            // Two chunks a test: matches are rare, and testing costs about as much as comparing.
            while index + 2 * ByteChunk.width <= count {
                let first = chunkLanes(ByteChunk(baseAddress, at: index))
                let second = chunkLanes(ByteChunk(baseAddress, at: index + ByteChunk.width))
                if !ByteChunk.isEmpty(first .| second) {
                    if let lane = LaneBits(first).first { return index + lane }
                    if let lane = LaneBits(second).first { return index + ByteChunk.width + lane }
                }
                index += 2 * ByteChunk.width
            }
            if index + ByteChunk.width <= count {
                if let lane = LaneBits(chunkLanes(ByteChunk(baseAddress, at: index))).first { return index + lane }
                index += ByteChunk.width
            }
            // The last few bytes as the end of the text's last chunk, which overlaps those read.
            if index < count && count >= ByteChunk.width {
                let last = count - ByteChunk.width
                for lane in LaneBits(chunkLanes(ByteChunk(baseAddress, at: last))) where last + lane >= index {
                    return last + lane
                }
                return count
            }
        }
        // A text shorter than a chunk, one byte at a time: each as a chunk of sixteen copies.
        while index < count, ByteChunk.isEmpty(chunkLanes(ByteChunk(repeating: bytes[index]))) { index += 1 }
        return index
    }

    // MARK: Whitespace and line breaks

    /// The length of the whitespace scalar at `index`, or 0: ASCII whitespace, U+0085,
    /// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
    @inline(__always)
    func whitespaceLength(at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return ASCII.isWhitespace(lead) ? 1 : 0 }
        return nonASCIIWhitespaceLength(at: index)
    }

    /// ``whitespaceLength(at:)`` for a scalar outside ASCII.
    @inline(never)
    private func nonASCIIWhitespaceLength(at index: Int) -> Int {
        let lead = bytes[index]
        switch lead {
        case 0xC2:
            return index + 1 < count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0) ? 2 : 0
        case 0xE1, 0xE2, 0xE3:
            guard index + 2 < count else { return 0 }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            switch (lead, second) {
            case (0xE1, 0x9A): return third == 0x80 ? 3 : 0
            case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            case (0xE2, 0x81): return third == 0x9F ? 3 : 0
            case (0xE3, 0x80): return third == 0x80 ? 3 : 0
            default: return 0
            }
        default:
            return 0
        }
    }

    /// Whether a no-break space starts at `index`: U+00A0, U+2007 or U+202F.
    func isNoBreakSpace(at index: Int) -> Bool {
        switch bytes[index] {
        case 0xC2:
            return index + 1 < count && bytes[index + 1] == 0xA0
        case 0xE2:
            return hasGeneralPunctuation(0x87, at: index) || hasGeneralPunctuation(0xAF, at: index)
        default:
            return false
        }
    }

    /// The length of the whitespace scalar that ends right before `end`, or 0.
    func whitespaceLength(endingAt end: Int) -> Int {
        let start = scalarStart(before: end)
        let length = whitespaceLength(at: start)
        return length == end - start ? length : 0
    }

    /// The first byte at or after `index` that is not whitespace, or ``count``.
    func skippingWhitespace(from index: Int) -> Int {
        var index = index
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard ASCII.isWhitespace(byte) else { break }
                index += 1
                continue
            }
            let length = whitespaceLength(at: index)
            guard length > 0 else { break }
            index += length
        }
        return index
    }

    /// The first byte at or after `index` that is not whitespace other than a line break,
    /// or ``count``.
    func skippingBlanks(from index: Int) -> Int {
        var index = index
        while index < count, lineBreakLength(at: index) == 0 {
            let length = whitespaceLength(at: index)
            guard length > 0 else { break }
            index += length
        }
        return index
    }

    /// `range` without leading and trailing whitespace.
    ///
    /// `range` may start inside a scalar (a look-back window such as the list-marker check's);
    /// trailing whitespace is then trimmed no further than `range.lowerBound`.
    func trimmingWhitespace(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let length = whitespaceLength(at: lower)
            guard length > 0 else { break }
            lower += length
        }
        while upper > lower {
            let last = bytes[upper - 1]
            if last < 0x80 {
                guard ASCII.isWhitespace(last) else { break }
                upper -= 1
                continue
            }
            let length = whitespaceLength(endingAt: upper)
            // A whitespace scalar that begins before `lower` (which then lies inside it) ends
            // the trim: stepping over it would cross `lower`.
            guard length > 0, upper - length >= lower else { break }
            upper -= length
        }
        return lower..<upper
    }

    /// The length of the line break at `index`, or 0: LF, CR, CR LF, U+0085, U+2028, U+2029.
    @inline(__always)
    func lineBreakLength(at index: Int) -> Int {
        let lead = bytes[index]
        // Every line break starts with LF, CR (both below 0x0E), 0xC2 or 0xE2.
        if lead >= 0x0E && lead < 0xC2 { return 0 }
        return lineBreakLengthCandidate(at: index)
    }

    /// ``lineBreakLength(at:)`` for a byte that may start a line break.
    @inline(never)
    private func lineBreakLengthCandidate(at index: Int) -> Int {
        switch bytes[index] {
        case ASCII.lineFeed:
            return 1
        case ASCII.carriageReturn:
            return index + 1 < count && bytes[index + 1] == ASCII.lineFeed ? 2 : 1
        case 0xC2:
            return index + 1 < count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return hasGeneralPunctuation(0xA8, at: index) || isParagraphSeparator(at: index) ? 3 : 0
        default:
            return 0
        }
    }

    /// Whether U+2029 PARAGRAPH SEPARATOR starts at `index`.
    func isParagraphSeparator(at index: Int) -> Bool {
        hasGeneralPunctuation(0xA9, at: index)
    }

    /// Whether the General Punctuation scalar encoded as `E2 80 lastByte` (U+2000–U+203F)
    /// starts at `index`.
    func hasGeneralPunctuation(_ lastByte: UInt8, at index: Int) -> Bool {
        index + 2 < count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == lastByte
    }
}
