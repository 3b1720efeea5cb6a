import ArgumentParser
import Foundation
@_spi(Benchmarks) import Lede

/// `lede-benchmark implicit`: the long-document product `S v = X (Xᵀ v)`, sparse against a
/// dense block of the most frequent terms through CBLAS `sgemv`.
struct ImplicitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "implicit",
        abstract: "Time the long-document similarity product, sparse and with a dense CBLAS block of frequent terms.")

    @Argument(help: "A long plain text (Eval/bench/long_text.py).")
    var file: String

    @Option(help: "Comma-separated dense block sizes (most frequent terms).")
    var denseTerms = "8,32,128,512"

    func run() throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let sizes = denseTerms.split(separator: ",").compactMap { Int($0) }
        let measured = ImplicitProductBenchmark.measure(text: text, denseTerms: sizes)
        print("\(file): \(measured.sentences) sentences, \(measured.nonzeros) non-zeros\n")
        print("| dense terms | non-zeros in the block | S v (median CPU time) | speed-up over sparse (median of rounds) | relative difference |")
        print("|---:|---:|---:|---:|---:|")
        for r in measured.results {
            print("| \(r.denseTerms) | \(String(format: "%.1f%%", r.blockShare * 100)) | \(Duration.format(r.seconds)) | "
                  + String(format: "%.2f", r.speedup) + " | " + String(format: "%.1e", r.relativeError) + " |")
        }
    }
}
