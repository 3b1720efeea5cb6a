#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A hash table from short byte strings to `Int32` values, for interning tokens.
///
/// Keys are copied into one growing byte arena; slots hold entry indices (open addressing with
/// linear probing, kept at most half full). Lookups hash the key once and compare bytes only on
/// a full 64-bit hash match. Not thread-safe: each worker owns its tables.
struct ByteStringTable {
    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    private var slots: [Int32]
    private var mask: Int

    private struct Entry {
        var hash: UInt64
        var offset: Int32
        var length: Int32
        var value: Int32
    }

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The number of keys.
    var count: Int { entries.count }

    /// The value stored for `key`, or `nil`.
    func value(for key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                while true {
                    let index = slots[slot]
                    if index < 0 { return nil }
                    let entry = entries[Int(index)]
                    if entry.hash == hash && equals(entry, key) { return entry.value }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Stores `value` for `key`, which must not be in the table yet.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Int32) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let entry = Entry(hash: hash, offset: Int32(arena.count), length: Int32(key.count), value: value)
        arena.append(contentsOf: key)
        place(Int32(entries.count), hash: hash)
        entries.append(entry)
    }

    /// The FNV-style 64-bit hash the table expects, over 8-byte words.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        var index = 0
        let count = key.count
        guard let base = key.baseAddress else { return finalize(hash) }
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            hash = (hash ^ word) &* 0x0000_0100_0000_01B3 &+ 0x2545_F491_4F6C_DD1D
            hash ^= hash >> 29
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < count {
            tail |= UInt64(base[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0x0000_0100_0000_01B3 &+ 0x2545_F491_4F6C_DD1D
        return finalize(hash)
    }

    private static func finalize(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }

    private func equals(_ entry: Entry, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(entry.length) == key.count else { return false }
        guard let keyBase = key.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { arena in
            guard let arenaBase = arena.baseAddress else { return false }
            return memcmp(arenaBase + Int(entry.offset), keyBase, key.count) == 0
        }
    }

    private mutating func place(_ index: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for index in entries.indices {
            place(Int32(index), hash: entries[index].hash)
        }
    }
}
