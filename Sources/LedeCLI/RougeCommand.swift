import ArgumentParser
import Foundation
import LedeEval
import LedeRouge

/// `lede rouge`: scores a predictions file against a dataset with ROUGE.
struct RougeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rouge",
        abstract: "Score summaries against reference summaries with ROUGE.",
        discussion: """
            Gives the numbers of Google's rouge-score (the default profile) or of the original \
            ROUGE-1.5.5 Perl script (--profile perl), natively and fast.

            The --predictions file is JSON Lines, one object per item: {"id": "...", "summary": ["sentence", \
            ...]} (a single string with a newline between sentences is accepted too). The dataset \
            uses Lede's schema: {"id", "article", "references": [[sentence, ...], ...], ...}, \
            plain or gzip-compressed. Items are matched by id; an item of either file without its \
            counterpart is an error unless --allow-missing is given.

            Measures: rouge1 ... rouge9 (n-grams), rougeL (LCS of the whole summary), rougeLsum \
            (summary-level LCS over sentences; ROUGE-1.5.5's "ROUGE-L"), rougeW (weighted LCS, \
            weight 1.2; rougeW-1.5 for another weight, at most 5), rougeS4 / rougeSU4 (pairs of words in \
            order with at most 4 words between them, SU adding unigrams; rougeS* for any gap). \
            Sentences matter only to rougeLsum and rougeW.

            Examples:
              # rouge-score's rouge1, rouge2, rougeL and rougeLsum with stemming
              lede rouge --predictions sys.jsonl --dataset gold.jsonl.gz --stemming
              # with 95% bootstrap intervals, as JSON, and every item's scores
              lede rouge --predictions sys.jsonl --dataset gold.jsonl.gz \\
                --stemming --confidence 0.95 --format json --per-item items.jsonl
              # ROUGE-1.5.5's usual measures (-n 2 -m -w 1.2 -2 4 -u)
              lede rouge --predictions sys.jsonl --dataset gold.jsonl.gz \\
                --profile perl --stemming --perl-average \\
                --measures rouge1,rouge2,rougeLsum,rougeW,rougeSU4
              # is sys.jsonl better than lead3.jsonl? (paired test on F)
              lede rouge --predictions sys.jsonl --baseline lead3.jsonl \\
                --dataset gold.jsonl.gz
            """
    )

    @Option(name: .long, help: ArgumentHelp("The system's summaries (JSON Lines, may be .gz; - reads standard input).", valueName: "file"))
    var predictions: String

    @Option(name: .long, help: ArgumentHelp("The dataset with the references (JSON Lines, may be .gz).",
                                            valueName: "file"))
    var dataset: String

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Measures, comma- or space-separated.", valueName: "names"))
    var measures: [String] = ["rouge1,rouge2,rougeL,rougeLsum"]

    @Option(name: .long, help: ArgumentHelp("rouge-score or perl (ROUGE-1.5.5).", valueName: "name"))
    var profile: RougeProfile = .rougeScore

    @Flag(name: .long, help: "Stem words with the profile's Porter stemmer (rouge-score's use_stemmer, ROUGE-1.5.5's -m), or with --language's stemmer.")
    var stemming = false

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp(
        "ascii (the reference scorers' tokens; other scripts score 0), unicode (letters and digits of every script), words (rougers' UnicodeTokenizer: UAX #29 words) or characters (rougers' CharacterTokenizer; Chinese, Japanese).",
        valueName: "name"))
    var tokenizer: RougeTokenization = .ascii

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Weight of precision in F, 0...1 (ROUGE-1.5.5's -p); 0.5 is F1.", valueName: "alpha"))
    var alpha: Double?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("F-beta instead of --alpha (beta > 1 favours recall).", valueName: "beta"))
    var beta: Double?

    @Option(name: .customLong("multi-reference"), help: ArgumentHelp(
        "How several references combine: best-f (rouge-score's default), average (ROUGE-1.5.5's -f A, its default) or best (-f B).",
        valueName: "rule"))
    var multiReference: RougeMultiReference?

    @Option(name: .customLong("word-limit"), parsing: .unconditional, help: ArgumentHelp(
        "Keep the first n words of every summary (ROUGE-1.5.5's -l; perl profile).", valueName: "n"))
    var wordLimit: Int?

    @Option(name: .customLong("byte-limit"), parsing: .unconditional, help: ArgumentHelp(
        "Keep the first n bytes of every summary (ROUGE-1.5.5's -b; perl profile).", valueName: "n"))
    var byteLimit: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Remove the words of this file (one per line) before stemming (ROUGE-1.5.5's -s with your list).",
        valueName: "file"))
    var stopwords: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Report bootstrap confidence intervals at this level (0.95 or 95).", valueName: "level"))
    var confidence: Double?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Bootstrap resamples for the intervals.", valueName: "n"))
    var resamples: Int = 1000

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Seed of the resampling and of the significance test.", valueName: "n"))
    var seed: UInt64 = 0

    @Option(name: .long, help: ArgumentHelp(
        "A second system's predictions: report its F and a paired significance test.", valueName: "file"))
    var baseline: String?

    @Option(name: .long, help: ArgumentHelp(
        "The test against --baseline: randomization (approximate randomization) or bootstrap (paired bootstrap).",
        valueName: "method"))
    var significance: PairedSignificance.Method = .approximateRandomization

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Trials of the significance test.", valueName: "n"))
    var trials: Int = 10_000

    @Flag(name: .customLong("perl-average"), help: """
        Also report ROUGE-1.5.5's averages (its bootstrap means, items keyed "<id>.A"), which \
        equal the script's output when the script sees the same ids.
        """)
    var perlAverage = false

    @Option(name: .customLong("per-item"), help: ArgumentHelp("Write each item's scores to this file (JSON Lines).",
                                                               valueName: "file"))
    var perItem: String?

    @Option(name: .long, help: ArgumentHelp("table or json.", valueName: "format"))
    var format: ReportFormat = .table

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Flag(name: .customLong("allow-missing"), help: "Score the items both files have, with a warning, instead of failing on unmatched ids.")
    var allowMissing = false

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Threads to score on (0: one per core).", valueName: "n"))
    var threads: Int = 0

    @Flag(name: .long, help: "Print the scoring time and throughput to standard error.")
    var timing = false

    func validate() throws {
        if alpha != nil && beta != nil { throw ValidationError("give --alpha or --beta, not both") }
        if let beta, !(beta.isFinite && beta >= 0) { throw ValidationError("--beta must be a finite number, 0 or more (got \(beta))") }
        if wordLimit != nil && byteLimit != nil { throw ValidationError("give --word-limit or --byte-limit, not both") }
        if let confidence, !((confidence > 0 && confidence < 1) || (confidence >= 50 && confidence < 100)) {
            throw ValidationError(
                "--confidence must be a level between 0 and 1 (0.95) or a percentage from 50 to 100 (95) (got \(confidence))")
        }
        if let alpha, !(alpha >= 0 && alpha <= 1) { throw ValidationError("--alpha must be between 0 and 1 (got \(alpha))") }
        try OptionRange.check("--word-limit", wordLimit, atLeast: 1)
        try OptionRange.check("--byte-limit", byteLimit, atLeast: 1)
        try OptionRange.check("--resamples", resamples, atLeast: 1, atMost: OptionRange.maximumResamples)
        try OptionRange.check("--trials", trials, atLeast: 1, atMost: OptionRange.maximumTrials)
        try OptionRange.check("--threads", threads, atLeast: 0)
        _ = try makeScorer()
    }

    func run() throws {
        try reportingErrors {
            do {
                try score()
            } catch let error as DatasetError {
                throw CommandError(error.description)
            } catch let error as PredictionsEvaluation.FilesError {
                throw CommandError(error.description)
            }
        }
    }

    private func score() throws {
        let scorer = try makeScorer()
        let files = PredictionsEvaluation.Files(
            predictions: predictions, dataset: dataset, baseline: baseline, allowMissing: allowMissing)
        let aligned = try PredictionsEvaluation.align(files) { StandardError.warn($0) }
        var options = PredictionsEvaluation.Options(threads: threads)
        if let confidence {
            options.bootstrap = .init(confidence: confidence > 1 ? confidence / 100 : confidence, resamples: resamples,
                                      seed: seed, threads: threads)
        }
        if perlAverage { options.perlAverages = .init() }
        options.baseline = aligned.baseline.map { .init(alignment: $0, method: significance, trials: trials, seed: seed) }
        let start = Date()
        let evaluation = try PredictionsEvaluation(scorer: scorer, alignment: aligned.predictions, options: options, files: files)
        if timing {
            let seconds = Date().timeIntervalSince(start)
            let rate = seconds > 0 ? Double(aligned.predictions.items.count) / seconds : 0
            StandardError.write(String(format: "scored %d items in %.4f s (%.0f items/s, %@ threads)",
                                       aligned.predictions.items.count, seconds, rate, threads == 0 ? "all" : "\(threads)"))
        }
        let report = PredictionsReport(evaluation)
        if let perItem {
            do {
                try OutputFile.write(try report.perItemLines().map { $0 + "\n" }.joined(), to: perItem)
            } catch let error as OutputFile.Failure {
                throw CommandError("--per-item \(error)")
            }
        }
        var output = StandardOutput()
        output.writeLine(format == .json ? try report.json() : report.table())
        output.flush()
    }

    private func parsedMeasures() throws -> [RougeMeasure] {
        let names = measures.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == " " }) }.map(String.init)
        guard !names.isEmpty else { throw ValidationError("--measures is empty") }
        return try names.map { name in
            guard let measure = RougeMeasure(name: name) else {
                throw ValidationError("unknown measure '\(name)' (see lede rouge --help)")
            }
            return measure
        }
    }

    private func makeScorer() throws -> RougeScorer {
        var limit: RougeLengthLimit?
        if let wordLimit { limit = .words(wordLimit) }
        if let byteLimit { limit = .bytes(byteLimit) }
        var words: Set<String> = []
        if let stopwords {
            do {
                words = try WordListFile.read(stopwords)
            } catch {
                throw ValidationError("cannot read --stopwords \(stopwords): \(error.localizedDescription)")
            }
        }
        do {
            return try RougeScorer(
                measures: try parsedMeasures(), profile: profile, stemming: stemming, tokenization: tokenizer,
                alpha: alpha ?? beta.map(RougeScore.alpha(forBeta:)) ?? 0.5, multiReference: multiReference,
                lengthLimit: limit, stopwords: words, language: try language.chosen())
        } catch {
            throw ValidationError(String(describing: error))
        }
    }
}

extension RougeProfile: ExpressibleByArgument {}
extension RougeTokenization: ExpressibleByArgument {}
extension RougeMultiReference: ExpressibleByArgument {}
extension PairedSignificance.Method: ExpressibleByArgument {}
