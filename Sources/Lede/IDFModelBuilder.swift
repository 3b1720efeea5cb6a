import LedeText

/// Counts document frequencies over a corpus to build an ``IDFModel``.
///
/// Documents go through the summarizer's own term pipeline (tokenize, drop stopwords, stem),
/// so the model's terms match the terms the summarizer weighs.
///
/// ```swift
/// var builder = IDFModelBuilder()
/// for article in corpus { builder.add(article) }
/// let model = builder.model(minimumDocumentFrequency: 2)
/// ```
public struct IDFModelBuilder {
    private var cache: TermCache
    private var documents = 0
    private var frequency: [String: Int] = [:]

    /// Creates an empty builder for documents in `language` (its stopwords, stemmer and word
    /// mode make the terms).
    public init(language: Language = .english) {
        cache = TermCache(language: language)
    }

    /// The number of documents added so far.
    public var documentCount: Int { documents }

    /// Counts the distinct terms of one document (parsed as ``Article`` would be: pass the
    /// body text, not a whole page, to leave chrome out).
    ///
    /// - Complexity: O(*n*) in the length of `document`.
    public mutating func add(_ document: String) {
        cache.beginDocument()
        var terms: [Int32] = []
        cache.extract(document, into: &terms)
        let vocabulary = cache.vocabulary
        for term in Set(terms) {
            frequency[vocabulary[Int(term)], default: 0] += 1
        }
        documents += 1
    }

    /// The model, keeping the terms seen in at least `minimumDocumentFrequency` documents
    /// (rarer terms get the default weight of a term seen once).
    public func model(minimumDocumentFrequency: Int = 2) -> IDFModel {
        IDFModel(documentCount: documents, documentFrequency: frequency.filter { $0.value >= minimumDocumentFrequency })
    }
}
