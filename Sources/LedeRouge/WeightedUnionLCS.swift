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
    /// Two rows of the table and of the lengths of the runs ending in each cell.
    private var above = WeightedRow(), current = WeightedRow()
    /// The traced moves of the rows being traced back.
    private var moves: [UInt8] = []
    /// Rows kept every `block` rows, to recompute the moves of long pairs block by block.
    private var checkpoints: [WeightedRow] = []

    /// How many table cells of moves one sentence pair may keep at once (32 MiB).
    static let moveBudget = 1 << 25

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
    ///
    /// The table is filled row by row (reference positions) keeping only two rows of values;
    /// the moves are kept for the rows being traced back. When the pair is too large for
    /// `moveBudget`, a first pass keeps every `block`-th row and the moves are recomputed block
    /// by block from those, bottom to top, as the trace moves up.
    mutating func mark(
        _ reference: ArraySlice<Int32>, _ candidate: ArraySlice<Int32>, marks: inout [Bool],
        moveBudget: Int = moveBudget
    ) {
        let m = reference.count, n = candidate.count
        guard m > 0 && n > 0 else { return }
        _ = power(min(m, n) + 1)
        let width = n + 1
        let block = max(1, moveBudget / width)
        checkpoints.removeAll(keepingCapacity: true)
        if m > block {
            above.reset(width)
            for i in 1...m {
                fillRow(i, reference, candidate, keepingMovesFrom: nil)
                if i % block == 0 { checkpoints.append(above) }
            }
        }
        var i = m, j = n
        var blockStart = (m - 1) / block * block
        fillBlock(from: blockStart, through: m, block: block, reference, candidate)
        while i > 0 && j > 0 {
            if i == blockStart {
                blockStart -= block
                fillBlock(from: blockStart, through: i, block: block, reference, candidate)
            }
            switch moves[(i - blockStart - 1) * width + j] {
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

    /// Recomputes rows `start + 1 ... end`, keeping their moves (row `start + k` at `k - 1`).
    private mutating func fillBlock(
        from start: Int, through end: Int, block: Int, _ reference: ArraySlice<Int32>, _ candidate: ArraySlice<Int32>
    ) {
        let width = candidate.count + 1
        if moves.count < (end - start) * width { moves = Array(repeating: 0, count: (end - start) * width) }
        if start == 0 {
            above.reset(width)
        } else {
            above = checkpoints[start / block - 1]
        }
        for i in (start + 1)...end {
            fillRow(i, reference, candidate, keepingMovesFrom: start)
        }
    }

    /// Computes row `i` from `above` into `current`, then makes it `above`. With a block start,
    /// keeps the row's moves.
    private mutating func fillRow(
        _ i: Int, _ reference: ArraySlice<Int32>, _ candidate: ArraySlice<Int32>, keepingMovesFrom start: Int?
    ) {
        let n = candidate.count, width = n + 1
        current.reset(width)
        let term = reference[reference.startIndex + i - 1]
        let movesRow = start.map { (i - $0 - 1) * width } ?? -1
        for j in 1...n {
            let move: UInt8
            if term == candidate[candidate.startIndex + j - 1] {
                let k = Int(above.runs[j - 1])
                current.values[j] = above.values[j - 1] + powers[k + 1] - powers[k]
                current.runs[j] = Int32(k + 1)
                move = Self.diagonal
            } else if above.values[j] >= current.values[j - 1] {
                current.values[j] = above.values[j]
                move = Self.up
            } else {
                current.values[j] = current.values[j - 1]
                move = Self.left
            }
            if movesRow >= 0 { moves[movesRow + j] = move }
        }
        swap(&above, &current)
    }
}

/// One row of the weighted-LCS table: the values and the lengths of the runs of matches ending
/// in each cell.
struct WeightedRow {
    var values: [Double] = []
    var runs: [Int32] = []

    /// Zeroes the row for `width` cells.
    mutating func reset(_ width: Int) {
        if values.count != width {
            values = Array(repeating: 0, count: width)
            runs = Array(repeating: 0, count: width)
        } else {
            for index in 0..<width {
                values[index] = 0
                runs[index] = 0
            }
        }
    }
}
