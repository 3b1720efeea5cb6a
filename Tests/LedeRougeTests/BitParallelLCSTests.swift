import Testing
@testable import LedeRouge

@Suite struct BitParallelLCSTests {
    /// The textbook table: lcs[i][j] = LCS(a[..<i], b[..<j]).
    private func table(_ a: [Int32], _ b: [Int32]) -> [[Int]] {
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 1..<(a.count + 1) {
            for j in 1..<(b.count + 1) {
                lcs[i][j] = a[i - 1] == b[j - 1] ? lcs[i - 1][j - 1] + 1 : max(lcs[i - 1][j], lcs[i][j - 1])
            }
        }
        return lcs
    }

    private func randomSequence(_ count: Int, alphabet: Int32, _ random: inout RandomSource) -> [Int32] {
        (0..<count).map { _ in Int32(random.index(below: Int(alphabet))) }
    }

    @Test(arguments: [(5, 7, 3), (40, 50, 6), (64, 64, 4), (65, 10, 5), (130, 140, 9), (200, 3, 2), (0, 9, 3)])
    func tableMatchesDynamicProgramming(rows: Int, columns: Int, alphabet: Int32) {
        var random = RandomSource(seed: UInt64(rows * 1000 + columns))
        for _ in 0..<20 {
            let a = randomSequence(rows, alphabet: alphabet, &random)
            let b = randomSequence(columns, alphabet: alphabet, &random)
            let expected = table(a, b)
            var lcs = BitParallelLCS()
            a.withUnsafeBufferPointer { lcs.prepare($0, vocabulary: Int(alphabet)) }
            #expect(b.withUnsafeBufferPointer { lcs.length($0) } == expected[rows][columns])
            b.withUnsafeBufferPointer { lcs.fillColumns($0) }
            var same = true
            for i in 0...rows {
                for j in 0...columns where lcs.lcs(i, j) != expected[i][j] { same = false }
            }
            #expect(same)
        }
    }

    @Test func termsMissingFromTheFirstSequenceNeverMatch() {
        var lcs = BitParallelLCS()
        let a: [Int32] = [1, 2, 3]
        a.withUnsafeBufferPointer { lcs.prepare($0, vocabulary: 10) }
        let b: [Int32] = [7, 1, 9, 3, 8]
        #expect(b.withUnsafeBufferPointer { lcs.length($0) } == 2)
    }

    /// Tracing back in blocks from checkpoints (for long sentence pairs) marks the same positions.
    @Test(arguments: [2, 3, 7, 16])
    func blockwiseTracingMarksTheSamePositions(budget: Int) {
        var random = RandomSource(seed: UInt64(budget))
        for _ in 0..<40 {
            let a = randomSequence(1 + random.index(below: 90), alphabet: 5, &random)
            let b = randomSequence(1 + random.index(below: 200), alphabet: 5, &random)
            var lcs = BitParallelLCS()
            a.withUnsafeBufferPointer { lcs.prepare($0, vocabulary: 5) }
            var whole = [Bool](repeating: false, count: a.count)
            UnionLCS.mark(a[...], b[...], lcs: &lcs, marks: &whole)
            var blockwise = [Bool](repeating: false, count: a.count)
            UnionLCS.mark(a[...], b[...], lcs: &lcs, marks: &blockwise, columnBudget: budget * lcs.words)
            #expect(blockwise == whole)
            #expect(whole.filter { $0 }.count == table(a, b)[a.count][b.count])
        }
    }

    /// ROUGE-W's weighted LCS, traced back in blocks of rows recomputed from checkpoints,
    /// marks the same positions as in one piece.
    @Test(arguments: [1, 2, 5, 64])
    func weightedTracingInBlocksMarksTheSamePositions(rowsPerBlock: Int) {
        var random = RandomSource(seed: UInt64(100 + rowsPerBlock))
        var weighted = WeightedUnionLCS(weight: 1.2)
        for _ in 0..<40 {
            let a = randomSequence(1 + random.index(below: 70), alphabet: 4, &random)
            let b = randomSequence(1 + random.index(below: 90), alphabet: 4, &random)
            var whole = [Bool](repeating: false, count: a.count)
            weighted.mark(a[...], b[...], marks: &whole)
            var blockwise = [Bool](repeating: false, count: a.count)
            weighted.mark(a[...], b[...], marks: &blockwise, moveBudget: rowsPerBlock * (b.count + 1))
            #expect(blockwise == whole)
        }
    }
}
