/// A hash table from short byte strings (UTF-8 words) to dense integer ids.
///
/// Ids are assigned in insertion order from 0. Keys of up to 16 bytes (nearly every word) are
/// packed into two machine words stored in the slot itself, so finding one costs a hash of two
/// words and a comparison of two words; longer keys are also kept in one contiguous arena and
/// compared there. Looking a word up never allocates.
///
/// Shared by our modules only, yet `public` (hidden from the documentation) rather than
/// `package`: the table is in the inner loop of ROUGE's and the summarizer's tokenization, in
/// other modules, and Swift 6.3 optimizes calls to a `package` type across modules less well.
/// With `package` access, even `@inlinable`, `lede rouge` took 5 to 8% more CPU time than with
/// `public` (the same pairs as `Eval/rouge/benchmark.py`, old and new binaries alternated); with
/// `public` and the lookup path `@inlinable` it is as fast as before or faster.
@_documentation(visibility: internal)
public struct ByteStringTable: Sendable {
    /// One slot of the open-addressing table.
    @usableFromInline
    struct Slot: Sendable {
        /// The key's first 8 bytes, zero-padded.
        @usableFromInline var low: UInt64
        /// Bytes 8 to 15 for keys of up to 16 bytes, zero-padded; the hash for longer keys.
        @usableFromInline var high: UInt64
        /// The key's id, or -1 for an empty slot.
        @usableFromInline var id: Int32
        @usableFromInline var length: Int32

        @usableFromInline
        init(low: UInt64, high: UInt64, id: Int32, length: Int32) {
            self.low = low
            self.high = high
            self.id = id
            self.length = length
        }

        static let empty = Slot(low: 0, high: 0, id: -1, length: 0)
    }

    @usableFromInline var arena: [UInt8] = []
    /// Start offset of each key in `arena`; key `i` ends where key `i + 1` starts.
    @usableFromInline var keyStart: [Int32] = [0]
    @usableFromInline var slots: [Slot]
    @usableFromInline var mask: Int

    /// Creates an empty table sized for about `capacity` keys.
    public init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: .empty, count: size)
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
    @inlinable
    public var count: Int { keyStart.count - 1 }

    /// The key with id `id`, as a string.
    public func key(_ id: Int32) -> String {
        withKey(id) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of the key with id `id`.
    func withKey<R>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = Int(keyStart[Int(id)])
        let end = Int(keyStart[Int(id) + 1])
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The id of `bytes`, or `nil` when the table does not hold it.
    @inlinable @inline(__always)
    public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let key = Key(bytes)
        let found = find(key, bytes)
        return found.id >= 0 ? found.id : nil
    }

    /// The id of `bytes`, inserting it with the next id when absent.
    @inlinable
    public mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
        let key = Key(bytes)
        let found = find(key, bytes)
        if found.id >= 0 { return (found.id, false) }
        let id = Int32(count)
        arena.append(contentsOf: bytes)
        keyStart.append(Int32(arena.count))
        slots[found.slot] = Slot(low: key.low, high: key.high, id: id, length: Int32(bytes.count))
        if count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The slot holding the key and its id, or the empty slot where it would go and -1.
    @inlinable @inline(__always)
    func find(_ key: Key, _ bytes: UnsafeBufferPointer<UInt8>) -> (slot: Int, id: Int32) {
        let length = Int32(bytes.count)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while true {
                let entry = slots[slot]
                if entry.id < 0 { return (slot, -1) }
                if entry.low == key.low && entry.high == key.high && entry.length == length
                    && (length <= 16 || equalsLongKey(entry.id, bytes)) {
                    return (slot, entry.id)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @usableFromInline
    func equalsLongKey(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStart[Int(id)])
        return arena.withUnsafeBufferPointer { arena in
            for k in 0..<bytes.count where arena[start + k] != bytes[k] { return false }
            return true
        }
    }

    @usableFromInline
    mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Slot](repeating: .empty, count: size)
        let newMask = size - 1
        for entry in slots where entry.id >= 0 {
            let hash = entry.length <= 16 ? Key.mix(entry.low, entry.high, Int(entry.length)) : entry.high
            var target = Int(truncatingIfNeeded: hash) & newMask
            while newSlots[target].id >= 0 { target = (target + 1) & newMask }
            newSlots[target] = entry
        }
        slots = newSlots
        mask = newMask
    }

    /// A key as the table compares it: two packed words and a hash.
    @usableFromInline
    struct Key {
        @usableFromInline var low: UInt64
        @usableFromInline var high: UInt64
        @usableFromInline var hash: UInt64

        @inlinable @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            let count = bytes.count
            guard let base = bytes.baseAddress, count > 0 else {
                low = 0
                high = 0
                hash = Self.mix(0, 0, 0)
                return
            }
            let raw = UnsafeRawPointer(base)
            // Loads never reach outside the buffer: short tails come from overlapping loads
            // shifted into place. (The branches are ``pack(_:count:)``'s, kept inline: one
            // comparison fewer for the short keys of this hot path.)
            if count >= 8 {
                low = raw.loadUnaligned(as: UInt64.self)
                if count > 16 {
                    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(count)
                    var offset = 0
                    while offset + 8 < count {
                        h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                        h ^= h >> 29
                        offset += 8
                    }
                    h ^= raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                    hash = Self.finalize(h)
                    high = hash
                    return
                }
                high = count > 8 ? raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) >> UInt64(8 * (16 - count)) : 0
            } else {
                (low, high) = Self.pack(raw, count: count)
            }
            hash = Self.mix(low, high, count)
        }

        /// The `count` bytes (1 to 16) at `raw` as two little-endian words, zero-padded: bytes
        /// 0–7 and 8–15. Loads never reach outside the bytes: short tails come from
        /// overlapping loads shifted into place.
        @inlinable @inline(__always)
        static func pack(_ raw: UnsafeRawPointer, count: Int) -> (low: UInt64, high: UInt64) {
            if count >= 8 {
                let low = raw.loadUnaligned(as: UInt64.self)
                return (low, count > 8 ? raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) >> UInt64(8 * (16 - count)) : 0)
            }
            if count >= 4 {
                let first = UInt64(raw.loadUnaligned(as: UInt32.self))
                let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
                return (first | (last >> UInt64(8 * (8 - count))) << 32, 0)
            }
            var value: UInt64 = 0
            for k in 0..<count { value |= UInt64(raw.load(fromByteOffset: k, as: UInt8.self)) << UInt64(8 * k) }
            return (value, 0)
        }

        @inlinable
        static func mix(_ low: UInt64, _ high: UInt64, _ count: Int) -> UInt64 {
            var h = (low ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
            h ^= (high &+ UInt64(count)) &* 0x94D0_49BB_1331_11EB
            return finalize(h)
        }

        @inlinable
        static func finalize(_ value: UInt64) -> UInt64 {
            var h = value
            h ^= h >> 32
            h = h &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 33
            return h
        }
    }
}
