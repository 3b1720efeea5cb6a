import ArgumentParser

/// The `lede` command: summarizes articles, and scores and evaluates summaries.
@main
struct LedeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "Summarize news articles the way an editor writes a lede, and measure it with ROUGE.",
        discussion: """
            Without a subcommand, lede summarizes: `lede article.txt` prints the summary.
            """,
        subcommands: [SummarizeCommand.self, SentencesCommand.self, RougeCommand.self, EvalCommand.self, IDFCommand.self],
        defaultSubcommand: SummarizeCommand.self
    )
}
