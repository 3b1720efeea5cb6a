extension Summarizer {
    /// Where the long-document path starts and how far its stored edges reach.
    ///
    /// Package-internal: the defaults are what Lede does; `lede-benchmark window` changes them
    /// to measure what the window costs in ROUGE (`Eval/bench/window-effect.sh`).
    package struct LongDocumentSettings: Sendable, Hashable {
        /// Bodies of more sentences never form the sentence graph (``ImplicitSimilarity``).
        package var sentenceLimit: Int
        /// How far apart (in distinct sentences, in order of first occurrence) two sentences
        /// of a long body may be and still be linked by the thresholded algorithms (LexRank
        /// with a threshold, positional with a threshold); `Int.max` links all pairs.
        package var edgeWindow: Int

        /// The defaults: 3,000 sentences, a 3,000-sentence window.
        package init(sentenceLimit: Int = 3_000, edgeWindow: Int = 3_000) {
            self.sentenceLimit = sentenceLimit
            self.edgeWindow = edgeWindow
        }
    }
}
