import Foundation
import Testing
import LedeEval
import LedeText

/// Language detection on the shared datasets, whose records say their language (the
/// multilingual files) or are all English (CNN/DailyMail, BBC). Skipped when they are absent.
@Suite(.enabled(if: SharedDatasets.available, "needs the shared datasets (../shared/datasets or $LEDE_DATASETS)"))
struct LanguageDetectionDatasetTests {
    static let multilingual = ["fr_orangesum", "vi_vietnews", "zh_lcsts", "ko_scinewssum"]

    /// The share of `records` detected as `expected` (or as their own `"language"`).
    static func accuracy(_ path: String, expected: Language? = nil, limit: Int = .max) throws -> (right: Int, total: Int, wrong: [String]) {
        let reader = try JSONLArticleReader(path: path)
        var right = 0, total = 0
        var wrong: [String] = []
        let detector = LanguageDetector()
        while total < limit, let record = try reader.next() {
            total += 1
            let detected = detector.language(of: record.article)
            if detected == (expected ?? record.language) {
                right += 1
            } else {
                wrong.append("\(record.id): \(detected?.code ?? "none")")
            }
        }
        return (right, total, wrong)
    }

    @Test(arguments: multilingual)
    func multilingualArticles(name: String) throws {
        let path = SharedDatasets.root + "/multilingual/\(name).jsonl.gz"
        try #require(FileManager.default.fileExists(atPath: path))
        let result = try Self.accuracy(path)
        print("detection \(name): \(result.right)/\(result.total); wrong: \(result.wrong.prefix(5))")
        #expect(result.total > 0)
        #expect(Double(result.right) >= 0.98 * Double(result.total), "\(result.wrong.prefix(10))")
    }

    @Test(arguments: ["cnn_dailymail/validation.jsonl.gz", "cnn_dailymail/validation_tokenized.jsonl.gz", "bbc_news_summary/all.jsonl.gz"])
    func englishArticlesStayEnglish(file: String) throws {
        let result = try Self.accuracy(SharedDatasets.root + "/" + file, expected: .english)
        print("detection \(file): \(result.right)/\(result.total); wrong: \(result.wrong.prefix(5))")
        #expect(result.wrong.isEmpty, "\(result.wrong.prefix(10))")
    }
}
