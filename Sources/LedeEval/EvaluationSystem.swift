import Lede
import LedeText
import LedeRouge

/// A system compared in an evaluation: a summarizer configuration, the Lead-k baseline, the
/// extractive oracle, or summaries made elsewhere.
public struct EvaluationSystem: Sendable {
    /// What produces the summaries.
    public enum Kind: Sendable {
        /// Lede's summarizer with this configuration (its budget is replaced by the evaluation's).
        case summarizer(Summarizer.Configuration)
        /// The first `k` sentences, whatever the evaluation's budget.
        case lead(Int)
        /// The greedy ROUGE-1 + ROUGE-2 oracle against the first reference, under the budget.
        case oracle
        /// Summaries read from a predictions file, by record id, and their measured time per
        /// article when known.
        case predictions([String: [String]], secondsPerArticle: Double?)
    }

    /// The name shown in reports.
    public var name: String
    /// What produces the summaries.
    public let kind: Kind
    /// The summarizer of a ``Kind/summarizer(_:)`` system, made once so that its caches are
    /// shared by all articles.
    private let summarizer: Summarizer?

    /// Creates a system.
    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
        if case .summarizer(let configuration) = kind {
            summarizer = Summarizer(configuration: configuration)
        } else {
            summarizer = nil
        }
    }

    /// Parses a system's textual form:
    ///
    /// | form | system |
    /// |---|---|
    /// | `default` | Lede's tuned configuration (what `lede` does without options) |
    /// | `lead-3` (any k) | the first k sentences |
    /// | `lead` | the leading sentences, under the evaluation's budget |
    /// | `oracle` | the greedy extractive oracle |
    /// | `lexrank`, `textrank:...`, ... | a summarizer algorithm, as `lede --algorithm` takes it |
    ///
    /// Every form follows the grammar of `lede --algorithm` (`name:key=value,...`, the name read
    /// case-insensitively); `oracle` and `lead-K` take no option.
    public init(parsing specification: String) throws(Summarizer.Algorithm.ParseError) {
        var options = try SpecificationOptions(parsing: specification)
        if options.name == "oracle" {
            try options.finish()
            self.init(name: specification, kind: .oracle)
        } else if options.name.hasPrefix("lead-") {
            guard let k = Int(options.name.dropFirst(5)), k > 0 else {
                throw Summarizer.Algorithm.ParseError("'\(specification)': expected lead-K with K a positive number")
            }
            try options.finish()
            self.init(name: specification, kind: .lead(k))
        } else {
            self.init(name: specification, kind: .summarizer(try Summarizer.Configuration(options: &options)))
        }
    }

    /// The summary of `record` under `budget`, as sentences in document order.
    func summarize(_ record: ArticleRecord, budget: EvaluationBudget) -> [String] {
        switch kind {
        case .summarizer:
            guard var summarizer else { return [] }
            summarizer.configuration.budget = budget.summarizerBudget(for: record)
            return summarizer.summarize(record).sentences.map(\.text)
        case .lead(let k):
            return Array(record.parsedArticle.sentences(language: Self.language(of: record)).prefix(k))
        case .oracle:
            let language = Self.language(of: record)
            let sentences = record.parsedArticle.sentences(language: language)
            let picked = ExtractiveOracle(language: language).select(
                sentences: sentences, reference: record.references.first ?? [],
                maximumSentences: budget.sentenceLimit(for: record), maximumWords: budget.wordLimit)
            return picked.map { sentences[$0] }
        case .predictions(let summaries, _):
            return summaries[record.id] ?? []
        }
    }
}

extension EvaluationSystem {
    /// The language a record is read in by the systems that are not a summarizer: its
    /// `"language"` field, else the one detected in its text.
    static func language(of record: ArticleRecord) -> Language {
        record.language ?? LanguageDetector().language(of: record.article) ?? .english
    }
}

extension Summarizer {
    /// Summarizes a dataset record: in the configured language, else the record's
    /// `"language"`, else the language detected in its article.
    public func summarize(_ record: ArticleRecord) -> Summary {
        var article = record.parsedArticle
        if article.title == nil { article.title = record.title }  // Edmundson's title method reads it
        guard configuration.language == nil, let language = record.language else { return summarize(article) }
        return summarize(article, language: language)
    }
}

extension ExtractiveOracle {
    /// The oracle that scores like ``Evaluation`` does for text in `language`: rouge-score's
    /// tokens with stemming for English, rougers' words or characters, unstemmed, otherwise.
    init(language: Language) {
        if language == .english {
            self.init()
        } else {
            self.init(stemming: false, tokenization: language.profile.words.isCharacterBased ? .characters : .words)
        }
    }
}

/// How long every system's summaries may be.
public enum EvaluationBudget: Sendable, Hashable {
    /// This many sentences.
    case sentences(Int)
    /// At most this many words.
    case words(Int)
    /// As many sentences as the record's first reference has.
    case matchReference

    func summarizerBudget(for record: ArticleRecord) -> Summarizer.Budget {
        switch self {
        case .sentences(let k): .sentences(k)
        case .words(let w): .words(w)
        case .matchReference: .sentences(max(record.references.first?.count ?? 1, 1))
        }
    }

    func sentenceLimit(for record: ArticleRecord) -> Int {
        switch self {
        case .sentences(let k): k
        case .words: Int.max
        case .matchReference: max(record.references.first?.count ?? 1, 1)
        }
    }

    var wordLimit: Int? {
        if case .words(let w) = self { return w }
        return nil
    }
}
