/// Longest common subsequence by bit-parallel dynamic programming (Allison–Dix, Hyyrö).
///
/// The first sequence `a` (length m) is encoded once as one bit mask per distinct term. Each
/// term of the second sequence `b` then updates an m-bit vector `V` in O(m / 64) word
/// operations: `V' = (V + (V & M)) | (V & ~M)`. After `j` terms of `b`, the zero bits among the
/// low `i` bits of `V` count LCS(a[..<i], b[..<j]), so the full DP table can be read back from
/// the stored vectors, which is what the union-LCS backtracking needs.
struct BitParallelLCS {
    private var slots = TermTable(defaultValue: -1)
    private var masks: [UInt64] = []
    /// V after `columnOffset`, `columnOffset + 1`, … terms of `b`, `words` words each (kept by
    /// ``fillColumns(_:from:through:)``).
    private var columns: [UInt64] = []
    private var columnOffset = 0
    /// V after `checkpointSpacing`, 2 `checkpointSpacing`, … terms (``fillCheckpoints(_:every:)``).
    private var checkpoints: [UInt64] = []
    private var checkpointSpacing = 1
    private(set) var words = 0
    private(set) var rowCount = 0

    /// Encodes `a`; term ids must be below `vocabulary`.
    mutating func prepare(_ a: UnsafeBufferPointer<Int32>, vocabulary: Int) {
        rowCount = a.count
        words = (a.count + 63) / 64
        slots.reset(vocabulary: vocabulary)
        let distinct = slots.numberDistinct(a)
        let needed = distinct * words
        if masks.count < needed { masks = Array(repeating: 0, count: needed) }
        masks.withUnsafeMutableBufferPointer { masks in
            for index in 0..<needed { masks[index] = 0 }
            for (position, term) in a.enumerated() {
                let slot = Int(slots.value(of: term))
                masks[slot * words + position / 64] |= 1 << UInt64(position % 64)
            }
        }
    }

    /// LCS(a, b) for the prepared `a`.
    func length(_ b: UnsafeBufferPointer<Int32>) -> Int {
        guard rowCount > 0 && !b.isEmpty else { return 0 }
        if words == 1 {
            var v: UInt64 = ~0
            masks.withUnsafeBufferPointer { masks in
                for term in b {
                    let slot = slots.value(of: term)
                    guard slot >= 0 else { continue }
                    let u = v & masks[Int(slot)]
                    v = (v &+ u) | (v & ~u)
                }
            }
            return rowCount - (v & Self.lowBits(rowCount)).nonzeroBitCount
        }
        var v = [UInt64](repeating: ~0, count: words)
        v.withUnsafeMutableBufferPointer { v in
            masks.withUnsafeBufferPointer { masks in
                for term in b {
                    let slot = slots.value(of: term)
                    guard slot >= 0 else { continue }
                    Self.advance(v, masks: masks, slot: Int(slot), words: words)
                }
            }
        }
        return rowCount - Self.onesBelow(rowCount, in: v)
    }

    /// Computes and keeps V after `start`, `start + 1`, …, `end` terms of `b`, for
    /// ``lcs(_:_:)`` with `start <= j <= end`. `start` must be 0 or a multiple of the spacing
    /// of the checkpoints kept by ``fillCheckpoints(_:every:)``.
    mutating func fillColumns(_ b: UnsafeBufferPointer<Int32>, from start: Int = 0, through end: Int? = nil) {
        let end = end ?? b.count
        columnOffset = start
        let needed = (end - start + 1) * words
        if columns.count < needed { columns = Array(repeating: 0, count: needed) }
        let words = self.words
        let slots = self.slots
        if words == 1 && start == 0 {
            // One word per column (a sentence of up to 64 terms): the common case, kept in a register.
            masks.withUnsafeBufferPointer { masks in
                columns.withUnsafeMutableBufferPointer { columns in
                    var v: UInt64 = ~0
                    columns[0] = v
                    for column in 0..<end {
                        let slot = slots.value(of: b[column])
                        if slot >= 0 {
                            let u = v & masks[Int(slot)]
                            v = (v &+ u) | (v & ~u)
                        }
                        columns[column + 1] = v
                    }
                }
            }
            return
        }
        let first = start == 0 ? nil : checkpoints[(start / checkpointSpacing - 1) * words..<(start / checkpointSpacing) * words]
        masks.withUnsafeBufferPointer { masks in
            columns.withUnsafeMutableBufferPointer { columns in
                for k in 0..<words { columns[k] = first.map { $0[$0.startIndex + k] } ?? ~0 }
                for column in 0..<(end - start) {
                    let previous = column * words, next = previous + words
                    for k in 0..<words { columns[next + k] = columns[previous + k] }
                    let slot = slots.value(of: b[start + column])
                    guard slot >= 0 else { continue }
                    Self.advance(
                        UnsafeMutableBufferPointer(rebasing: columns[next..<(next + words)]), masks: masks,
                        slot: Int(slot), words: words)
                }
            }
        }
    }

    /// Runs through `b` keeping V only after every `spacing` terms (spacing, 2 spacing, …), so
    /// that ``fillColumns(_:from:through:)`` can start from there: a long `b` is then traced back
    /// block by block in bounded memory.
    mutating func fillCheckpoints(_ b: UnsafeBufferPointer<Int32>, every spacing: Int) {
        checkpointSpacing = spacing
        checkpoints.removeAll(keepingCapacity: true)
        var v = [UInt64](repeating: ~0, count: words)
        let words = self.words
        masks.withUnsafeBufferPointer { masks in
            v.withUnsafeMutableBufferPointer { v in
                for (index, term) in b.enumerated() {
                    let slot = slots.value(of: term)
                    if slot >= 0 { Self.advance(v, masks: masks, slot: Int(slot), words: words) }
                    if (index + 1) % spacing == 0 { checkpoints.append(contentsOf: v) }
                }
            }
        }
    }

    /// LCS(a[..<i], b[..<j]), from the vectors kept by ``fillColumns(_:from:through:)``.
    @inline(__always)
    func lcs(_ i: Int, _ j: Int) -> Int {
        columns.withUnsafeBufferPointer { columns in
            let index = j - columnOffset
            let column = UnsafeBufferPointer(rebasing: columns[(index * words)..<((index + 1) * words)])
            return i - Self.onesBelow(i, in: column)
        }
    }

    /// Calls `body` with the vectors kept by ``fillColumns(_:from:through:)`` when `a` fits in
    /// one word and the columns start at 0: element `j` is V after `j` terms of `b`, and
    /// LCS(a[..<i], b[..<j]) is ``singleWordLCS(_:_:)`` of it and `i`.
    @inline(__always)
    func withSingleWordColumns<Result>(_ body: (UnsafeBufferPointer<UInt64>) -> Result) -> Result {
        precondition(words == 1 && columnOffset == 0)
        return columns.withUnsafeBufferPointer(body)
    }

    /// LCS(a[..<i], b[..<j]) from V after `j` terms of `b`, for `a` of at most 64 terms.
    @inline(__always)
    static func singleWordLCS(_ column: UInt64, _ i: Int) -> Int {
        i - (column & lowBits(i)).nonzeroBitCount
    }

    // MARK: - Bits

    @inline(__always)
    private static func advance(
        _ v: UnsafeMutableBufferPointer<UInt64>, masks: UnsafeBufferPointer<UInt64>, slot: Int, words: Int
    ) {
        var carry = false
        let base = slot * words
        for k in 0..<words {
            let x = v[k]
            let u = x & masks[base + k]
            let (partial, overflow1) = x.addingReportingOverflow(u)
            let (sum, overflow2) = partial.addingReportingOverflow(carry ? 1 : 0)
            carry = overflow1 || overflow2
            v[k] = sum | (x & ~u)
        }
    }

    @inline(__always)
    private static func lowBits(_ count: Int) -> UInt64 {
        count >= 64 ? ~0 : (1 << UInt64(count)) &- 1
    }

    private static func onesBelow(_ count: Int, in v: some Collection<UInt64>) -> Int {
        var remaining = count
        var ones = 0
        for word in v {
            if remaining <= 0 { break }
            ones += (word & Self.lowBits(remaining)).nonzeroBitCount
            remaining -= 64
        }
        return ones
    }
}
