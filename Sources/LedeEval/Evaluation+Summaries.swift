import Foundation

extension Evaluation {
    /// Writes each system's summaries to `folder/<system>.jsonl`, creating the folder: one
    /// ``Prediction`` line per record, in record order, as ``PredictionsReader`` reads them back.
    /// A system's name becomes a file name with every character but letters, digits, `-` and
    /// `.` replaced by `_`.
    ///
    /// - Throws: ``OutputFile/Failure`` when the folder or a file cannot be written.
    /// - Complexity: O(*S* · *n*) for *S* systems and *n* records.
    package func writeSummaries(of systems: [EvaluationSystem], records: [ArticleRecord], to folder: String) throws {
        try OutputFile.createFolder(folder)
        for (system, summaries) in zip(systems, self.summaries) {
            let name = String(system.name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "_" })
            var text = ""
            for (record, summary) in zip(records, summaries) {
                text += try ReportJSON.encode(Prediction(id: record.id, sentences: summary)) + "\n"
            }
            try OutputFile.write(text, to: (folder as NSString).appendingPathComponent(name + ".jsonl"))
        }
    }
}
