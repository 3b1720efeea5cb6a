/// Perl's `rand` after `srand(seed)`: the 48-bit linear congruential generator of `drand48`,
/// seeded as Perl seeds it.
struct PerlRandom {
    private var state: UInt64

    init(seed: UInt32) {
        state = (UInt64(seed) << 16) | 0x330E
    }

    /// The next number in [0, 1).
    mutating func next() -> Double {
        state = (0x5_DEEC_E66D &* state &+ 0xB) & 0xFFFF_FFFF_FFFF
        return Double(state) / 281_474_976_710_656
    }
}
