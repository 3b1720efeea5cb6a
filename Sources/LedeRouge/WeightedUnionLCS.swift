import Foundation

/// ROUGE-W as ROUGE-1.5.5 computes it: a summary-level weighted LCS.
///
/// For each reference sentence, the weighted-LCS table (a run of k consecutive matches weighs
/// k^weight) is filled against every candidate sentence and traced back, and the marked
/// reference positions are united. Marked positions are then clipped like ``UnionLCS``, and each
/// run of consecutive marks contributes (its clipped length)^weight. The recall total is
/// (Σ sentence length^weight)^weight and the precision total (candidate length)^weight: the
/// script raises the reference total to the weight twice, which is reproduced. Floating-point
/// operations follow the script's order, so tie-breaks in the table agree with it.
struct WeightedUnionLCS {
    let weight: Double
    private var powers: [Double] = [0]
    private var table: [Double] = []
    private var runs: [Int32] = []
    private var moves: [UInt8] = []

    init(weight: Double) {
        self.weight = weight
    }

    /// `k^weight`, computed with `pow` as the script does.
    mutating func power(_ k: Int) -> Double {
        while powers.count <= k { powers.append(pow(Double(powers.count), weight)) }
        return powers[k]
    }

    /// The overlap of `candidate` with `reference`.
    mutating func overlap(
        reference: TokenizedText, candidate: TokenizedText, vocabulary: Int,
        clipping: inout UnigramClipping, marks: inout [Bool]
    ) -> Overlap {
        clipping.start(reference: reference, candidate: candidate, vocabulary: vocabulary)
        var hits = 0.0
        var base = 0.0
        for unit in 0..<reference.unitCount {
            let sentence = reference.unit(unit)
            base += power(sentence.count)
            if marks.count < sentence.count { marks = Array(repeating: false, count: sentence.count) }
            for index in 0..<sentence.count { marks[index] = false }
            for other in 0..<candidate.unitCount {
                mark(sentence, candidate.unit(other), marks: &marks)
            }
            var run = 0
            for (offset, term) in sentence.enumerated() where marks[offset] && clipping.take(term) {
                run += 1
                if offset + 1 == sentence.count || !marks[offset + 1] {
                    hits += power(run)
                    run = 0
                }
            }
        }
        let candidateLength = candidate.tokens.count
        return Overlap(
            hits: hits, candidateTotal: power(candidateLength), referenceTotal: pow(base, weight),
            selectionRecall: base > 0 ? pow(hits / base, 1 / weight) : 0)
    }

    private static let diagonal: UInt8 = 1, up: UInt8 = 2, left: UInt8 = 3

    /// Fills the weighted-LCS table of one sentence pair and marks the traced reference positions.
    private mutating func mark(_ reference: ArraySlice<Int32>, _ candidate: ArraySlice<Int32>, marks: inout [Bool]) {
        let m = reference.count, n = candidate.count
        let width = n + 1
        let size = (m + 1) * width
        if table.count < size {
            table = Array(repeating: 0, count: size)
            runs = Array(repeating: 0, count: size)
            moves = Array(repeating: 0, count: size)
        }
        _ = power(min(m, n) + 1)
        for j in 0...n {
            table[j] = 0
            runs[j] = 0
        }
        guard m > 0 && n > 0 else { return }
        for i in 1...m {
            let row = i * width, above = row - width
            table[row] = 0
            runs[row] = 0
            let term = reference[reference.startIndex + i - 1]
            for j in 1...n {
                if term == candidate[candidate.startIndex + j - 1] {
                    let k = Int(runs[above + j - 1])
                    table[row + j] = table[above + j - 1] + powers[k + 1] - powers[k]
                    moves[row + j] = Self.diagonal
                    runs[row + j] = Int32(k + 1)
                } else if table[above + j] >= table[row + j - 1] {
                    table[row + j] = table[above + j]
                    moves[row + j] = Self.up
                    runs[row + j] = 0
                } else {
                    table[row + j] = table[row + j - 1]
                    moves[row + j] = Self.left
                    runs[row + j] = 0
                }
            }
        }
        var i = m, j = n
        while i > 0 && j > 0 {
            switch moves[i * width + j] {
            case Self.diagonal:
                i -= 1
                j -= 1
                marks[i] = true
            case Self.up:
                i -= 1
            default:
                j -= 1
            }
        }
    }
}
