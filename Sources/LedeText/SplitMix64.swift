/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, fast, seedable random number generator.
///
/// Everything in Lede that draws random numbers (bootstrap resampling, randomization tests,
/// benchmarks, tests) is seeded, so that the same seed gives the same numbers on every run and
/// every platform.
///
/// ```swift
/// var generator = SplitMix64(seed: 42)
/// let roll = Int.random(in: 1...6, using: &generator)
/// ```
package struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's state; it advances by a fixed odd constant on every draw.
    package var state: UInt64

    /// Creates a generator whose sequence is determined by `seed`.
    @inlinable
    package init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits (inlinable: bootstrap resampling in LedeRouge draws one per item).
    @inlinable
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
