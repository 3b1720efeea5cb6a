import LedeText
import Testing
@testable import Lede

@Suite struct SimilarityKernelTests {
    static func randomRows(rows: Int, columns: Int, density: Double, seed: UInt64) -> SparseRows {
        var generator = SplitMix64(seed: seed)
        var matrix = SparseRows(columnCount: columns)
        for _ in 0..<rows {
            var entries: [(column: Int32, value: Float)] = []
            for column in 0..<columns where Double.random(in: 0..<1, using: &generator) < density {
                entries.append((Int32(column), Float.random(in: -1...1, using: &generator)))
            }
            matrix.appendRow(entries)
        }
        return matrix
    }

    static func naiveProduct(_ x: SparseRows) -> [Double] {
        let dense = SimilarityKernel.densify(x).map(Double.init)
        let n = x.rowCount, m = x.columnCount
        var product = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                var sum = 0.0
                for k in 0..<m { sum += dense[i * m + k] * dense[j * m + k] }
                product[i * n + j] = sum
            }
        }
        return product
    }

    static func maxRelativeError(_ actual: [Float], _ expected: [Double]) -> Double {
        let scale = max(expected.map(abs).max() ?? 0, 1e-30)
        return zip(actual, expected).map { abs(Double($0) - $1) / scale }.max() ?? 0
    }

    @Test(arguments: [
        (rows: 1, columns: 5, density: 1.0),
        (rows: 7, columns: 3, density: 0.9),
        (rows: 30, columns: 500, density: 0.04),
        (rows: 64, columns: 80, density: 0.5),
        (rows: 120, columns: 2_000, density: 0.01),
        (rows: 50, columns: 10, density: 0.0),
    ])
    func everyMethodMatchesTheNaiveProduct(rows: Int, columns: Int, density: Double) {
        let x = Self.randomRows(rows: rows, columns: columns, density: density, seed: UInt64(rows * 7919 + columns))
        let expected = Self.naiveProduct(x)
        for method in SimilarityKernel.Method.allCases {
            let product = SimilarityKernel(method: method).denseProduct(of: x)
            let error = Self.maxRelativeError(product, expected)
            #expect(error < 1e-5, "method \(method): relative error \(error)")
        }
        // Graphs above the dense limit are stored sparse: same values.
        let sparse = SimilarityKernel(method: .sparse, denseGraphLimit: 0)
        #expect(!sparse.graph(of: x).isDense || rows == 0)
        #expect(Self.maxRelativeError(sparse.denseProduct(of: x), expected) < 1e-5)
    }

    @Test func explicitMethodsAreHonoured() {
        let x = Self.randomRows(rows: 20, columns: 40, density: 0.3, seed: 1)
        #expect(SimilarityKernel(method: .dense).resolvedMethod(for: x) == .dense)
        #expect(SimilarityKernel(method: .sparse).resolvedMethod(for: x) == .sparse)
        // Too large for a dense scatter: the dense request falls back to sparse.
        #expect(SimilarityKernel(method: .dense, denseMatrixLimit: 100).resolvedMethod(for: x) == .sparse)
    }

    @Test func automaticChoosesDenseForSmallFullMatricesAndSparseForRealisticOnes() {
        let full = Self.randomRows(rows: 40, columns: 30, density: 1, seed: 2)
        #expect(SimilarityKernel().resolvedMethod(for: full) == .dense)
        // 2,000 sentences of ~20 terms over 20,000 terms: the dense product would be wasteful.
        let text = Self.randomRows(rows: 2_000, columns: 20_000, density: 0.001, seed: 3)
        #expect(SimilarityKernel().resolvedMethod(for: text) == .sparse)
    }

    @Test func automaticChoiceIsTheCostModels() {
        // The shortcut that skips counting document frequencies must pick what the full cost
        // model picks, on either side of the boundary.
        var dense = 0
        for seed in 0..<200 {
            var generator = SplitMix64(seed: UInt64(seed))
            let rows = Int.random(in: 1...60, using: &generator)
            let columns = Int.random(in: 1...300, using: &generator)
            let density = Double.random(in: 0.002...1, using: &generator)
            let x = Self.randomRows(rows: rows, columns: columns, density: density, seed: UInt64(1_000 + seed))
            var frequency = [Int](repeating: 0, count: columns)
            for column in x.columns { frequency[Int(column)] += 1 }
            let pairs = frequency.reduce(0.0) { $0 + Double($1) * Double($1 + 1) / 2 }
            let sparseCost = pairs * SimilarityKernel.sparsePairCost + Double(x.nonzeroCount) * SimilarityKernel.sparseEntryCost
            let denseCost = SimilarityKernel.denseFixedCost + Double(rows * columns) * SimilarityKernel.denseFillCost
                + Double(rows * rows * columns) / 2 * SimilarityKernel.denseMultiplyAddCost
            let expected: SimilarityKernel.Method = denseCost < sparseCost ? .dense : .sparse
            #expect(SimilarityKernel().resolvedMethod(for: x) == expected, "seed \(seed)")
            if expected == .dense { dense += 1 }
        }
        #expect(dense > 20 && dense < 180)  // both sides of the boundary are exercised
    }

    @Test func largeGraphsAreNeverDense() {
        let x = Self.randomRows(rows: 3_500, columns: 5_000, density: 0.002, seed: 4)
        let graph = SimilarityKernel().graph(of: x)
        #expect(!graph.isDense)
        #expect(graph.count == 3_500)
        // Spot-check a few entries against direct dot products.
        for (i, j) in [(0, 1), (10, 3_000), (2_999, 3_499), (1_234, 1_235)] {
            var expected: Float = 0
            for (column, value) in x.row(i) { expected += value * x.value(row: j, column: Int(column)) }
            #expect(abs(graph.weight(i, j) - expected) <= 1e-5 * max(1, abs(expected)))
            #expect(graph.weight(i, j) == graph.weight(j, i))
        }
    }
}
