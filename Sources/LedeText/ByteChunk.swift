/// Sixteen bytes of text compared at once, so that scans can skip quickly to the few bytes
/// that need a closer look.
///
/// Each comparison is one or two vector instructions (`pcmpeqb`, `pcmpgtb` and `por` on x86-64,
/// their NEON counterparts on ARM), and ``LaneBits`` turns the resulting mask into ordinary
/// integers: far cheaper than classifying the sixteen bytes one by one.
struct ByteChunk {
    /// The number of bytes in a chunk.
    static let width = 16

    typealias Mask = SIMDMask<SIMD16<Int8>>

    private let lanes: SIMD16<UInt8>

    /// The sixteen bytes at `offset` from `base`, which must all be readable.
    @inline(__always)
    init(_ base: UnsafeRawPointer, at offset: Int) {
        lanes = base.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
    }

    /// The `count` bytes (at most sixteen) at `offset` from `base`, zero-padded to sixteen:
    /// the last piece of a text, read without reaching past its end.
    @inline(__always)
    init(_ base: UnsafeRawPointer, at offset: Int, count: Int) {
        let (low, high) = ByteStringTable.Key.pack(base + offset, count: count)
        lanes = unsafeBitCast(SIMD2(low, high), to: SIMD16<UInt8>.self)
    }

    /// Sixteen copies of `byte`.
    @inline(__always)
    init(repeating byte: UInt8) {
        lanes = SIMD16(repeating: byte)
    }

    /// The sixteen bytes with ASCII capitals lower-cased (other bytes unchanged), as two
    /// little-endian words: bytes 0–7 and 8–15.
    @inline(__always)
    var asciiLowercasedWords: (low: UInt64, high: UInt64) {
        let capitals = unsafeBitCast(lanes(in: 0x41...0x5A), to: SIMD16<UInt8>.self)
        let words = unsafeBitCast(lanes | (capitals & SIMD16(repeating: 0x20)), to: SIMD2<UInt64>.self)
        return (words[0], words[1])
    }

    /// Counts the set lanes of `mask` into `counters`, one byte-sized counter a lane.
    @inline(__always)
    static func count(_ mask: Mask, into counters: inout SIMD16<UInt8>) {
        // A set lane is 0xFF, that is -1: subtracting it counts one.
        counters &-= unsafeBitCast(mask, to: SIMD16<UInt8>.self)
    }

    /// The sum of `counters`, each at most 31.
    @inline(__always)
    static func sum(_ counters: SIMD16<UInt8>) -> Int {
        // Multiplying by 0x0101…01 adds all eight bytes of a word into its top byte, which
        // cannot overflow: eight counters of at most 31 make at most 248.
        let words = unsafeBitCast(counters, to: SIMD2<UInt64>.self)
        return Int((words[0] &* 0x0101_0101_0101_0101) >> 56) + Int((words[1] &* 0x0101_0101_0101_0101) >> 56)
    }

    /// Whether no lane of `mask` is set: one test of both halves, cheaper than ``LaneBits``.
    @inline(__always)
    static func isEmpty(_ mask: Mask) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return words[0] | words[1] == 0
    }

    /// The lanes that hold `byte`.
    @inline(__always)
    func lanes(equalTo byte: UInt8) -> Mask {
        lanes .== SIMD16(repeating: byte)
    }

    /// The lanes that hold `byte` once the bits of `ignoredBits` are set: with `byte` 0xE2 and
    /// `ignoredBits` 0x20, both 0xC2 and 0xE2.
    @inline(__always)
    func lanes(equalTo byte: UInt8, ignoring ignoredBits: UInt8) -> Mask {
        (lanes | SIMD16(repeating: ignoredBits)) .== SIMD16(repeating: byte)
    }

    /// The lanes whose byte lies in `range` once the bits of `ignoredBits` are set; `range`
    /// must not hold all 256 values.
    ///
    /// SSE2 compares bytes only as signed numbers, so the range is first shifted to start at
    /// -128: `byte - lowerBound + 128`, read as signed, is below `count - 128` exactly when
    /// `byte` lies in the range.
    @inline(__always)
    func lanes(in range: ClosedRange<UInt8>, ignoring ignoredBits: UInt8 = 0) -> Mask {
        let shifted = (lanes | SIMD16(repeating: ignoredBits)) &+ SIMD16(repeating: 0x80 &- range.lowerBound)
        let limit = Int8(truncatingIfNeeded: Int(range.upperBound - range.lowerBound) + 1 - 128)
        return unsafeBitCast(shifted, to: SIMD16<Int8>.self) .< SIMD16(repeating: limit)
    }
}

/// The matching lanes of a ``ByteChunk/Mask``, one bit per lane, read from the lowest lane up.
struct LaneBits: Sequence, IteratorProtocol {
    /// The high bit of each byte of lanes 0–7 and 8–15 (the mask's lanes are 0 or 0xFF).
    private var low: UInt64
    private var high: UInt64

    @inline(__always)
    init(_ mask: ByteChunk.Mask) {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        low = words[0] & 0x8080_8080_8080_8080
        high = words[1] & 0x8080_8080_8080_8080
    }

    /// The first matching lane, or `nil`.
    var first: Int? {
        @inline(__always) get {
            if low != 0 { return low.trailingZeroBitCount >> 3 }
            if high != 0 { return 8 + high.trailingZeroBitCount >> 3 }
            return nil
        }
    }

    /// The next matching lane, removing it.
    @inline(__always)
    mutating func next() -> Int? {
        if low != 0 {
            let lane = low.trailingZeroBitCount >> 3
            low &= low &- 1
            return lane
        }
        if high != 0 {
            let lane = 8 + high.trailingZeroBitCount >> 3
            high &= high &- 1
            return lane
        }
        return nil
    }
}
