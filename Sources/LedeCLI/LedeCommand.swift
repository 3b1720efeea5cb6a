import ArgumentParser

/// The `lede` command: summarizes articles, and scores and evaluates summaries.
@main
struct LedeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "Summarize news articles the way an editor writes a lede, and measure it with ROUGE.",
        discussion: """
            Without a subcommand, lede summarizes: it reads a news page or any text and prints \
            the sentences of its body that carry the story, one per line.

            Examples:
              lede article.txt                         # a 3-sentence lede
              lede --words 60 --format json article.txt
              zcat news.jsonl.gz | lede --jsonl > summaries.jsonl
              lede sentences article.txt
              lede extract page.html
              lede rouge --predictions sys.jsonl --dataset gold.jsonl.gz --stemming
              lede eval gold.jsonl.gz --systems lead-3,default,textrank,oracle
              lede idf --output news.idf corpus.jsonl.gz
            """,
        subcommands: [SummarizeCommand.self, ExtractCommand.self, SentencesCommand.self, RougeCommand.self, EvalCommand.self, IDFCommand.self],
        defaultSubcommand: SummarizeCommand.self
    )
}
