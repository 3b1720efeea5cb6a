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
    /// V after 0, 1, …, n terms of `b`, `words` words each (only after ``fillColumns(_:)``).
    private var columns: [UInt64] = []
    private(set) var words = 0
    private(set) var rowCount = 0
    private(set) var columnCount = 0

    /// Encodes `a`; term ids must be below `vocabulary`.
    mutating func prepare(_ a: UnsafeBufferPointer<Int32>, vocabulary: Int) {
        rowCount = a.count
        words = (a.count + 63) / 64
        slots.reset(vocabulary: vocabulary)
        var distinct = 0
        for term in a where slots.value(of: term) < 0 {
            slots.set(term, Int32(distinct))
            distinct += 1
        }
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

    /// Computes and keeps V for every prefix of `b`, for ``lcs(_:_:)``.
    mutating func fillColumns(_ b: UnsafeBufferPointer<Int32>) {
        columnCount = b.count
        let needed = (b.count + 1) * words
        if columns.count < needed { columns = Array(repeating: 0, count: needed) }
        let words = self.words
        let slots = self.slots
        masks.withUnsafeBufferPointer { masks in
            columns.withUnsafeMutableBufferPointer { columns in
                for k in 0..<words { columns[k] = ~0 }
                for (index, term) in b.enumerated() {
                    let previous = index * words, next = previous + words
                    for k in 0..<words { columns[next + k] = columns[previous + k] }
                    let slot = slots.value(of: term)
                    guard slot >= 0 else { continue }
                    Self.advance(
                        UnsafeMutableBufferPointer(rebasing: columns[next..<(next + words)]), masks: masks,
                        slot: Int(slot), words: words)
                }
            }
        }
    }

    /// LCS(a[..<i], b[..<j]), from the vectors kept by ``fillColumns(_:)``.
    @inline(__always)
    func lcs(_ i: Int, _ j: Int) -> Int {
        columns.withUnsafeBufferPointer { columns in
            let column = UnsafeBufferPointer(rebasing: columns[(j * words)..<((j + 1) * words)])
            return i - Self.onesBelow(i, in: column)
        }
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
