import ArgumentParser
import Foundation
import Lede
import LedeEval

/// `lede [FILE...]`: summarize articles.
struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Summarize articles: print the most central sentences of each body.",
        discussion: """
            Reads each FILE (or standard input, a pipe, a FIFO) as a news page, a web page \
            (HTML, any character set: the article is extracted as `lede extract` does) or plain \
            text (UTF-8, or UTF-16 with a byte order mark), sets aside the \
            title, the summary paragraph and page chrome, and prints the best sentences of the \
            body, one per line, in document order.

            Examples:
              lede article.txt
              curl -s https://example.com/story.txt | lede --sentences 2
              lede --words 60 --format json article.txt
              lede --explain --algorithm textrank article.txt
              zcat validation.jsonl.gz | lede --jsonl > summaries.jsonl

            With --jsonl, each input line is one article: the dataset schema \
            {"id", "title", "article", "references", "source", "language"}, simply \
            {"id", "text"}, or {"id", "html"} for a web page; a record's "language" (ISO 639-1) \
            is used unless --language is given, and the language is detected otherwise. Each \
            output line is {"id", "summary": [sentences]} ("title" and "abstract" too for web \
            pages), plus "candidates" (every sentence with \
            its score and rank) with --explain. Memory stays constant, so lede fits shell \
            pipelines, GNU parallel, Hadoop Streaming and Spark's pipe().

            An input that cannot be read or summarized is reported and the others are still \
            summarized; the exit status is then 1.
            """)

    @Argument(help: ArgumentHelp("Articles to summarize; standard input when none is given or for '-'.", valueName: "file"))
    var files: [String] = []

    @OptionGroup var summary: SummaryOptions

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "Output format: text, json, or html (a page with the chosen sentences highlighted).")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Show every body sentence with its score and rank; selected ones are marked with '*'.")
    var explain = false

    @Flag(name: .long, help: "Read JSON Lines (one article per line) and write one summary object per line.")
    var jsonl = false

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Worker threads for --jsonl (default: all cores).", valueName: "n"))
    var threads: Int?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    func validate() throws {
        try OptionRange.check("--threads", threads, atLeast: 1)
    }

    func run() throws {
        try reportingErrors {
            var configuration = try summary.configuration()
            configuration.language = try language.chosen()
            let summarizer = Summarizer(configuration: configuration)
            if jsonl { return try summarizeLines(with: summarizer) }
            let paths = InputText.paths(files)
            var output = StandardOutput()
            defer { output.flush() }
            var reports: [SummaryReport] = []
            var pages: [SummaryHTMLPage.Entry] = []
            var printed = 0
            let failures = InputText.forEach(paths, writingTo: &output) { document, output in
                for note in document.page?.notes ?? [] where note != .empty && note != .noArticle {
                    StandardError.warn("\(document.name): \(note)")
                }
                guard document.text.contains(where: { !$0.isWhitespace }) else {
                    output.flush()
                    StandardError.write("lede: \(document.name): empty input: nothing to summarize")
                    return false
                }
                let result = document.page.map {
                    summarizer.summarize(Article(title: $0.title, abstract: $0.abstract, body: $0.body))
                } ?? summarizer.summarize(document.text)
                if result.candidates.isEmpty {
                    StandardError.warn("\(document.name): no body sentences found")
                }
                switch format {
                case .html:
                    pages.append(SummaryHTMLPage.Entry(name: paths.count > 1 ? document.name : nil, text: document.text, summary: result))
                case .json:
                    reports.append(SummaryReport(name: paths.count > 1 ? document.name : nil, summary: result, explain: explain))
                case .text:
                    if paths.count > 1 {
                        output.writeLine((printed > 0 ? "\n" : "") + "==> \(document.name) <==")
                    }
                    output.write(TextReport.render(result, explain: explain))
                }
                printed += 1
                return true
            }
            if format == .html, !pages.isEmpty { output.write(SummaryHTMLPage(entries: pages).render()) }
            try InputText.finish(
                jsonReports: format == .json ? reports : nil, paths: paths, failures: failures, output: &output)
        }
    }

    /// `--jsonl`: one summary line per input line, problems on standard error, exit status 1
    /// at the end when there were any.
    private func summarizeLines(with summarizer: Summarizer) throws {
        let explain = self.explain
        var output = StandardOutput()
        let problems = JSONLinesSummarizer(summarizer: summarizer, threads: threads).run(paths: files) { record, summary in
            try? ReportJSON.encode(SummaryReport.Line(record: record, summary: summary, explain: explain))
        } emit: { event in
            switch event {
            case .line(let text):
                output.writeLine(text)
                output.flush()
            case .problem(let message): StandardError.write("lede: \(message)")
            case .warning(let message): StandardError.warn(message)
            }
        }
        output.flush()
        if problems > 0 {
            throw CommandError("\(problems) problem(s) reported above; the other records were summarized")
        }
    }
}
