import ArgumentParser
import Dispatch
import Foundation
import Lede
import LedeEval
import LedeText

/// `lede-benchmark detect`: what language detection adds to the time per article.
struct DetectBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Time the summarizer with the language given and detected, alternately, and detection alone.",
        discussion: """
            Reading and decoding the dataset happen before any clock starts. Each of the --passes \
            rounds times one pass of Summarizer.summarize over the articles with --language given, then one \
            with the language detected per article (the records' "language" fields are not \
            used), on one thread; the rounds alternate so that both see the same machine. \
            Printed: each round's time per article and ratio, the median ratio, and the time \
            of LanguageDetector alone on the articles' body paragraphs (what the summarizer \
            reads), with how many articles it detects as --language.

            Example:
              lede-benchmark detect ../shared/datasets/cnn_dailymail/validation.jsonl.gz --language en --passes 7

            With --list, nothing is timed: each article's detected language is printed, so that \
            two builds can be compared article by article.
            """)

    @OptionGroup var sample: ArticleSampleOptions

    @Option(help: "The articles' language (ISO 639-1), given in the timed runs without detection.")
    var language = "en"

    @Flag(help: "Print each article's id and detected language (tab-separated, \"-\" for none) instead of timing.")
    var list = false

    func run() throws {
        let records = try sample.records()
        if list {
            let detector = LanguageDetector()
            for record in records {
                print("\(record.id)\t\(detector.language(ofParagraphs: Article(parsing: record.article).paragraphs)?.code ?? "-")")
            }
            return
        }
        let given = try Language(code: language)
        var configuration = Summarizer.Configuration.default
        configuration.language = given
        let withLanguage = Summarizer(configuration: configuration)
        configuration.language = nil
        let detecting = Summarizer(configuration: configuration)
        let count = Double(max(records.count, 1))

        /// Microseconds per article of one pass of `body` over the records.
        func microseconds(_ body: (ArticleRecord) -> Int) -> (time: Double, checksum: Int) {
            var checksum = 0
            let start = DispatchTime.now().uptimeNanoseconds
            for record in records { checksum &+= body(record) }
            return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3 / count, checksum)
        }

        // One untimed pass each, so that tables and caches are built before the clock runs.
        let checkGiven = microseconds { withLanguage.summarize($0.article).sentences.count }.checksum
        let checkDetected = microseconds { detecting.summarize($0.article).sentences.count }.checksum
        var ratios: [Double] = []
        var bestGiven = Double.infinity, bestDetected = Double.infinity
        print("articles: \(records.count), language given: \(given.code)")
        for round in 1...max(sample.passes, 1) {
            let timeGiven = microseconds { withLanguage.summarize($0.article).sentences.count }.time
            let timeDetected = microseconds { detecting.summarize($0.article).sentences.count }.time
            bestGiven = min(bestGiven, timeGiven)
            bestDetected = min(bestDetected, timeDetected)
            ratios.append(timeDetected / timeGiven)
            print("round \(round): given \(Self.format(timeGiven)) µs/article, detected \(Self.format(timeDetected)) µs/article, ratio \(Self.format(timeDetected / timeGiven, digits: 4))")
        }
        ratios.sort()
        print("best: given \(Self.format(bestGiven)) µs/article, detected \(Self.format(bestDetected)) µs/article, ratio \(Self.format(bestDetected / bestGiven, digits: 4))")
        // The middle half of the rounds' ratios shows how much the machine moved them.
        print("median ratio detected/given: \(Self.format(ratios[ratios.count / 2], digits: 4)) (middle half \(Self.format(ratios[ratios.count / 4], digits: 4)) to \(Self.format(ratios[(3 * ratios.count) / 4], digits: 4)))")
        if checkGiven != checkDetected { print("note: the summaries differ in length (\(checkGiven) vs \(checkDetected) sentences)") }

        // Detection alone, on what the summarizer reads: the body paragraphs.
        let articles = records.map { Article(parsing: $0.article) }
        let detector = LanguageDetector()
        var bestAlone = Double.infinity
        var right = 0
        for _ in 1...max(sample.passes, 1) {
            right = 0
            let start = DispatchTime.now().uptimeNanoseconds
            for article in articles where detector.language(ofParagraphs: article.paragraphs) == given { right += 1 }
            bestAlone = min(bestAlone, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3 / count)
        }
        print("detection alone: \(Self.format(bestAlone)) µs/article (best of \(max(sample.passes, 1))), \(right)/\(records.count) detected as \(given.code)")
    }

    private static func format(_ value: Double, digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }
}
