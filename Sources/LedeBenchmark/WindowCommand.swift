import ArgumentParser
import Foundation
import Lede
import LedeEval
import LedeText

/// `lede-benchmark window`: what the long-document edge window costs in ROUGE. Every text takes
/// the long-document path; each thresholded algorithm runs exact (every pair may be an edge)
/// and with each window, and the windowed summaries are compared with the exact ones.
struct WindowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "window",
        abstract: "ROUGE and summary agreement of the long-document edge window against the exact graph.",
        discussion: """
            Bodies of more than 3,000 sentences link a sentence, in the thresholded algorithms, \
            only to sentences at most 3,000 distinct sentences away. To see what that costs on \
            texts with references, every text here takes the long-document path (whatever its \
            length) and is summarized exact (no window) and with each --windows value; the \
            budget is the first reference's sentence count. --join K joins K consecutive \
            records into one text (their first references joined into one reference), for \
            texts longer than the real window. Prints one markdown row per algorithm and window: \
            texts longer than the window, summaries identical to the exact one, the exact \
            summary's sentences kept, ROUGE F (x100) and its difference from exact, and the \
            largest p-value of the paired randomization test against exact.

            Example (Eval/bench/window-effect.sh runs the measurements in Eval/README.md):
              lede-benchmark window ../shared/datasets/scisummnet/all.jsonl.gz --windows 25,50,100
            """)

    @Argument(help: "A dataset in the JSONL schema (gzip allowed).")
    var dataset: String

    @Option(help: "Records to read (default: all).")
    var limit: Int?

    @Option(help: "Consecutive records joined into one text.")
    var join = 1

    @Option(help: "Comma-separated algorithms (as `lede --algorithm` takes them).")
    var algorithms = "lexrank,positional:threshold=0.3"

    @Option(help: "Comma-separated window sizes, in distinct sentences.")
    var windows = "25,50,100"

    @Option(help: "Worker threads (default: every core).")
    var threads: Int?

    func validate() throws {
        guard join >= 1 else { throw ValidationError("--join must be at least 1") }
        guard !windowSizes.isEmpty, windowSizes.allSatisfy({ $0 >= 1 }) else {
            throw ValidationError("--windows takes positive numbers, e.g. 25,50,100")
        }
    }

    private var windowSizes: [Int] {
        windows.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    func run() throws {
        let texts = try Self.joined(readRecords(), by: join)
        // The number of body sentences of each text, to count the texts a window shortens.
        let lengths = texts.parallelMap(threads: threads) { record in
            Summarizer(configuration: Summarizer.Configuration(algorithm: .lead)).summarize(record.parsedArticle).candidates.count
        }
        print("\(dataset): \(texts.count) texts (\(join) record(s) each), \(lengths.reduce(0, +) / max(texts.count, 1)) sentences on average, longest \(lengths.max() ?? 0)\n")
        print("| algorithm | window | texts longer than the window | same summary | exact summary's sentences kept | ROUGE-1 F | ROUGE-2 F | ROUGE-L F | Δ R-1 | Δ R-2 | Δ R-L | p vs exact |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for specification in algorithms.split(separator: ",").map(String.init) {
            let base = try Summarizer.Configuration(parsing: specification)
            let sizes = [Int.max] + windowSizes
            let systems = sizes.map { window in
                var configuration = base
                configuration.longDocuments = .init(sentenceLimit: 0, edgeWindow: window)
                return EvaluationSystem(name: window == .max ? "exact" : "\(window)", kind: .summarizer(configuration))
            }
            var options = Evaluation.Options(budget: .matchReference, baseline: "exact", threads: threads)
            options.resamples = 200
            options.significanceTrials = 2_000
            let evaluation = try Evaluation(dataset: dataset, records: texts, systems: systems, options: options)
            let exact = evaluation.report.systems[0]
            for (s, window) in sizes.enumerated() {
                let system = evaluation.report.systems[s]
                var same = 0, kept = 0, total = 0
                for (summary, reference) in zip(evaluation.summaries[s], evaluation.summaries[0]) {
                    if summary == reference { same += 1 }
                    kept += Set(summary).intersection(reference).count
                    total += reference.count
                }
                let longer = window == .max ? "-" : String(lengths.filter { $0 > window + 1 }.count)
                let measures = [system.rouge1, system.rouge2, system.rougeL]
                let deltas = zip(measures, [exact.rouge1, exact.rouge2, exact.rougeL]).map { $0.fmeasure - $1.fmeasure }
                let p = system.pValueVsBaseline.map { String(format: "%.2f", $0) } ?? "-"
                print("| \(specification) | \(window == .max ? "exact" : String(window)) | \(longer) | \(same)/\(texts.count) | "
                      + "\(Self.percent(kept, total)) | "
                      + measures.map { String(format: "%.2f", $0.fmeasure * 100) }.joined(separator: " | ") + " | "
                      + deltas.map { String(format: "%+.2f", $0 * 100) }.joined(separator: " | ") + " | \(p) |")
            }
        }
    }

    private func readRecords() throws -> [ArticleRecord] {
        var records: [ArticleRecord] = []
        let reader = try JSONLArticleReader(path: dataset)
        while records.count < (limit ?? .max), let record = try reader.next() { records.append(record) }
        return records
    }

    /// Groups of `k` consecutive records as one record: articles joined by blank lines, first
    /// references joined into one. A last incomplete group is dropped when `k > 1`.
    static func joined(_ records: [ArticleRecord], by k: Int) -> [ArticleRecord] {
        guard k > 1 else { return records }
        return stride(from: 0, through: records.count - k, by: k).map { start in
            let group = records[start..<(start + k)]
            return ArticleRecord(
                id: group.map(\.id).joined(separator: "+"),
                article: group.map(\.article).joined(separator: "\n\n"),
                references: [group.flatMap { $0.references.first ?? [] }],
                language: group.first?.language)
        }
    }

    private static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%.1f%%", Double(part) / Double(whole) * 100)
    }
}
