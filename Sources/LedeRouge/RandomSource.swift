import LedeText

/// A small, fast, seedable random number generator: xoshiro256** seeded through SplitMix64.
///
/// Lede's statistics use it instead of the system generator so that results are reproducible
/// from a seed on every platform. Streams for independent pieces of work (one per bootstrap
/// resample) are derived from the seed and the piece's index, so results do not depend on how
/// the work is split between threads.
struct RandomSource: RandomNumberGenerator {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A generator for stream `stream` of `seed`.
    init(seed: UInt64, stream: UInt64 = 0) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniform integer in `0..<bound` (Lemire's method, unbiased).
    mutating func index(below bound: Int) -> Int {
        precondition(bound > 0)
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// A fair coin.
    mutating func coin() -> Bool {
        next() >> 63 == 1
    }
}
