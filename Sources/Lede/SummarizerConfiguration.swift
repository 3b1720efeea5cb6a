import LedeText

extension Summarizer {
    /// The settings of a ``Summarizer``.
    public struct Configuration: Sendable, Hashable {
        /// How sentences are ranked.
        public var algorithm: Algorithm
        /// How long the summary may be.
        public var budget: Budget
        /// Position, quotation and length priors applied to the centrality scores.
        public var priors: Priors
        /// How to rank when the budget asks for a large part of the body; `nil` ranks every
        /// summary with ``algorithm`` and ``priors``.
        public var digest: Digest?
        /// A sentence whose cosine similarity to an already chosen one reaches this value is
        /// skipped as redundant. 1 disables the check.
        public var redundancyThreshold: Double
        /// Sentences with fewer words are chosen only when the budget cannot be filled otherwise.
        public var minimumSentenceWords: Int
        /// Corpus inverse document frequencies; `nil` uses the document's own sentences.
        public var idf: IDFModel?
        /// The language of the articles: its stopwords, stemmer, word mode and sentence rules
        /// apply. `nil` (the default) detects each article's language with
        /// `LanguageDetector`, falling back to English for text without letters.
        public var language: Language?
        /// Where the long-document path starts and how far its stored edges reach.
        package var longDocuments = LongDocumentSettings()

        /// Lede's tuned configuration, what `lede` does without options: positional
        /// centrality with news priors for ledes, TextRank for summaries longer than a third
        /// of the body, 3 sentences.
        public static let `default` = Configuration(
            algorithm: .positional(PositionalParameters()), priors: .news, digest: .centrality)

        /// Creates a configuration. Without priors and digest rule (the defaults here), the
        /// algorithm runs as published; see ``default`` for Lede's tuned configuration.
        public init(
            algorithm: Algorithm,
            budget: Budget = .sentences(3),
            priors: Priors = .none,
            digest: Digest? = nil,
            redundancyThreshold: Double = 0.5,
            minimumSentenceWords: Int = 6,
            idf: IDFModel? = nil,
            language: Language? = nil
        ) {
            self.algorithm = algorithm
            self.budget = budget
            self.priors = priors
            self.digest = digest
            self.redundancyThreshold = redundancyThreshold
            self.minimumSentenceWords = minimumSentenceWords
            self.idf = idf
            self.language = language
        }
    }
}

extension Summarizer.Configuration {
    /// The configuration a textual algorithm names: `default` is Lede's tuned configuration;
    /// any other algorithm (see ``Summarizer/Algorithm``) runs as published, without priors.
    ///
    /// `default` takes options that change its parts, for tuning:
    /// `default:position=0.5,quotation=0.3,length=35,length-scale=15,redundancy=0.5,digest=0.33,min-words=6`
    /// (`length=none` and `digest=none` turn those off), and the positional algorithm's
    /// `preceding`, `following` and `threshold`. Each value is range-checked (`redundancy`,
    /// `digest` and thresholds in 0...1, weights in -1000...1000, ...), and a key given twice is
    /// an error.
    public init(parsing specification: String) throws(Summarizer.Algorithm.ParseError) {
        var options = try SpecificationOptions(parsing: specification)
        try self.init(options: &options)
    }

    /// The configuration `options` name, which must hold no other key.
    package init(options: inout SpecificationOptions) throws(Summarizer.Algorithm.ParseError) {
        guard options.name == "default" else {
            self.init(algorithm: try Summarizer.Algorithm(options: &options))
            try options.finish()
            return
        }
        self = .default
        if case .positional = algorithm {
            algorithm = .positional(try Summarizer.PositionalParameters(options: &options))
        }
        priors.positionExponent = try options.take("position", default: priors.positionExponent, in: 0...10)
        priors.quotationFactor = try options.take("quotation", default: priors.quotationFactor, in: 0...10)
        priors.lengthLimit = try options.takeOptional("length", default: priors.lengthLimit.map(Double.init), in: 1...100_000)
            .map { Int($0) }
        priors.lengthScale = try options.take("length-scale", default: priors.lengthScale, in: 0.001...100_000)
        redundancyThreshold = try options.take("redundancy", default: redundancyThreshold, in: 0...1)
        minimumSentenceWords = Int(try options.take("min-words", default: Double(minimumSentenceWords), in: 0...100_000))
        if let threshold = try options.takeOptional("digest", default: digest?.threshold, in: 0...1) {
            digest?.threshold = threshold
        } else {
            digest = nil
        }
        try options.finish()
    }

    /// The configuration that applies to a body of `sentences` sentences and `words` words:
    /// the digest's when the budget asks for more than its threshold of the body.
    func resolved(sentences: Int, words: Int) -> Summarizer.Configuration {
        guard let digest, sentences > 0 else { return self }
        let share: Double = switch budget {
        case .sentences(let k): Double(k) / Double(sentences)
        case .words(let w): words > 0 ? Double(w) / Double(words) : 1
        case .ratio(let r): r
        }
        guard share > digest.threshold else { return self }
        var resolved = self
        resolved.algorithm = digest.algorithm
        resolved.priors = .none
        return resolved
    }
}

extension Summarizer {
    /// Ranking for long summaries.
    ///
    /// A lede is short: a few sentences out of many, where the opening of a news story and
    /// position-aware centrality say the most. When the budget asks for more than
    /// ``threshold`` of the body (a third, by default), the summary becomes a digest of the
    /// whole story, and sentences are ranked by plain centrality, without position priors.
    public struct Digest: Sendable, Hashable {
        /// The algorithm for long summaries.
        public var algorithm: Algorithm
        /// The share of the body (sentences, or words for a word budget) above which a summary
        /// is a digest.
        public var threshold: Double

        /// Creates a digest rule.
        public init(algorithm: Algorithm, threshold: Double) {
            self.algorithm = algorithm
            self.threshold = threshold
        }

        /// TextRank for summaries longer than a third of the body.
        public static let centrality = Digest(algorithm: .textRank, threshold: 1.0 / 3.0)
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

        /// Reads `preceding`, `following` and `threshold` from `options`.
        init(options: inout SpecificationOptions) throws(Summarizer.Algorithm.ParseError) {
            let defaults = PositionalParameters()
            self.init(
                precedingWeight: try options.take("preceding", default: defaults.precedingWeight, in: -1000...1000),
                followingWeight: try options.take("following", default: defaults.followingWeight, in: -1000...1000),
                threshold: try options.take("threshold", default: defaults.threshold, in: 0...1))
        }

        /// Creates positional parameters.
        public init(precedingWeight: Double = 0, followingWeight: Double = 1, threshold: Double = 0) {
            self.precedingWeight = precedingWeight
            self.followingWeight = followingWeight
            self.threshold = threshold
        }
    }
}
