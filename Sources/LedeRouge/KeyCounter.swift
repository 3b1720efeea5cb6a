/// Counts 64-bit keys (n-grams, skip-bigrams) in an open-addressing table that is emptied in
/// constant time by bumping a generation stamp. Also interns keys as small ids.
struct KeyCounter {
    private var keys: [UInt64]
    private var values: [Int32]
    private var stamps: [UInt32]
    private var generation: UInt32 = 1
    private var mask: Int
    private var used = 0

    init(capacity: Int = 1 << 10) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        stamps = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// Empties the table, making room for at least `expected` keys.
    mutating func reset(expected: Int) {
        used = 0
        if expected * 2 > keys.count {
            var size = keys.count
            while size < expected * 2 { size <<= 1 }
            keys = Array(repeating: 0, count: size)
            values = Array(repeating: 0, count: size)
            stamps = Array(repeating: 0, count: size)
            mask = size - 1
            generation = 1
            return
        }
        generation &+= 1
        if generation == 0 {
            stamps = Array(repeating: 0, count: stamps.count)
            generation = 1
        }
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Self.slot(of: key, mask: mask)
    }

    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Finds the slot of `key`, claiming an empty one (value 0) when absent.
    @inline(__always)
    private mutating func find(_ key: UInt64) -> Int {
        var index = slot(of: key)
        while true {
            if stamps[index] != generation {
                if (used + 1) * 2 > keys.count { grow(); return find(key) }
                stamps[index] = generation
                keys[index] = key
                values[index] = 0
                used += 1
                return index
            }
            if keys[index] == key { return index }
            index = (index + 1) & mask
        }
    }

    /// Clipped matches: empties the table, counts the `referenceCount` keys `reference(0)`,
    /// `reference(1)`, …, then takes one occurrence for each of the `candidateCount` keys
    /// `candidate(k)` that has one left; returns how many did. The table is sized for the
    /// reference keys first, so both loops run over raw buffers, without growing.
    @inline(__always)
    mutating func clippedMatches(
        referenceCount: Int, _ reference: (Int) -> UInt64, candidateCount: Int, _ candidate: (Int) -> UInt64
    ) -> Int {
        reset(expected: referenceCount)
        let generation = self.generation, mask = self.mask
        var hits = 0, distinct = 0
        keys.withUnsafeMutableBufferPointer { keys in
            values.withUnsafeMutableBufferPointer { values in
                stamps.withUnsafeMutableBufferPointer { stamps in
                    for k in 0..<referenceCount {
                        let key = reference(k)
                        var index = Self.slot(of: key, mask: mask)
                        while stamps[index] == generation && keys[index] != key { index = (index + 1) & mask }
                        if stamps[index] != generation {
                            stamps[index] = generation
                            keys[index] = key
                            values[index] = 0
                            distinct += 1
                        }
                        values[index] += 1
                    }
                    for k in 0..<candidateCount {
                        let key = candidate(k)
                        var index = Self.slot(of: key, mask: mask)
                        while stamps[index] == generation {
                            if keys[index] == key {
                                if values[index] > 0 {
                                    values[index] -= 1
                                    hits += 1
                                }
                                break
                            }
                            index = (index + 1) & mask
                        }
                    }
                }
            }
        }
        used = distinct
        return hits
    }

    /// The id of `key`: the next value of `nextID` the first time the key is seen.
    mutating func intern(_ key: UInt64, nextID: inout Int32) -> Int32 {
        let index = find(key)
        if values[index] == 0 {
            nextID += 1
            values[index] = nextID
        }
        return values[index] - 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values, oldStamps = stamps, oldGeneration = generation
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        stamps = Array(repeating: 0, count: size)
        mask = size - 1
        generation = 1
        used = 0
        for index in oldKeys.indices where oldStamps[index] == oldGeneration {
            var slot = self.slot(of: oldKeys[index])
            while stamps[slot] == generation { slot = (slot + 1) & mask }
            stamps[slot] = generation
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
            used += 1
        }
    }
}
