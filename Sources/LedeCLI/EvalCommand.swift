import ArgumentParser
import Foundation
import Lede
import LedeEval

/// `lede eval`: run systems side by side on a dataset and report ROUGE like a paper.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate summarizers side by side on a dataset: ROUGE with intervals and significance.",
        discussion: """
            Every system summarizes every article under the same budget; the summaries are \
            scored with ROUGE-1, -2, -L and -Lsum (rouge-score's numbers, stemming on) and \
            reported with 95% bootstrap intervals, the p-value of a paired approximate \
            randomization test against the baseline (the largest over the four measures), \
            mean words per summary and time per article.

            DATASET is a JSONL file in Lede's schema (gzip allowed), a folder of CNN/DailyMail \
            .story files, a folder of news pages (their abstracts are the references), or the \
            BBC News Summary layout.

            Languages: summaries of an English dataset are scored like rouge-score (ASCII tokens, \
            Porter stemming). A dataset in another language (--language, else its records' \
            "language" fields, else the language detected in its first record) is scored with rougers' \
            Unicode word tokens, or its character tokens for Chinese, Japanese and Thai, \
            unstemmed; every system reads each article in its language.

            Systems: default (what `lede` does), lead-K (the first K sentences), oracle (greedy \
            ROUGE-1+2 against the first reference: an upper bound), and any algorithm as \
            `lede --algorithm` takes it: lexrank, lexrank:threshold=0.2, lexrank-continuous, \
            textrank, positional:preceding=-0.5, lead, lsa, luhn, sumbasic, klsum, edmundson. Summaries made elsewhere join the table \
            with --predictions NAME=FILE (JSONL {"id", "summary": [...]}), with their time per \
            article from --timing FILE (a JSON object whose "peers" map names to \
            {"mean_seconds_per_article": ...}, as Eval/peers/run_peers.py writes; a system is looked \
            up by its NAME, then by its file's name).

            Examples:
              lede eval validation.jsonl.gz
              lede eval bbc/all.jsonl.gz --match-reference --systems lead-3,default,textrank
              lede eval validation.jsonl.gz --format json --outputs summaries/
              lede eval validation.jsonl.gz --predictions sumy-lexrank=peers/sumy-lexrank.jsonl
            """)

    @Argument(help: ArgumentHelp("The dataset.", valueName: "dataset"))
    var dataset: String

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Systems to run, comma- or space-separated.", valueName: "systems"))
    var systems: [String] = ["lead-3,default,lexrank,lexrank-continuous,textrank,positional,oracle"]

    @Option(name: .long, parsing: .unconditional, help: "Summaries of this many sentences (default 3).")
    var sentences: Int?

    @Option(name: .long, parsing: .unconditional, help: "Summaries of at most this many words.")
    var words: Int?

    @Flag(name: .long, help: "Summaries as long (in sentences) as each article's first reference.")
    var matchReference = false

    @Option(name: .long, help: ArgumentHelp("The system p-values compare against; 'none' for no test.", valueName: "name"))
    var baseline = "lead-3"

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "External summaries to include, as NAME=FILE (several may follow).", valueName: "name=file"))
    var predictions: [String] = []

    @Option(name: .long, help: ArgumentHelp("Measured times of the external systems (JSON).", valueName: "file"))
    var timing: String?

    @Option(name: .long, help: "Output format: markdown, json or csv.")
    var format: ReportFormat = .markdown

    @Option(name: .long, help: ArgumentHelp("The dataset's name in the report (default: its path).", valueName: "name"))
    var label: String?

    @Option(name: .long, help: ArgumentHelp("Also write the JSON report to this file.", valueName: "file"))
    var saveReport: String?

    @Option(name: .long, help: ArgumentHelp(
        "Also write a self-contained HTML report (charts, sortable table, article explorer) to this file.",
        valueName: "file"))
    var html: String?

    @Option(name: .long, help: ArgumentHelp("Articles the HTML report's explorer holds at most.", valueName: "n"))
    var htmlArticles = 200

    @Flag(name: .long, help: "Show precision and recall besides F (markdown).")
    var precisionRecall = false

    @Option(name: .long, help: ArgumentHelp("Write each system's summaries to DIR/<system>.jsonl.", valueName: "dir"))
    var outputs: String?

    @Option(name: .long, parsing: .unconditional, help: "Evaluate only the first N articles.")
    var limit: Int?

    @Option(name: .long, parsing: .unconditional, help: "Worker threads (default: all cores). Results do not depend on it.")
    var threads: Int?

    @Option(name: .long, parsing: .unconditional, help: "Confidence level of the intervals.")
    var confidence = 0.95

    @Option(name: .long, parsing: .unconditional, help: "Bootstrap resamples.")
    var resamples = 1_000

    @Option(name: .long, parsing: .unconditional, help: "Trials of the randomization test.")
    var trials = 10_000

    @Option(name: .long, parsing: .unconditional, help: "Seed of resampling and randomization.")
    var seed: UInt64 = 0

    @Flag(name: .long, help: "Skip malformed records (reported and counted) instead of stopping.")
    var skipInvalid = false

    @OptionGroup var language: LanguageOption

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case markdown, json, csv
    }

    func validate() throws {
        let budgets = [sentences != nil, words != nil, matchReference].filter { $0 }.count
        if budgets > 1 { throw ValidationError("give at most one of --sentences, --words and --match-reference") }
        try OptionRange.check("--sentences", sentences, atLeast: 1)
        try OptionRange.check("--words", words, atLeast: 1)
        try OptionRange.check("--limit", limit, atLeast: 1)
        try OptionRange.check("--threads", threads, atLeast: 1)
        try OptionRange.check("--confidence", confidence, above: 0, below: 1)
        try OptionRange.check("--html-articles", htmlArticles, atLeast: 0)
        try OptionRange.check("--resamples", resamples, atLeast: 1, atMost: OptionRange.maximumResamples)
        try OptionRange.check("--trials", trials, atLeast: 1, atMost: OptionRange.maximumTrials)
        for item in predictions where !item.contains("=") {
            throw ValidationError("--predictions takes NAME=FILE, got '\(item)'")
        }
    }

    func run() throws {
        try reportingErrors { try evaluate() }
    }

    private var budget: EvaluationBudget {
        if matchReference { return .matchReference }
        if let words { return .words(words) }
        return .sentences(sentences ?? 3)
    }

    private func evaluate() throws {
        let records = try readRecords()
        guard !records.isEmpty else { throw CommandError("\(dataset): no articles") }
        let chosen = try parseSystems() + externalSystems(records: records)
        var options = Evaluation.Options(
            budget: budget, baseline: baseline == "none" ? nil : baseline, confidence: confidence,
            resamples: resamples, significanceTrials: trials, seed: seed, threads: threads)
        options.language = try language.chosen()
        let display = ProgressDisplay(systems: chosen.map(\.name))
        let evaluation: Evaluation
        do {
            evaluation = try Evaluation(
                dataset: label ?? dataset, records: records, systems: chosen, options: options, progress: display?.progress)
        } catch {
            throw CommandError(error.description)
        }
        display?.finish()
        if let outputs { try evaluation.writeSummaries(of: chosen, records: records, to: outputs) }
        if let saveReport { try OutputFile.write(try ReportJSON.encode(evaluation.report) + "\n", to: saveReport) }
        if let html {
            let page = EvaluationHTMLReport(evaluation: evaluation, records: records, options: options, maximumArticles: htmlArticles)
            try OutputFile.write(page.render(), to: html)
        }
        var output = StandardOutput()
        switch format {
        case .markdown: output.write(EvaluationTable.markdown(evaluation.report, precisionAndRecall: precisionRecall))
        case .csv: output.write(EvaluationTable.csv(evaluation.report))
        case .json: output.writeLine(try ReportJSON.encode(evaluation.report))
        }
        output.flush()
    }

    private func parseSystems() throws -> [EvaluationSystem] {
        let names = systems.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == " " }) }.map(String.init)
        var seen = Set<String>()
        for name in names where !seen.insert(name.lowercased()).inserted {
            throw CommandError("--systems: '\(name)' is given more than once")
        }
        return try names.map { name in
            do {
                return try EvaluationSystem(parsing: name)
            } catch let error as Summarizer.Algorithm.ParseError {
                throw CommandError("--systems: \(error.description)")
            }
        }
    }

    private func readRecords() throws -> [ArticleRecord] {
        do {
            let source = try DatasetFormat.detect(dataset).open(dataset, skipInvalid: skipInvalid)
            let records = try source.read(limit: limit, language: try language.chosen())
            for problem in source.skipped { StandardError.write("lede: skipped \(problem.description)") }
            if !source.skipped.isEmpty { StandardError.warn("\(source.skipped.count) malformed record(s) skipped") }
            for warning in (source as? JSONLArticleReader)?.warnings ?? [] { StandardError.warn(warning.description) }
            return records
        } catch let error as DatasetError {
            throw CommandError(error.description)
        }
    }

    private func externalSystems(records: [ArticleRecord]) throws -> [EvaluationSystem] {
        do {
            let timings = try timing.map(PeerTimings.read) ?? [:]
            return try predictions.map { item in
                let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
                return try EvaluationSystem(name: parts[0], predictionsFile: parts[1], records: records, timings: timings)
            }
        } catch let error as DatasetError {
            throw CommandError(error.description)
        }
    }
}
