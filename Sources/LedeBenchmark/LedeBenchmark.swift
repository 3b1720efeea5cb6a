import ArgumentParser

/// `lede-benchmark`: measurements of Lede's internals, run from the command line (never as
/// timed tests). Build in release mode:
///
///     swift build -c release --product lede-benchmark
@main
struct LedeBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede-benchmark",
        abstract: "Benchmarks of Lede's summarizer, sentence segmenter, term tokenizer, similarity kernel and LSA's SVD.",
        subcommands: [KernelCommand.self, SummarizeBenchmark.self, DetectBenchmark.self, SegmentBenchmark.self, TermsBenchmark.self, SVDCommand.self, WindowCommand.self])
}
