/// A hash table from short byte strings (UTF-8 words) to dense integer ids.
///
/// Keys live in one contiguous arena and are found by open addressing on a 64-bit hash, so
/// looking a word up never allocates. Ids are assigned in insertion order from 0.
public struct ByteStringTable: Sendable {
    /// One slot of the open-addressing table.
    private struct Slot {
        var hash: UInt64
        var id: Int32      // -1 when empty
        var length: Int32
    }

    private var arena: [UInt8] = []
    /// Start offset of each key in `arena`; key `i` ends where key `i + 1` starts.
    private var keyStart: [Int32] = [0]
    private var slots: [Slot]
    private var mask: Int

    /// Creates an empty table sized for about `capacity` keys.
    public init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(hash: 0, id: -1, length: 0), count: size)
        mask = size - 1
    }

    /// Creates a table holding `words`, with ids in order.
    public init(_ words: some Collection<String>) {
        self.init(capacity: words.count)
        for word in words {
            var word = word
            word.withUTF8 { _ = insert($0) }
        }
    }

    /// The number of keys.
    public var count: Int { keyStart.count - 1 }

    /// The key with id `id`, as a string.
    public func key(_ id: Int32) -> String {
        withKey(id) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of the key with id `id`.
    public func withKey<R>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = Int(keyStart[Int(id)])
        let end = Int(keyStart[Int(id) + 1])
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The id of `bytes`, or `nil` when the table does not hold it.
    public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let found = find(bytes, hash: Self.hash(bytes))
        return found.id >= 0 ? found.id : nil
    }

    /// The id of `bytes`, inserting it with the next id when absent.
    public mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
        let hash = Self.hash(bytes)
        let found = find(bytes, hash: hash)
        if found.id >= 0 { return (found.id, false) }
        let id = Int32(count)
        arena.append(contentsOf: bytes)
        keyStart.append(Int32(arena.count))
        slots[found.slot] = Slot(hash: hash, id: id, length: Int32(bytes.count))
        if count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The slot holding `bytes` and its id, or the empty slot where it would go and -1.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, id: Int32) {
        slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                keyStart.withUnsafeBufferPointer { keyStart in
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let entry = slots[slot]
                        if entry.id < 0 { return (slot, -1) }
                        if entry.hash == hash && Int(entry.length) == bytes.count
                            && Self.equal(arena, from: Int(keyStart[Int(entry.id)]), bytes) {
                            return (slot, entry.id)
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Whether `length(bytes)` bytes of `arena` from `start` equal `bytes`, compared a word at
    /// a time (overlapping loads cover the tail, so nothing is read outside either buffer).
    private static func equal(_ arena: UnsafeBufferPointer<UInt8>, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count > 0, let keyBase = arena.baseAddress, let base = bytes.baseAddress else { return count == 0 }
        let a = UnsafeRawPointer(keyBase + start), b = UnsafeRawPointer(base)
        if count >= 8 {
            var offset = 0
            while offset + 8 <= count {
                if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                    return false
                }
                offset += 8
            }
            return a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        }
        if count >= 4 {
            return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
                && a.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self) == b.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
        }
        return bytes[0] == arena[start] && bytes[count / 2] == arena[start + count / 2] && bytes[count - 1] == arena[start + count - 1]
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Slot](repeating: Slot(hash: 0, id: -1, length: 0), count: size)
        let newMask = size - 1
        for entry in slots where entry.id >= 0 {
            var target = Int(truncatingIfNeeded: entry.hash) & newMask
            while newSlots[target].id >= 0 { target = (target + 1) & newMask }
            newSlots[target] = entry
        }
        slots = newSlots
        mask = newMask
    }

    /// A 64-bit hash that reads eight bytes at a time (overlapping loads for the tail), then
    /// mixes with a finalizer.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(count &+ 1)
        guard let base = bytes.baseAddress, count > 0 else { return h }
        let raw = UnsafeRawPointer(base)
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 29
                offset += 8
            }
            h ^= raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            let low = UInt64(raw.loadUnaligned(as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            h ^= low | high << 32
        } else {
            h ^= UInt64(bytes[0]) | UInt64(bytes[count / 2]) << 8 | UInt64(bytes[count - 1]) << 16
        }
        h = h &* 0x94D0_49BB_1331_11EB
        h ^= h >> 32
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return h
    }
}
