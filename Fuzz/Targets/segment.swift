import LedeText

// Sentence segmentation in every text style: ranges are ordered, non-empty, without overlap,
// trimmed of whitespace, and agree with `sentences(in:)`.

let styles: [SentenceSegmenter.TextStyle] = [.automatic, .prose, .tokenized]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = text(data, size)
    for style in styles {
        let segmenter = SentenceSegmenter(textStyle: style)
        let ranges = segmenter.sentenceRanges(in: input)
        var previous = input.startIndex
        for range in ranges {
            require(!range.isEmpty, "empty range")
            require(range.lowerBound >= previous && range.upperBound <= input.endIndex, "ranges out of order")
            let scalars = input[range].unicodeScalars
            require(!scalars.first!.properties.isWhitespace && !scalars.last!.properties.isWhitespace, "untrimmed sentence")
            previous = range.upperBound
        }
        require(segmenter.sentences(in: input) == ranges.map { String(input[$0]) }, "sentences differ from ranges")
        if input.unicodeScalars.allSatisfy(\.properties.isWhitespace) { require(ranges.isEmpty, "sentences in blank text") }
    }
    return 0
}
