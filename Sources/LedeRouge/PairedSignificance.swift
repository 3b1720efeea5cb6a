import LedeText

/// A paired significance test between two systems scored on the same items.
///
/// The statistic is the mean difference `a - b` over items; the null hypothesis is that the two
/// systems are interchangeable. Both tests are two-sided and smoothed (`(k + 1) / (n + 1)`), so a
/// p-value is never exactly 0; identical systems give 1.
///
/// - ``Method-swift.enum/approximateRandomization``: each trial swaps the two systems' scores of
///   every item with probability 1/2; p is the share of trials whose |mean difference| reaches
///   the observed one.
/// - ``Method-swift.enum/pairedBootstrap``: each trial resamples items with replacement; p is
///   twice the share of trials whose mean difference falls on the other side of 0 from where most
///   fall (at most 1).
///
/// Every trial has its own random stream derived from `seed`, so results do not depend on the
/// thread count.
///
/// ```swift
/// let test = PairedSignificance.test(systemA.map(\.fmeasure), systemB.map(\.fmeasure))
/// if test.pValue < 0.05 { print("A and B differ: \(test.meanDifference)") }
/// ```
public struct PairedSignificance: Sendable, Hashable {
    /// How the null distribution is simulated.
    public enum Method: String, Sendable, Hashable, CaseIterable {
        /// Random swaps of the paired scores (Noreen's approximate randomization).
        case approximateRandomization = "randomization"
        /// Resampling items with replacement (paired bootstrap, Koehn 2004).
        case pairedBootstrap = "bootstrap"
    }

    /// The method used.
    public var method: Method
    /// The number of paired items.
    public var count: Int
    /// `mean(a) - mean(b)`: positive when the first system scores higher.
    public var meanDifference: Double
    /// The two-sided p-value, in (0, 1].
    public var pValue: Double
    /// How many trials were run.
    public var trials: Int
    /// The seed of the trials.
    public var seed: UInt64

    /// Tests whether `a` and `b`, one value per item for the same items in the same order, differ.
    ///
    /// - Parameters:
    ///   - a: The first system's value per item.
    ///   - b: The second system's value per item, for the same items in the same order.
    ///   - method: Approximate randomization (the default) or the paired bootstrap.
    ///   - trials: At least 1; 10,000 gives p-values to about two digits near 0.05.
    ///   - seed: The seed of the trials: the same seed gives the same p-value.
    ///   - threads: Threads to run trials on (0: one per core); the result does not depend on it.
    ///
    /// - Complexity: O(*n* · *trials*) for *n* items, spread over `threads`.
    public static func test(
        _ a: [Double], _ b: [Double], method: Method = .approximateRandomization, trials: Int = 10_000,
        seed: UInt64 = 0, threads: Int = 1
    ) -> PairedSignificance {
        precondition(a.count == b.count, "the two systems must be scored on the same items")
        precondition(trials >= 1, "at least one trial")
        let differences = zip(a, b).map { $0 - $1 }
        let count = differences.count
        guard count > 0 else {
            return PairedSignificance(method: method, count: 0, meanDifference: 0, pValue: 1, trials: trials, seed: seed)
        }
        let observed = differences.reduce(0, +)
        // Sums differing from the observed one only by rounding count as reaching it.
        let tolerance = 1e-9 * differences.reduce(0) { $0 + abs($1) }
        let sums = ParallelMap.map(count: trials, threads: threads, makeState: { () }) { _, trial in
            var random = RandomSource(seed: seed, stream: UInt64(trial))
            var sum = 0.0
            switch method {
            case .approximateRandomization:
                for difference in differences { sum += random.coin() ? -difference : difference }
            case .pairedBootstrap:
                for _ in 0..<count { sum += differences[random.index(below: count)] }
            }
            return sum
        }
        let pValue: Double
        switch method {
        case .approximateRandomization:
            let reaching = sums.filter { abs($0) >= abs(observed) - tolerance }.count
            pValue = Double(reaching + 1) / Double(trials + 1)
        case .pairedBootstrap:
            let atMostZero = sums.filter { $0 <= tolerance }.count
            let atLeastZero = sums.filter { $0 >= -tolerance }.count
            pValue = min(1, 2 * Double(min(atMostZero, atLeastZero) + 1) / Double(trials + 1))
        }
        return PairedSignificance(
            method: method, count: count, meanDifference: observed / Double(count), pValue: pValue, trials: trials,
            seed: seed)
    }

    /// Tests one part (precision, recall or F) of two systems' per-item scores.
    public static func test(
        _ a: [RougeScore], _ b: [RougeScore], part: KeyPath<RougeScore, Double> = \.fmeasure,
        method: Method = .approximateRandomization, trials: Int = 10_000, seed: UInt64 = 0, threads: Int = 1
    ) -> PairedSignificance {
        test(a.map { $0[keyPath: part] }, b.map { $0[keyPath: part] }, method: method, trials: trials, seed: seed,
             threads: threads)
    }
}
