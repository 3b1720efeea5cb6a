import ArgumentParser
import Dispatch
import LedeText

/// `lede-benchmark terms`: mean time per article of ``TermTokenizer`` in each word mode, side by
/// side in one process.
struct TermsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Cut the first N articles of a dataset into terms in each word mode and report the time per article against character pairs.",
        discussion: """
            Reading the dataset happens before the clock starts; the timed part is \
            TermTokenizer.forEachTermUTF8 on each article's sentences (SentenceSegmenter, in \
            the dataset's language), one thread. Each pass times every mode in turn, so that \
            the modes share the machine's state; the best of --passes passes is reported, with \
            the ratio to the first mode, the terms per article and the characters per term.

            Example:
              lede-benchmark terms ../shared/datasets/multilingual/zh_lcsts.jsonl.gz --language zh
            """)

    @OptionGroup var sample: ArticleSampleOptions

    @Option(help: "The language of the articles (ISO 639-1).")
    var language = "zh"

    @Option(help: "Word modes, comma-separated; the first is the reference of the ratios.")
    var modes = "characters,unigrams,dictionary"

    func run() throws {
        let language = try Language(code: self.language)
        let wordModes = try modes.split(separator: ",").map { name in
            guard let mode = LanguageProfile.WordMode(rawValue: String(name)) else {
                throw ValidationError("unknown word mode '\(name)'")
            }
            return mode
        }
        let segmenter = SentenceSegmenter(language: language)
        let sentences = try sample.records().map { record in
            record.article.split(separator: "\n").map(String.init).flatMap { paragraph in
                segmenter.sentenceRanges(in: paragraph).map { paragraph[$0] }
            }
        }
        let characters = sentences.joined().reduce(0) { $0 + $1.count }
        var best = [Double](repeating: .infinity, count: wordModes.count)
        var terms = [Int](repeating: 0, count: wordModes.count)
        for _ in 0..<max(sample.passes, 1) {
            for (index, mode) in wordModes.enumerated() {
                let tokenizer = TermTokenizer(mode: mode)
                var count = 0
                let start = DispatchTime.now().uptimeNanoseconds
                for article in sentences {
                    for sentence in article { tokenizer.forEachTermUTF8(in: sentence) { _ in count += 1 } }
                }
                best[index] = min(best[index], Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                terms[index] = count
            }
        }
        let articles = Double(max(sentences.count, 1))
        print("articles: \(sentences.count), characters per article: \(Double(characters) / articles)")
        print("| word mode | us/article | ratio to \(wordModes[0].rawValue) | terms/article | characters/term |")
        print("| --- | --- | --- | --- | --- |")
        for (index, mode) in wordModes.enumerated() {
            let micro = best[index] / articles * 1e6
            let ratio = best[index] / best[0]
            print("| \(mode.rawValue) | \(Self.rounded(micro, 1)) | \(Self.rounded(ratio, 2)) | \(Self.rounded(Double(terms[index]) / articles, 1)) | \(Self.rounded(Double(characters) / Double(max(terms[index], 1)), 2)) |")
        }
    }

    private static func rounded(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return String((value * scale).rounded() / scale)
    }
}
