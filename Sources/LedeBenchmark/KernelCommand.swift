import ArgumentParser

/// `lede-benchmark kernel`: the dense (OpenBLAS `ssyrk`) and sparse similarity paths side by side.
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kernel",
        abstract: "Time the dense and sparse similarity products on random TF-IDF-like matrices.")

    @Option(help: "Measure only shapes with this many sentences.")
    var rows: Int?

    static let shapes: [(rows: Int, columns: Int, terms: Int)] = [
        (10, 50, 8), (20, 100, 10), (30, 60, 20), (30, 500, 20), (50, 200, 20), (50, 100, 40),
        (100, 300, 30), (100, 1_000, 20), (200, 500, 60), (200, 3_000, 20), (500, 1_000, 100),
        (1_000, 10_000, 20), (2_000, 20_000, 20), (10_000, 50_000, 20),
    ]

    func run() {
        print("| sentences x terms | terms/sentence | non-zeros | pairs (Σ df²/2) | dense (fill + ssyrk) | sparse | faster | automatic picks |")
        print("|---|---|---|---|---|---|---|---|")
        for shape in Self.shapes where rows == nil || shape.rows == rows {
            let r = KernelBenchmark.measure(rows: shape.rows, columns: shape.columns, termsPerRow: shape.terms)
            let faster = r.denseSeconds.map { $0 < r.sparseSeconds ? "dense" : "sparse" } ?? "sparse"
            print("| \(r.rows) x \(r.columns) | \(shape.terms) | \(r.nonzeros) | \(r.sparsePairs) | \(Timing.format(r.denseSeconds)) | \(Timing.format(r.sparseSeconds)) | \(faster) | \(r.automaticChoice) |")
        }
    }
}
