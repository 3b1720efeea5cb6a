import ArgumentParser
import Dispatch
import Lede
import LedeEval
import LedeText

/// `lede-benchmark summarize`: mean time per article of the summarizer, in process.
struct SummarizeBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Summarize the first N articles of a dataset and report the mean time per article.",
        discussion: """
            Reading and decoding the dataset happen before the clock starts; the timed part is \
            Summarizer.summarize on each article (parse, split, vectors, similarity, centrality, \
            selection), one thread, repeated --passes times (the best pass is reported).

            Example:
              lede-benchmark summarize ../shared/datasets/cnn_dailymail/validation.jsonl.gz --limit 1000
            """)

    @Argument(help: "A dataset in the JSONL schema (gzip allowed).")
    var dataset: String

    @Option(help: "Articles to summarize.")
    var limit = 1_000

    @Option(help: "Ranking algorithm (see `lede --help`).")
    var algorithm = "default"

    @Option(help: "Summary length in sentences.")
    var sentences = 3

    @Option(help: "Timed passes over the articles.")
    var passes = 3

    @Option(help: "The articles' language (ISO 639-1); detected per article when not given.")
    var language: String?

    func run() throws {
        var records: [ArticleRecord] = []
        let reader = try JSONLArticleReader(path: dataset)
        while records.count < limit, let record = try reader.next() { records.append(record) }
        var configuration = try Summarizer.Configuration(parsing: algorithm)
        configuration.budget = .sentences(sentences)
        configuration.language = try language.map { try Language(code: $0) }
        let summarizer = Summarizer(configuration: configuration)

        var best = Double.infinity
        var checksum = 0
        for _ in 0..<max(passes, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            for record in records {
                checksum &+= summarizer.summarize(record.article).sentences.count
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let perArticle = best / Double(max(records.count, 1))
        print("articles: \(records.count)")
        print("algorithm: \(algorithm)")
        print("total seconds (best of \(passes)): \(best)")
        print("seconds per article: \(perArticle)")
        print("sentences selected (checksum): \(checksum / max(passes, 1))")
    }
}
