import Foundation
import LedeRouge

extension PredictionsEvaluation {
    /// The files of a `lede rouge` run and how strictly they must match.
    package struct Files: Sendable {
        /// The system's predictions (`-`: standard input).
        package var predictions: String
        /// The dataset with the references (ids must be unique).
        package var dataset: String
        /// A second system's predictions, tested against the first.
        package var baseline: String?
        /// Score the items both files have, with a warning, instead of failing on unmatched ids.
        package var allowMissing: Bool

        package init(predictions: String, dataset: String, baseline: String?, allowMissing: Bool) {
            self.predictions = predictions
            self.dataset = dataset
            self.baseline = baseline
            self.allowMissing = allowMissing
        }
    }

    /// A problem with the files: unmatched ids, no item in common, a baseline that covers other items.
    package struct FilesError: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// The predictions of `files` (and of its baseline) matched with its dataset's items.
    /// Warnings (unmatched ids that are allowed, items without a reference) go to `warn`.
    ///
    /// - Throws: ``DatasetError`` for a file that cannot be read, ``FilesError`` when the files
    ///   do not match.
    /// - Complexity: O(*n*) in the size of the files.
    package static func align(
        _ files: Files, warn: (String) -> Void
    ) throws -> (predictions: PredictionsAlignment, baseline: PredictionsAlignment?) {
        let records = try JSONLArticleReader(path: files.dataset, requireUniqueIDs: true).readAll()
        func align(_ file: String) throws -> PredictionsAlignment {
            let alignment = PredictionsAlignment(predictions: try PredictionsReader(path: file).readAll(), records: records)
            if !alignment.isComplete {
                guard files.allowMissing else {
                    throw FilesError(description: "\(file) and \(files.dataset) do not match:\n" + alignment.problems.joined(separator: "\n")
                        + "\n(use --allow-missing to score the items both have)")
                }
                for problem in alignment.problems {
                    warn("\(file): \(problem); scoring the \(alignment.items.count) items both files have")
                }
            }
            return alignment
        }
        let alignment = try align(files.predictions)
        guard !alignment.items.isEmpty else {
            throw FilesError(description: "no item to score: \(files.dataset) and \(files.predictions) have no id in common")
        }
        let unreferenced = alignment.idsWithoutReferences
        if !unreferenced.isEmpty {
            let listed = unreferenced.prefix(10).joined(separator: ", ") + (unreferenced.count > 10 ? ", ..." : "")
            warn("\(unreferenced.count) of \(alignment.items.count) items have no reference and score 0: \(listed)")
        }
        return (alignment, try files.baseline.map(align))
    }

    /// Scores like ``init(scorer:alignment:options:)``, explaining a baseline that does not
    /// cover the same items in the words of `files`.
    ///
    /// - Throws: ``FilesError`` naming the first ids that differ.
    package init(scorer: RougeScorer, alignment: PredictionsAlignment, options: Options, files: Files) throws(FilesError) {
        do {
            try self.init(scorer: scorer, alignment: alignment, options: options)
        } catch let mismatch {
            var lines = ["\(files.baseline ?? "--baseline") must cover the same items as \(files.predictions) for a paired test:"]
            for (ids, what) in [(mismatch.missingPredictions, "scored items without a baseline summary"),
                                (mismatch.unknownPredictions, "baseline items without a summary")] where !ids.isEmpty {
                lines.append("\(ids.count) \(what): " + ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? ", ..." : ""))
            }
            throw FilesError(description: lines.joined(separator: "\n"))
        }
    }
}
