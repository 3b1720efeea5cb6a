import Foundation

extension EvaluationSystem {
    /// A system whose summaries were made elsewhere: read from a predictions file (JSONL
    /// `{"id", "summary": [...]}`, see ``PredictionsReader``), one for each of `records`.
    ///
    /// Its time per article is `timings[name]`, else the time of the file's name without its
    /// extension (`peers/sumy-lexrank.jsonl` is `sumy-lexrank`), else unknown.
    ///
    /// - Throws: ``DatasetError`` when the file cannot be read, a line is malformed, or a record
    ///   has no summary (`PATH: no summary for 3 article(s), e.g. a, b, c`).
    /// - Complexity: O(*p* + *n*) for *p* predictions and *n* records.
    public init(name: String, predictionsFile path: String, records: [ArticleRecord], timings: [String: Double] = [:]) throws {
        let ids = Set(records.map(\.id))
        var summaries: [String: [String]] = [:]
        for prediction in try PredictionsReader(path: path).readAll() where ids.contains(prediction.id) {
            summaries[prediction.id] = prediction.sentences
        }
        let missing = records.filter { summaries[$0.id] == nil }.map(\.id)
        if !missing.isEmpty {
            throw DatasetError.invalid(
                path: path, reason: "no summary for \(missing.count) article(s), e.g. \(missing.prefix(3).joined(separator: ", "))")
        }
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        self.init(name: name, kind: .predictions(summaries, secondsPerArticle: timings[name] ?? timings[stem]))
    }
}
