import LedeText

/// Scores candidate summaries against reference summaries with ROUGE.
///
/// A scorer is a small value: the measures to compute and how to read text. It reproduces one
/// of two reference implementations (``RougeProfile``): `rouge-score`, the default, or
/// ROUGE-1.5.5. With the default settings the numbers are `rouge-score`'s
/// `RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"])` to the last bit.
///
/// Sentences matter only to the sentence-level LCS measures (`rougeLsum`, `rougeW`): pass them
/// as a list, or as one string with a newline after each sentence.
///
/// ```swift
/// let scorer = try RougeScorer(measures: [.n(1), .n(2), .lsum], stemming: true)
/// let scores = scorer.score(
///     candidate: "The cat sat on the mat.\nIt purred.",
///     references: ["A cat was sitting on the mat.\nIt was purring."])
/// print(scores[.n(1)]?.fmeasure ?? 0)
///
/// // Many items at once, on every core; results do not depend on the thread count.
/// let all = scorer.score([RougeItem(candidate: ["A sentence."], references: [["A reference."]])])
/// ```
public struct RougeScorer: Sendable {
    /// The measures computed, in the order given.
    public let measures: [RougeMeasure]
    /// Whose behaviour is reproduced.
    public let profile: RougeProfile
    /// Whether words are stemmed (`rouge-score`'s `use_stemmer`, ROUGE-1.5.5's `-m`).
    public let stemming: Bool
    /// How text is cut into tokens.
    public let tokenization: RougeTokenization
    /// The language whose stemmer replaces the profile's, if any.
    public let language: Language?
    /// The weight of precision in F (ROUGE-1.5.5's `-p`); 0.5 gives F1.
    public let alpha: Double
    /// How scores against several references combine.
    public let multiReference: RougeMultiReference
    /// A length limit applied to candidates and references (``RougeProfile/perl`` only).
    public let lengthLimit: RougeLengthLimit?
    /// Lower-case words removed before stemming (ROUGE-1.5.5's `-s` with your own list).
    public let stopwords: Set<String>
    /// Workspaces (token tables, stem caches, buffers) kept between calls; shared by copies.
    private let workspaces: WorkspacePool

    /// Creates a scorer.
    ///
    /// - Parameters:
    ///   - measures: What to compute; duplicates are dropped.
    ///   - profile: Whose numbers to reproduce.
    ///   - stemming: Whether to stem with the profile's stemmer.
    ///   - tokenization: ``RougeTokenization/ascii`` (the reference scorers') or
    ///     ``RougeTokenization/unicode``.
    ///   - alpha: Between 0 and 1; see ``RougeScore/fMeasure(precision:recall:alpha:)``.
    ///   - multiReference: How several references combine; by default the profile's way.
    ///   - lengthLimit: Words or bytes to keep of every summary, as ROUGE-1.5.5's `-l`/`-b`.
    ///   - stopwords: Words to remove, matched against lower-case tokens before stemming.
    ///   - language: With `stemming`, stem with this language's stemmer (Snowball for most
    ///     languages; see ``LanguageProfile``) instead of the profile's Porter stemmer. English
    ///     and `nil` keep the profile's stemmer.
    /// - Throws: ``RougeConfigurationError`` for an empty or invalid measure list, an alpha
    ///   outside 0...1, or a length limit that is not positive or not in the perl profile.
    public init(
        measures: [RougeMeasure] = RougeMeasure.standard,
        profile: RougeProfile = .rougeScore,
        stemming: Bool = false,
        tokenization: RougeTokenization = .ascii,
        alpha: Double = 0.5,
        multiReference: RougeMultiReference? = nil,
        lengthLimit: RougeLengthLimit? = nil,
        stopwords: Set<String> = [],
        language: Language? = nil
    ) throws(RougeConfigurationError) {
        var unique: [RougeMeasure] = []
        for measure in measures where !unique.contains(measure) {
            try measure.validate()
            unique.append(measure)
        }
        guard !unique.isEmpty else { throw .noMeasures }
        guard alpha >= 0 && alpha <= 1 else { throw .invalidAlpha(alpha) }
        if let lengthLimit {
            guard profile == .perl else {
                throw .invalidLengthLimit("length limits reproduce ROUGE-1.5.5's -l and -b: use the perl profile")
            }
            switch lengthLimit {
            case let .words(count) where count <= 0, let .bytes(count) where count <= 0:
                throw .invalidLengthLimit("a length limit must be positive (got \(lengthLimit))")
            default:
                break
            }
        }
        self.measures = unique
        self.profile = profile
        self.stemming = stemming
        self.tokenization = tokenization
        self.alpha = alpha
        self.multiReference = multiReference ?? profile.defaultMultiReference
        self.lengthLimit = lengthLimit
        self.stopwords = stopwords
        self.language = language
        self.workspaces = WorkspacePool()
    }

    // MARK: - Scoring

    /// Scores `candidate` against one reference. Newlines separate sentences.
    public func score(candidate: String, reference: String) -> [RougeMeasure: RougeScore] {
        score(candidate: candidate, references: [reference])
    }

    /// Scores `candidate` against several references. Newlines separate sentences.
    public func score(candidate: String, references: [String]) -> [RougeMeasure: RougeScore] {
        let workspace = workspaces.take(for: self)
        defer { workspaces.give(workspace) }
        return dictionary(workspace.score(candidate: [candidate], references: references.map { [$0] }))
    }

    /// Scores one item given as sentences.
    public func score(_ item: RougeItem) -> [RougeMeasure: RougeScore] {
        let workspace = workspaces.take(for: self)
        defer { workspaces.give(workspace) }
        return dictionary(score(item, in: workspace))
    }

    /// Scores many items, in parallel on up to `threads` threads (0: one per core).
    ///
    /// The result has one dictionary per item, in order. Each item's scores depend only on the
    /// item, so they are the same whatever the number of threads.
    public func score(_ items: [RougeItem], threads: Int = 0) -> [[RougeMeasure: RougeScore]] {
        scoreRows(items, threads: threads).map(dictionary)
    }

    /// Scores many items like ``score(_:threads:)``, returning for each item its scores in the
    /// order of ``measures``. This skips building dictionaries, for large batches.
    public func scoreRows(_ items: [RougeItem], threads: Int = 0) -> [[RougeScore]] {
        let scorer = self
        let pool = workspaces
        return ParallelMap.map(
            count: items.count, threads: threads, makeState: { pool.take(for: scorer) },
            releaseState: { pool.give($0) }
        ) { workspace, index in
            scorer.score(items[index], in: workspace)
        }
    }

    // MARK: - Internals

    var tokenizationSettings: TokenizationSettings {
        TokenizationSettings(
            profile: profile, tokenization: tokenization, stemming: stemming, stopwords: stopwords,
            lengthLimit: lengthLimit,
            languageStemmer: language.flatMap { $0 == .english ? nil : LanguageStemmer($0) })
    }

    private func score(_ item: RougeItem, in workspace: ScoringWorkspace) -> [RougeScore] {
        workspace.score(candidate: item.candidate, references: item.references)
    }

    private func dictionary(_ scores: [RougeScore]) -> [RougeMeasure: RougeScore] {
        Dictionary(uniqueKeysWithValues: zip(measures, scores))
    }
}
