import ArgumentParser

/// The `lede` command: summarizes articles, and scores and evaluates summaries.
@main
struct LedeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "Summarize news articles the way an editor writes a lede, and measure it with ROUGE.",
        subcommands: [RougeCommand.self]
    )
}
