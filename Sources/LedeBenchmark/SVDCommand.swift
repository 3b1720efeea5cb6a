import ArgumentParser

/// `lede-benchmark svd`: LSA's full and randomized decompositions side by side, and the
/// coefficients of the cost model that chooses between them.
struct SVDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "svd",
        abstract: "Time the full (sgesdd) and randomized truncated SVD on LSA-shaped matrices.")

    @Option(help: "Leading triplets wanted.")
    var k: Int = 3

    static let shapes: [(rows: Int, columns: Int)] = [
        (200, 30), (400, 60), (800, 100), (1_500, 200), (2_000, 300), (3_000, 500), (4_000, 800),
    ]

    func run() {
        print("| terms x sentences | k | full (sgesdd) | randomized | faster | automatic picks |")
        print("|---|---|---|---|---|---|")
        var full: [Double] = [], randomized: [Double] = []
        for shape in Self.shapes {
            let r = SVDBenchmark.measure(rows: shape.rows, columns: shape.columns, k: k)
            full.append(r.fullCoefficient)
            randomized.append(r.randomizedCoefficient)
            let faster = r.fullSeconds < r.randomizedSeconds ? "full" : "randomized"
            print("| \(r.rows) x \(r.columns) | \(k) | \(Timing.format(r.fullSeconds)) | \(Timing.format(r.randomizedSeconds)) | \(faster) | \(r.automaticChoice) |")
        }
        full.sort()
        randomized.sort()
        print("\nmedian coefficients: full \(full[full.count / 2]), randomized \(randomized[randomized.count / 2])")
    }
}
