import Foundation
import Lede
import LedeEval

/// The JSON form of a summary.
struct SummaryReport: Encodable {
    struct Sentence: Encodable {
        var index: Int
        var text: String
        var score: Double
        var rank: Int
        var selected: Bool?
    }

    var file: String?
    var title: String?
    var abstract: String?
    /// The language the body was read in (ISO 639-1), given or detected.
    var language: String
    var sentences: [Sentence]
    var candidates: [Sentence]?

    init(name: String?, summary: Summary, explain: Bool) {
        func convert(_ s: Summary.Sentence, marked: Bool) -> Sentence {
            Sentence(index: s.index, text: s.text, score: s.score, rank: s.rank, selected: marked ? s.isSelected : nil)
        }
        file = name
        title = summary.title
        abstract = summary.abstract
        language = summary.language.code
        sentences = summary.sentences.map { convert($0, marked: false) }
        candidates = explain ? summary.candidates.map { convert($0, marked: true) } : nil
    }
}

extension SummaryReport {
    /// One output line of `lede --jsonl`: `{"id", "summary"}`, a web page's `"title"` and
    /// `"abstract"`, and with `--explain` every sentence with its score and rank.
    struct Line: Encodable {
        var id: String
        var summary: [String]
        var title: String?
        var abstract: String?
        var candidates: [Sentence]?

        init(record: ArticleRecord, summary: Summary, explain: Bool) {
            id = record.id
            self.summary = summary.sentences.map(\.text)
            title = record.isWebPage ? summary.title : nil
            abstract = record.isWebPage ? summary.abstract : nil
            candidates = SummaryReport(name: nil, summary: summary, explain: explain).candidates
        }
    }
}

/// The text form of a summary.
enum TextReport {
    static func render(_ summary: Summary, explain: Bool) -> String {
        guard explain else {
            return summary.sentences.map { $0.text + "\n" }.joined()
        }
        var lines: [String] = []
        if let title = summary.title { lines.append("title: \(title)") }
        if let abstract = summary.abstract { lines.append("abstract: \(abstract)") }
        lines.append("sel  rank  score      index  sentence")
        for sentence in summary.candidates {
            let mark = sentence.isSelected ? "*" : " "
            let rank = String(sentence.rank).leftPadded(to: 4)
            let score = String(format: "%.6f", sentence.score).leftPadded(to: 9)
            let index = String(sentence.index).leftPadded(to: 5)
            lines.append(" \(mark)  \(rank)  \(score)  \(index)  \(sentence.text)")
        }
        return lines.map { $0 + "\n" }.joined()
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
