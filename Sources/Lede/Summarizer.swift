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

    /// Summarizes the body paragraphs of `article`, in the configured language or, without
    /// one, the language `LanguageDetector` finds in its body (English when it has no letters).
    ///
    /// - Complexity: O(*n*²) in the number of body sentences *n* (the similarity graph), plus
    ///   linear work in the body's length.
    public func summarize(_ article: Article) -> Summary {
        summarize(article, language: configuration.language ?? LanguageDetector().language(ofParagraphs: article.paragraphs) ?? .english)
    }

    /// Summarizes the body paragraphs of `article` as text in `language`, whatever the
    /// configuration says.
    public func summarize(_ article: Article, language: Language) -> Summary {
        let algorithm = configuration.algorithm
        let table = caches.withCache(language: language) { cache in
            SentenceTable(
                paragraphs: article.paragraphs, cache: &cache,
                keepVocabulary: configuration.idf != nil || algorithm.needsVocabularyAndTitle,
                keepPositions: algorithm.needsTermPositions,
                title: algorithm.needsVocabularyAndTitle ? article.title : nil)
        }
        var resolved = configuration.resolved(sentences: table.count, words: table.wordCounts.reduce(0, +))
        // The length prior is tuned in English words; sentences are counted in the language's terms.
        let termsPerWord = language.profile.termsPerWord
        if termsPerWord != 1 {
            resolved.priors.lengthLimit = resolved.priors.lengthLimit.map { Int((Double($0) * termsPerWord).rounded()) }
            resolved.priors.lengthScale *= termsPerWord
        }
        let scores = SentenceScorer(configuration: resolved).scores(for: table)
        let byRank = resolved.algorithm.selectsByRankAlone
        let selector = SentenceSelector(
            budget: resolved.budget,
            redundancyThreshold: byRank ? nil : resolved.redundancyThreshold,
            minimumWords: byRank ? 0 : resolved.minimumSentenceWords)
        let chosen = selector.select(scores: scores.centrality, wordCounts: table.wordCounts, cosine: scores.cosine)
        return Summary(article: article, language: language, table: table, scores: scores.centrality, selected: chosen)
    }
}
