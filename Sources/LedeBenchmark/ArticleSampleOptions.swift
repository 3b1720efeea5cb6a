import ArgumentParser
import LedeEval

/// The dataset sample a timing benchmark runs over: the first `--limit` articles, timed
/// `--passes` times.
struct ArticleSampleOptions: ParsableArguments {
    @Argument(help: "A dataset in the JSONL schema (gzip allowed).")
    var dataset: String

    @Option(help: "Articles to time.")
    var limit = 1_000

    @Option(help: "Timed passes over the articles.")
    var passes = 3

    /// The first `limit` records of the dataset, read before any clock starts.
    func records() throws -> [ArticleRecord] {
        var records: [ArticleRecord] = []
        let reader = try JSONLArticleReader(path: dataset)
        while records.count < limit, let record = try reader.next() { records.append(record) }
        return records
    }
}
