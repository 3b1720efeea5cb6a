import LedeText

/// The body of an article as the summarizer sees it: sentences with their terms.
struct SentenceTable: Sendable {
    /// Where each sentence lies in the body.
    var spans: SentenceSpans
    /// The number of word tokens of each sentence (stopwords included).
    var wordCounts: [Int] = []
    /// The content terms (stopwords removed, stemmed) of all sentences, as term ids, one
    /// sentence after the other; sentence `i` holds `termIDs[termStart[i]..<termStart[i + 1]]`.
    var termIDs: [Int32] = []
    var termStart: [Int] = [0]
    /// The number of distinct terms.
    var termCount = 0
    /// The stemmed terms, indexed by term id (only when asked for: weighing with a corpus IDF
    /// model needs them, the document's own IDF does not).
    var vocabulary: [String] = []
    /// The word position in its sentence of each entry of `termIDs` (stopwords count), only
    /// when asked for.
    var termPositions: [Int32] = []
    /// The content terms of the title, only when asked for (the title's own terms are
    /// numbered after the body's).
    var titleTerms: [Int32] = []

    var count: Int { spans.count }

    /// The content terms of sentence `i`, in order.
    func terms(of i: Int) -> ArraySlice<Int32> {
        termIDs[termStart[i]..<termStart[i + 1]]
    }

    /// Segments `paragraphs` into sentences and extracts their terms.
    init(paragraphs: [String], cache: inout TermCache, keepVocabulary: Bool = false,
         keepPositions: Bool = false, title: String? = nil) {
        let segmenter = SentenceSegmenter(language: cache.language)
        spans = SentenceSpans(paragraphTexts: paragraphs)
        cache.beginDocument()
        for (index, paragraph) in paragraphs.enumerated() {
            var paragraph = paragraph
            paragraph.withUTF8 { bytes in
                for range in segmenter.byteRanges(inUTF8: bytes) {
                    let sentence = UnsafeBufferPointer(rebasing: bytes[range])
                    let words = keepPositions
                        ? cache.extract(sentence, into: &termIDs, positions: &termPositions)
                        : cache.extract(sentence, into: &termIDs)
                    termStart.append(termIDs.count)
                    spans.append(paragraph: index, range: range)
                    wordCounts.append(words)
                }
            }
        }
        if let title { cache.extract(title, into: &titleTerms) }
        termCount = cache.termCount
        if keepVocabulary { vocabulary = cache.vocabulary }
    }
}
