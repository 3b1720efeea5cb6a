import Lede
import LedeText

/// Summarizes JSONL files of articles (`lede --jsonl`): one record per line, in batches spread
/// over the cores, handing each rendered summary over in input order.
///
/// Nothing is lost to one bad input: a malformed line, an empty article, a file that cannot be
/// opened or a read error part-way is reported as an ``Event/problem(_:)`` (`file:line: reason`)
/// and passed over, and every other record is summarized. Each summary is handed over as soon as
/// it and the ones before it are done, so memory stays constant.
package struct JSONLinesSummarizer: Sendable {
    /// What the caller is told, in input order.
    package enum Event {
        /// A record's rendered summary.
        case line(String)
        /// A record or file that was passed over (`file:line: reason`).
        case problem(String)
        /// A note on a record that was summarized anyway (invalid UTF-8 replaced).
        case warning(String)
    }

    package var summarizer: Summarizer
    /// Worker threads; `nil` uses every core.
    package var threads: Int?
    /// Records summarized together: enough to keep the cores busy, few enough to stay small.
    package var batchSize = 256

    package init(summarizer: Summarizer, threads: Int?) {
        self.summarizer = summarizer
        self.threads = threads
    }

    /// Summarizes the records of `paths` (standard input for `-`, or when there is none),
    /// rendering each with `render` on the worker threads (`nil`: it cannot be written) and
    /// telling `emit` every line and problem in order.
    ///
    /// - Returns: How many problems were reported.
    /// - Complexity: O(*n*) summaries for *n* records; at most ``batchSize`` records held.
    package func run(
        paths: [String], render: @escaping @Sendable (ArticleRecord, Summary) -> String?, emit: (Event) -> Void
    ) -> Int {
        var problems = 0
        for path in paths.isEmpty ? ["-"] : paths {
            problems += summarize(path, render: render, emit: emit)
        }
        return problems
    }

    /// Summarizes the records of one file, reporting its problems; returns how many there were.
    private func summarize(
        _ path: String, render: @escaping @Sendable (ArticleRecord, Summary) -> String?, emit: (Event) -> Void
    ) -> Int {
        let reader: JSONLArticleReader
        do {
            reader = try JSONLArticleReader(path: path, skipInvalid: true)
        } catch {
            emit(.problem("\(error)"))
            return 1
        }
        var problems = 0
        var (reportedSkips, reportedWarnings) = (0, 0)
        func reportReaderNotes() {
            for problem in reader.skipped.dropFirst(reportedSkips) { emit(.problem(problem.description)) }
            for warning in reader.warnings.dropFirst(reportedWarnings) { emit(.warning(warning.description)) }
            problems += reader.skipped.count - reportedSkips
            (reportedSkips, reportedWarnings) = (reader.skipped.count, reader.warnings.count)
        }
        var batch: [(record: ArticleRecord, line: Int)] = []
        func flushBatch() {
            problems += summarize(batch, from: reader.path, render: render, emit: emit)
            batch.removeAll(keepingCapacity: true)
        }
        do {
            while let record = try reader.next() {
                reportReaderNotes()
                guard record.article.contains(where: { !$0.isWhitespace }) else {
                    emit(.problem("\(reader.path):\(reader.lineNumber): empty article: nothing to summarize"))
                    problems += 1
                    continue
                }
                batch.append((record, reader.lineNumber))
                if batch.count >= batchSize { flushBatch() }
            }
        } catch {
            flushBatch()
            reportReaderNotes()
            emit(.problem("\(error)"))
            return problems + 1
        }
        flushBatch()
        reportReaderNotes()
        return problems
    }

    /// Summarizes `records` on the worker threads, handing each line over as soon as it is in
    /// order; returns how many could not be rendered.
    private func summarize(
        _ records: [(record: ArticleRecord, line: Int)], from path: String,
        render: @escaping @Sendable (ArticleRecord, Summary) -> String?, emit: (Event) -> Void
    ) -> Int {
        let summarizer = self.summarizer
        var problems = 0
        ParallelMap.forEachInOrder(count: records.count, threads: threads ?? 0) { index in
            let record = records[index].record
            return (index, render(record, summarizer.summarize(record)))
        } emit: { (index: Int, text: String?) in
            guard let text else {
                emit(.problem("\(path):\(records[index].line): the summary cannot be written as JSON"))
                problems += 1
                return
            }
            emit(.line(text))
        }
        return problems
    }
}
