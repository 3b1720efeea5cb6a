/// A hash table from words of at most 8 bytes, packed into a `UInt64`, to `Int32` values.
///
/// Most tokens are that short. Tokens never contain a zero byte, so the zero-padded packing is
/// exact and a packed word is never 0, which marks empty slots. Lookups need no byte
/// comparison, unlike ``ByteStringTable``, which holds the longer words.
struct PackedWordTable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var count = 0

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The packed form of `word` (1 to 8 bytes, none of them zero).
    @inline(__always)
    static func pack(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        for index in 0..<word.count { packed |= UInt64(word[index]) << (8 * UInt64(index)) }
        return packed
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The value stored for `key`, or `nil`.
    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        var index = slot(of: key)
        while true {
            let stored = keys[index]
            if stored == key { return values[index] }
            if stored == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// Stores `value` for `key`, which must not be in the table yet.
    mutating func insert(_ key: UInt64, value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        place(key, value)
        count += 1
    }

    private mutating func place(_ key: UInt64, _ value: Int32) {
        var index = slot(of: key)
        while keys[index] != 0 { index = (index + 1) & mask }
        keys[index] = key
        values[index] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for index in oldKeys.indices where oldKeys[index] != 0 { place(oldKeys[index], oldValues[index]) }
    }
}
