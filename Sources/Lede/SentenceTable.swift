import LedeText

/// The body of an article as the summarizer sees it: sentences with their terms.
struct SentenceTable: Sendable {
    /// The body paragraphs the sentences come from.
    var paragraphTexts: [String]
    /// Each sentence's paragraph, and its range in that paragraph, in document order.
    var paragraphs: [Int] = []
    var ranges: [Range<String.Index>] = []
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

    var count: Int { ranges.count }

    /// The text of sentence `i`, verbatim from the body.
    func text(_ i: Int) -> Substring {
        paragraphTexts[paragraphs[i]][ranges[i]]
    }

    /// The content terms of sentence `i`, in order.
    func terms(of i: Int) -> ArraySlice<Int32> {
        termIDs[termStart[i]..<termStart[i + 1]]
    }

    /// Segments `paragraphs` into sentences and extracts their terms.
    init(paragraphs: [String], cache: inout TermCache, keepVocabulary: Bool = false) {
        let segmenter = LanguageSegmenter(language: cache.language)
        paragraphTexts = paragraphs
        cache.beginDocument()
        for (index, paragraph) in paragraphs.enumerated() {
            for range in segmenter.sentenceRanges(in: paragraph) {
                let words = cache.extract(paragraph[range], into: &termIDs)
                termStart.append(termIDs.count)
                ranges.append(range)
                self.paragraphs.append(index)
                wordCounts.append(words)
            }
        }
        termCount = cache.termCount
        if keepVocabulary { vocabulary = cache.vocabulary }
    }
}
