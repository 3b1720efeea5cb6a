import LedeText
import Dispatch
import Lede
import LedeRouge

/// Runs systems side by side on a dataset and scores them with ROUGE like a paper reports them:
/// means with bootstrap intervals, and a paired significance test against a baseline.
///
/// Every system summarizes every article, spread over the cores; the summaries are scored with
/// the `rouge-score` profile (stemming on, best F over multiple references). Results do not
/// depend on the number of threads: summaries are deterministic and the resampling is seeded.
///
/// ```swift
/// let records = try JSONLArticleReader(path: "validation.jsonl.gz").readAll()
/// let systems = try ["lead-3", "default", "oracle"].map(EvaluationSystem.init(parsing:))
/// let evaluation = try Evaluation(dataset: "cnn", records: records, systems: systems)
/// print(EvaluationTable.markdown(evaluation.report))
/// ```
public struct Evaluation: Sendable {
    /// Settings of an evaluation.
    public struct Options: Sendable {
        /// How long the summaries may be.
        public var budget: EvaluationBudget
        /// The system the others are tested against (by name), if any.
        public var baseline: String?
        /// The confidence level of the bootstrap intervals.
        public var confidence: Double
        /// Bootstrap resamples for the intervals.
        public var resamples: Int
        /// Trials of the paired approximate randomization test.
        public var significanceTrials: Int
        /// The seed of resampling and randomization.
        public var seed: UInt64
        /// Worker threads; `nil` uses every core.
        public var threads: Int?
        /// The dataset's language, which chooses the ROUGE tokens; `nil` takes the language
        /// most records name in their `"language"` field, else the one detected in the first
        /// record. English is scored like rouge-score (ASCII tokens, Porter stemming); languages
        /// written with spaces with rougers' Unicode words, Chinese, Japanese and Thai with its
        /// characters, both unstemmed.
        public var language: Language?

        /// Creates options: 3 sentences, baseline `lead-3`, 95% intervals from 1,000 resamples,
        /// 10,000 randomization trials, seed 0, every core.
        public init(budget: EvaluationBudget = .sentences(3), baseline: String? = "lead-3", confidence: Double = 0.95,
                    resamples: Int = 1_000, significanceTrials: Int = 10_000, seed: UInt64 = 0, threads: Int? = nil) {
            self.budget = budget
            self.baseline = baseline
            self.confidence = confidence
            self.resamples = resamples
            self.significanceTrials = significanceTrials
            self.seed = seed
            self.threads = threads
        }
    }

    /// The report.
    public private(set) var report: EvaluationReport
    /// Each system's summaries, in system order, each in record order.
    public private(set) var summaries: [[[String]]]
    /// Each system's per-article scores (rouge1, rouge2, rougeL, rougeLsum), in record order.
    public private(set) var scores: [[[RougeScore]]]

    /// Progress: the system being run (from 0), and articles done out of all.
    public typealias Progress = @Sendable (_ system: Int, _ done: Int, _ total: Int) -> Void

    /// Runs `systems` on `records`.
    ///
    /// - Throws: ``EvaluationError`` when the baseline is not among the systems, or a record
    ///   has no reference.
    ///
    /// - Complexity: O(*S* · *n*) summaries and ROUGE scores for *S* systems on *n* records (spread over the threads), plus O(*S* · *n* · (*r* + *t*)) for the intervals and the significance tests with *r* resamples and *t* trials.
    public init(dataset: String, records: [ArticleRecord], systems: [EvaluationSystem],
                options: Options = Options(), progress: Progress? = nil) throws(EvaluationError) {
        if let missing = records.first(where: { $0.references.allSatisfy(\.isEmpty) }) {
            throw .noReference(id: missing.id)
        }
        let baselineIndex = try options.baseline.map { name throws(EvaluationError) in
            guard let index = systems.firstIndex(where: { $0.name == name }) else { throw .unknownBaseline(name) }
            return index
        }
        let language = options.language ?? Self.language(of: records)
        let scorer: RougeScorer
        let oracle = ExtractiveOracle(language: language)
        do {
            scorer = try RougeScorer(
                measures: RougeMeasure.standard, profile: .rougeScore, stemming: oracle.stemming, tokenization: oracle.tokenization)
        } catch {
            preconditionFailure("the standard measures are valid: \(error)")
        }
        var summaries: [[[String]]] = []
        var seconds: [Double?] = []
        for (index, system) in systems.enumerated() {
            let run = Self.summarize(records, with: system, budget: options.budget, threads: options.threads) { done in
                progress?(index, done, records.count)
            }
            summaries.append(run.summaries)
            if case .predictions(_, let known) = system.kind {
                seconds.append(known)
            } else {
                seconds.append(run.secondsPerArticle)
            }
        }
        let scores = summaries.map { systemSummaries in
            let items = zip(systemSummaries, records).map { RougeItem(candidate: $0, references: $1.references) }
            return scorer.scoreRows(items, threads: options.threads ?? 0)
        }
        let bootstrap = RougeAggregate.Bootstrap(
            confidence: options.confidence, resamples: options.resamples, seed: options.seed, threads: options.threads ?? 0)
        let results = systems.indices.map { s in
            let baseline = baselineIndex.flatMap { $0 == s ? nil : MeasureResult.Baseline(
                rows: scores[$0], method: .approximateRandomization, trials: options.significanceTrials, seed: options.seed) }
            let measures = MeasureResult.aggregate(
                rows: scores[s], measures: scorer.measures, bootstrap: bootstrap, baseline: baseline,
                threads: options.threads ?? 0
            ).map(EvaluationReport.Measure.init)
            let words = summaries[s].reduce(0) { total, summary in
                total + summary.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
            }
            return EvaluationReport.System(
                name: systems[s].name, rouge1: measures[0], rouge2: measures[1], rougeL: measures[2], rougeLsum: measures[3],
                pValueVsBaseline: measures.compactMap(\.pValue).max(),
                wordsPerSummary: records.isEmpty ? 0 : Double(words) / Double(records.count),
                secondsPerArticle: seconds[s])
        }
        self.report = EvaluationReport(
            dataset: dataset, articles: records.count, budget: options.budget.description,
            baseline: options.baseline, confidence: options.confidence, systems: results,
            scoring: language == .english ? nil : "\(language.code), \(oracle.tokenization) tokens")
        self.summaries = summaries
        self.scores = scores
    }

    /// The language most records name, else the one detected in the first record, else English.
    static func language(of records: [ArticleRecord]) -> Language {
        var counts: [Language: Int] = [:]
        for record in records { if let language = record.language { counts[language, default: 0] += 1 } }
        if let named = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) { return named.key }
        return records.first.flatMap { LanguageDetector().language(of: $0.article) } ?? .english
    }

    /// Summarizes every record, timing each article, in chunks so that progress can be shown.
    private static func summarize(
        _ records: [ArticleRecord], with system: EvaluationSystem, budget: EvaluationBudget, threads: Int?,
        progress: (Int) -> Void
    ) -> (summaries: [[String]], secondsPerArticle: Double) {
        var summaries: [[String]] = []
        summaries.reserveCapacity(records.count)
        var totalSeconds = 0.0
        let chunk = 128
        var start = 0
        while start < records.count {
            let slice = Array(records[start..<min(start + chunk, records.count)])
            let timed = slice.parallelMap(threads: threads) { record in
                let begin = DispatchTime.now().uptimeNanoseconds
                let summary = system.summarize(record, budget: budget)
                return (summary, Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9)
            }
            for (summary, seconds) in timed {
                summaries.append(summary)
                totalSeconds += seconds
            }
            start += slice.count
            progress(start)
        }
        return (summaries, records.isEmpty ? 0 : totalSeconds / Double(records.count))
    }
}

/// Why an evaluation cannot run.
public enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The baseline named in the options is not one of the systems.
    case unknownBaseline(String)
    /// A record has no reference summary to score against.
    case noReference(id: String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .unknownBaseline(let name): "the baseline '\(name)' is not among the systems"
        case .noReference(let id): "article '\(id)' has no reference summary"
        }
    }
}

extension EvaluationBudget: CustomStringConvertible {
    /// `3 sentences`, `60 words` or `reference length`.
    public var description: String {
        switch self {
        case .sentences(let k): "\(k) sentence\(k == 1 ? "" : "s")"
        case .words(let w): "\(w) words"
        case .matchReference: "reference length"
        }
    }
}
