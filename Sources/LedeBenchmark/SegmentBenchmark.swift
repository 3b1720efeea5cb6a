import ArgumentParser
import Dispatch
import LedeEval
import LedeText

/// `lede-benchmark segment`: mean time per article of the sentence segmenter alone.
struct SegmentBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split the first N articles of a dataset into sentences and report the mean time per article.",
        discussion: """
            Reading the dataset happens before the clock starts; the timed part is \
            SentenceSegmenter.sentenceRanges on each article's paragraphs (its lines), as the \
            summarizer calls it, one thread, repeated --passes times (the best pass is reported).

            Example:
              lede-benchmark segment ../shared/datasets/cnn_dailymail/validation.jsonl.gz --limit 1000
            """)

    @OptionGroup var sample: ArticleSampleOptions

    func run() throws {
        let paragraphs = try sample.records().map { $0.article.split(separator: "\n").map(String.init) }
        let passes = sample.passes
        var best = Double.infinity
        var checksum = 0
        for _ in 0..<max(passes, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            for article in paragraphs {
                let segmenter = SentenceSegmenter()
                for paragraph in article { checksum &+= segmenter.sentenceRanges(in: paragraph).count }
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print("articles: \(paragraphs.count)")
        print("seconds per article: \(best / Double(max(paragraphs.count, 1)))")
        print("sentences (checksum): \(checksum / max(passes, 1))")
    }
}
