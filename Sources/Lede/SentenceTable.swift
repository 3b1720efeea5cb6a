import LedeText

/// The body of an article as the summarizer sees it: sentences with their terms.
struct SentenceTable: Sendable {
    /// Sentence texts, verbatim from the body, in document order.
    var texts: [String] = []
    /// The paragraph each sentence belongs to.
    var paragraphs: [Int] = []
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

    var count: Int { texts.count }

    /// The content terms of sentence `i`, in order.
    func terms(of i: Int) -> ArraySlice<Int32> {
        termIDs[termStart[i]..<termStart[i + 1]]
    }

    /// Segments `paragraphs` into sentences and extracts their terms.
    init(paragraphs: [String], cache: inout TermCache, keepVocabulary: Bool = false,
         segmenter: SentenceSegmenter = SentenceSegmenter()) {
        cache.beginDocument()
        for (index, paragraph) in paragraphs.enumerated() {
            for range in segmenter.sentenceRanges(in: paragraph) {
                let words = cache.extract(paragraph[range], into: &termIDs)
                termStart.append(termIDs.count)
                texts.append(String(paragraph[range]))
                self.paragraphs.append(index)
                wordCounts.append(words)
            }
        }
        termCount = cache.termCount
        if keepVocabulary { vocabulary = cache.vocabulary }
    }
}
