import LedeText

/// Summarizes an article by extracting its most central sentences, the way an editor writes a
/// lede.
///
/// The pipeline: parse the page (``Article``), split the body into sentences, tokenize, drop
/// stopwords and stem, weigh terms by TF-IDF, compute the cosine-similarity graph of the
/// sentences (CBLAS on OpenBLAS, or an exact sparse product when that is cheaper), rank the
/// sentences by graph centrality, and pick the best ones under a budget, skipping
/// near-duplicates, in document order.
///
/// ```swift
/// import Lede
///
/// let summarizer = Summarizer()
/// let summary = summarizer.summarize(articleText)
/// for sentence in summary.sentences {
///     print(sentence.text)
/// }
/// ```
///
/// A summarizer is a value: configure it once and share it across threads.
public struct Summarizer: Sendable {
    /// What the summarizer does.
    public var configuration: Configuration
    /// Stems of the words seen so far, shared by copies of this summarizer.
    private let caches = TermCachePool()

    /// Creates a summarizer.
    public init(configuration: Configuration = .default) {
        self.configuration = configuration
        _ = BLAS.singleThreaded
    }

    /// Parses `text` as a page (title, abstract, body, chrome) and summarizes its body.
    ///
    /// - Complexity: As ``summarize(_:)-(Article)``, after O(*n*) parsing of the *n* characters of `text`.
    public func summarize(_ text: String) -> Summary {
        summarize(Article(parsing: text))
    }

    /// Summarizes the body paragraphs of `article`.
    ///
    /// - Complexity: O(*n*) to split, tokenize and stem *n* characters of body, plus the similarity graph of its *s* sentences: at most O(*s*² · *t*) for *t* distinct terms with the dense kernel, and in proportion to the shared terms with the sparse product (chosen when cheaper); ranking is O(*s*²) per iteration on the graph. A news article takes tens of microseconds.
    public func summarize(_ article: Article) -> Summary {
        let table = caches.withCache { cache in
            SentenceTable(paragraphs: article.paragraphs, cache: &cache, keepVocabulary: configuration.idf != nil)
        }
        let resolved = configuration.resolved(sentences: table.count, words: table.wordCounts.reduce(0, +))
        let scores = SentenceScorer(configuration: resolved).scores(for: table)
        let isLead = resolved.algorithm == .lead
        let selector = SentenceSelector(
            budget: resolved.budget,
            redundancyThreshold: isLead ? nil : resolved.redundancyThreshold,
            minimumWords: isLead ? 0 : resolved.minimumSentenceWords)
        let chosen = selector.select(scores: scores.centrality, wordCounts: table.wordCounts, cosine: scores.cosine)
        return Summary(article: article, table: table, scores: scores.centrality, selected: chosen)
    }
}
