import LedeText
import Foundation
import Lede
import LedeEval

/// `lede --jsonl`: summarizes one article per input line, in batches spread over the cores,
/// writing one `{"id", "summary"}` line per article in input order.
struct JSONLinesSummarizer {
    var summarizer: Summarizer
    var threads: Int?
    /// Add every sentence with its score and rank.
    var explain = false
    var batchSize = 256

    struct Line: Encodable {
        var id: String
        var summary: [String]
        /// A web page's title and abstract, as extracted.
        var title: String?
        var abstract: String?
        var candidates: [SummaryReport.Sentence]?
    }

    func run(paths: [String]) throws {
        var output = StandardOutput()
        defer { output.flush() }
        var skippedLines = 0
        for path in paths.isEmpty ? ["-"] : paths {
            let reader: JSONLArticleReader
            do {
                reader = try JSONLArticleReader(path: path, skipInvalid: true)
            } catch let error as DatasetError {
                throw CommandError(error.description)
            }
            var reported = 0
            func reportSkipped() {
                for problem in reader.skipped.dropFirst(reported) {
                    StandardError.write("lede: \(problem.description)")
                }
                reported = reader.skipped.count
            }
            var batch: [ArticleRecord] = []
            func flushBatch() throws {
                let summarizer = self.summarizer
                let explain = self.explain
                let lines = batch.parallelMap(threads: threads) { record in
                    let summary = summarizer.summarize(record)
                    let report = SummaryReport(name: nil, summary: summary, explain: explain)
                    return Line(id: record.id, summary: summary.sentences.map(\.text),
                                title: record.isWebPage ? summary.title : nil, abstract: record.isWebPage ? summary.abstract : nil,
                                candidates: report.candidates)
                }
                for line in lines {
                    output.writeLine(try JSONOutput.encode(line))
                }
                batch.removeAll(keepingCapacity: true)
            }
            do {
                while let record = try reader.next() {
                    batch.append(record)
                    if batch.count >= batchSize { try flushBatch() }
                    reportSkipped()
                }
                try flushBatch()
            } catch let error as DatasetError {
                throw CommandError(error.description)
            }
            reportSkipped()
            skippedLines += reader.skipped.count
        }
        if skippedLines > 0 {
            output.flush()
            throw CommandError("\(skippedLines) malformed line(s) skipped")
        }
    }
}
