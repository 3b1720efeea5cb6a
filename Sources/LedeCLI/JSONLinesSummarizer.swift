import LedeText
import Foundation
import Lede
import LedeEval

/// `lede --jsonl`: summarizes one article per input line, in batches spread over the cores,
/// writing one `{"id", "summary"}` line per article in input order.
///
/// Nothing is lost to one bad input: a malformed line, an empty article, a file that cannot be
/// opened or a read error part-way is reported (`file:line: reason`) and passed over, every
/// other record is summarized, and the exit status is 1 at the end. Each summary is written as
/// soon as it and the ones before it are done.
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
        var problems = 0
        for path in paths.isEmpty ? ["-"] : paths {
            problems += summarize(path, into: &output)
        }
        if problems > 0 {
            output.flush()
            throw CommandError("\(problems) problem(s) reported above; the other records were summarized")
        }
    }

    /// Summarizes the records of one file, reporting its problems; returns how many there were.
    private func summarize(_ path: String, into output: inout StandardOutput) -> Int {
        let reader: JSONLArticleReader
        do {
            reader = try JSONLArticleReader(path: path, skipInvalid: true)
        } catch {
            StandardError.write("lede: \(error)")
            return 1
        }
        var problems = 0
        var (reportedSkips, reportedWarnings) = (0, 0)
        func reportReaderNotes() {
            for problem in reader.skipped.dropFirst(reportedSkips) { StandardError.write("lede: \(problem.description)") }
            for warning in reader.warnings.dropFirst(reportedWarnings) { StandardError.warn(warning.description) }
            problems += reader.skipped.count - reportedSkips
            (reportedSkips, reportedWarnings) = (reader.skipped.count, reader.warnings.count)
        }
        var batch: [(record: ArticleRecord, line: Int)] = []
        func flushBatch() {
            problems += write(batch, from: reader.path, to: &output)
            batch.removeAll(keepingCapacity: true)
        }
        do {
            while let record = try reader.next() {
                reportReaderNotes()
                guard record.article.contains(where: { !$0.isWhitespace }) else {
                    StandardError.write("lede: \(reader.path):\(reader.lineNumber): empty article: nothing to summarize")
                    problems += 1
                    continue
                }
                batch.append((record, reader.lineNumber))
                if batch.count >= batchSize { flushBatch() }
            }
        } catch {
            flushBatch()
            reportReaderNotes()
            StandardError.write("lede: \(error)")
            return problems + 1
        }
        flushBatch()
        reportReaderNotes()
        return problems
    }

    /// Summarizes `records` on the worker threads, writing each line as soon as it is in order;
    /// returns how many could not be written.
    private func write(_ records: [(record: ArticleRecord, line: Int)], from path: String, to output: inout StandardOutput) -> Int {
        let (summarizer, explain) = (self.summarizer, self.explain)
        var problems = 0
        ParallelMap.forEachInOrder(count: records.count, threads: threads ?? 0) { index in
            let record = records[index].record
            let summary = summarizer.summarize(record)
            let report = SummaryReport(name: nil, summary: summary, explain: explain)
            let line = Line(id: record.id, summary: summary.sentences.map(\.text),
                            title: record.isWebPage ? summary.title : nil, abstract: record.isWebPage ? summary.abstract : nil,
                            candidates: report.candidates)
            return (index, try? JSONOutput.encode(line))
        } emit: { (index: Int, text: String?) in
            guard let text else {
                StandardError.write("lede: \(path):\(records[index].line): the summary cannot be written as JSON")
                problems += 1
                return
            }
            output.writeLine(text)
            output.flush()
        }
        return problems
    }
}
