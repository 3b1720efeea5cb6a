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
}
