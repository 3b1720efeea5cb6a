/// Summary-level LCS hits (`rougeLsum`, ROUGE-1.5.5's ROUGE-L).
///
/// For each reference sentence, one LCS with every candidate sentence is traced back and the
/// reference positions on any of them are united. The hits are those positions, in order,
/// counted only while both summaries still have an unused occurrence of the term; this clipping
/// (ROUGE-1.5.5 since 1.4.1, `rouge-score` alike) keeps a term from matching twice. Both tools
/// trace the same LCS: a match is taken whenever the terms are equal, otherwise the step goes
/// left (to a shorter candidate prefix) only when that keeps a strictly longer LCS.
enum UnionLCS {
    static func hits(
        reference: TokenizedText, candidate: TokenizedText, vocabulary: Int,
        lcs: inout BitParallelLCS, clipping: inout UnigramClipping, marks: inout [Bool]
    ) -> Int {
        guard reference.unitCount > 0 && candidate.unitCount > 0 else { return 0 }
        clipping.start(reference: reference, candidate: candidate, vocabulary: vocabulary)
        var hits = 0
        for unit in 0..<reference.unitCount {
            let sentence = reference.unit(unit)
            sentence.withUnsafeBufferPointer { lcs.prepare($0, vocabulary: vocabulary) }
            if marks.count < sentence.count { marks = Array(repeating: false, count: sentence.count) }
            for index in 0..<sentence.count { marks[index] = false }
            for other in 0..<candidate.unitCount {
                mark(sentence, candidate.unit(other), lcs: &lcs, marks: &marks)
            }
            for (offset, term) in sentence.enumerated() where marks[offset] && clipping.take(term) {
                hits += 1
            }
        }
        return hits
    }

    /// How many 64-bit words of bit vectors one sentence pair may keep at once (32 MiB). Longer
    /// pairs are traced back in blocks of candidate positions recomputed from checkpoints.
    static let columnBudget = 1 << 22

    /// Marks the positions of `reference` on the traced LCS with `candidate`.
    static func mark(
        _ reference: ArraySlice<Int32>, _ candidate: ArraySlice<Int32>,
        lcs: inout BitParallelLCS, marks: inout [Bool], columnBudget: Int = columnBudget
    ) {
        let m = reference.count, n = candidate.count
        let block = max(2, columnBudget / max(lcs.words, 1) - 1)
        if lcs.words == 1 && n <= block {
            markShort(reference, candidate, lcs: &lcs, marks: &marks)
            return
        }
        candidate.withUnsafeBufferPointer { candidate in
            if n <= block {
                lcs.fillColumns(candidate)
            } else {
                lcs.fillCheckpoints(candidate, every: block)
                lcs.fillColumns(candidate, from: (n - 1) / block * block, through: n)
            }
        }
        var i = m, j = n
        guard lcs.lcs(i, j) > 0 else { return }
        let referenceStart = reference.startIndex, candidateStart = candidate.startIndex
        // The columns kept run from `blockStart` to `j`: a step needs columns j and j - 1.
        var blockStart = n <= block ? 0 : (n - 1) / block * block
        while i > 0 && j > 0 {
            if j == blockStart {
                blockStart -= block
                candidate.withUnsafeBufferPointer { lcs.fillColumns($0, from: blockStart, through: j) }
            }
            if reference[referenceStart + i - 1] == candidate[candidateStart + j - 1] {
                marks[i - 1] = true
                i -= 1
                j -= 1
            } else if lcs.lcs(i, j - 1) > lcs.lcs(i - 1, j) {
                j -= 1
            } else {
                i -= 1
            }
        }
    }

    /// ``mark(_:_:lcs:marks:columnBudget:)`` for a reference sentence of at most 64 terms (one
    /// word per column) and a candidate sentence whose columns all fit: the same trace, without
    /// the blocks.
    private static func markShort(
        _ reference: ArraySlice<Int32>, _ candidate: ArraySlice<Int32>, lcs: inout BitParallelLCS, marks: inout [Bool]
    ) {
        candidate.withUnsafeBufferPointer { candidate in
            lcs.fillColumns(candidate)
            lcs.withSingleWordColumns { columns in
                reference.withUnsafeBufferPointer { reference in
                    marks.withUnsafeMutableBufferPointer { marks in
                        // `current` is LCS(i, j). One step up loses a match exactly when bit
                        // i - 1 of column j is 0, so LCS(i - 1, j) needs no bit count; once
                        // it is 0, no match is left to mark.
                        var i = reference.count, j = candidate.count
                        var current = BitParallelLCS.singleWordLCS(columns[j], i)
                        while current > 0 && i > 0 && j > 0 {
                            if reference[i - 1] == candidate[j - 1] {
                                marks[i - 1] = true
                                i -= 1
                                j -= 1
                                current -= 1
                            } else {
                                let left = BitParallelLCS.singleWordLCS(columns[j - 1], i)
                                let up = current - 1 + Int(truncatingIfNeeded: (columns[j] >> UInt64(i - 1)) & 1)
                                if left > up {
                                    j -= 1
                                    current = left
                                } else {
                                    i -= 1
                                    current = up
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
