extension Summarizer {
    /// The settings of a ``Summarizer``.
    public struct Configuration: Sendable, Hashable {
        /// How sentences are ranked.
        public var algorithm: Algorithm
        /// How long the summary may be.
        public var budget: Budget
        /// Position, quotation and length priors applied to the centrality scores.
        public var priors: Priors
        /// A sentence whose cosine similarity to an already chosen one reaches this value is
        /// skipped as redundant. 1 disables the check.
        public var redundancyThreshold: Double
        /// Sentences with fewer words are chosen only when the budget cannot be filled otherwise.
        public var minimumSentenceWords: Int
        /// Corpus inverse document frequencies; `nil` uses the document's own sentences.
        public var idf: IDFModel?

        /// Creates a configuration; the defaults are what `lede` does without options.
        public init(
            algorithm: Algorithm = .positional(PositionalParameters()),
            budget: Budget = .sentences(3),
            priors: Priors = .news,
            redundancyThreshold: Double = 0.5,
            minimumSentenceWords: Int = 6,
            idf: IDFModel? = nil
        ) {
            self.algorithm = algorithm
            self.budget = budget
            self.priors = priors
            self.redundancyThreshold = redundancyThreshold
            self.minimumSentenceWords = minimumSentenceWords
            self.idf = idf
        }
    }
}

extension Summarizer.Configuration {
    /// The configuration a textual algorithm names: `default` is Lede's tuned configuration;
    /// any other algorithm (see ``Summarizer/Algorithm``) runs as published, without priors.
    public init(parsing specification: String) throws(Summarizer.Algorithm.ParseError) {
        self.init()
        if specification != "default" {
            algorithm = try Summarizer.Algorithm(parsing: specification)
            priors = .none
        }
    }
}

extension Summarizer {
    /// How long a summary may be.
    public enum Budget: Sendable, Hashable {
        /// At most this many sentences.
        case sentences(Int)
        /// At most this many words (sentences are never cut; the best one is kept even if longer).
        case words(Int)
        /// At most this fraction of the body's words, between 0 and 1.
        case ratio(Double)
    }

    /// The parameters of ``Algorithm/positional(_:)``.
    public struct PositionalParameters: Sendable, Hashable {
        /// The weight of an edge to an earlier sentence (usually negative).
        public var precedingWeight: Double
        /// The weight of an edge to a later sentence.
        public var followingWeight: Double
        /// Edges below `min + threshold · (max − min)` of the document's similarities are dropped.
        public var threshold: Double

        /// Creates positional parameters.
        public init(precedingWeight: Double = 0, followingWeight: Double = 1, threshold: Double = 0) {
            self.precedingWeight = precedingWeight
            self.followingWeight = followingWeight
            self.threshold = threshold
        }
    }
}
