/// ROUGE-1.5.5's own way of printing and averaging scores, for reproducing its output exactly.
///
/// Lede computes scores without rounding. ROUGE-1.5.5 rounds each item's recall and precision
/// to 5 decimals, computes F from the rounded values and rounds it too (its `-d` output), and
/// reports as "Average" not the mean over items but the mean of 1,000 bootstrap means, each
/// resample seeded with its index through Perl's `srand`/`rand` (48-bit `drand48`), with a
/// percentile interval interpolated between resamples. These functions reproduce both, so that
/// numbers compare equal as strings with the script's.
public enum PerlCompatibility {
    /// The per-item score as ROUGE-1.5.5 prints it with `-d`: recall and precision rounded to 5
    /// decimals (as `printf("%.5f")` rounds), F computed from those and rounded.
    public static func rounded(_ score: RougeScore, alpha: Double = 0.5) -> RougeScore {
        let recall = PerlNumberFormat.round5(score.recall)
        let precision = PerlNumberFormat.round5(score.precision)
        let denominator = (1 - alpha) * precision + alpha * recall
        let fmeasure = denominator > 0 ? PerlNumberFormat.round5(precision * recall / denominator) : 0
        return RougeScore(precision: precision, recall: recall, fmeasure: fmeasure)
    }

    /// A number formatted as ROUGE-1.5.5 prints it (`%7.5f`, e.g. `0.41234`).
    public static func format(_ value: Double) -> String {
        PerlNumberFormat.format5(value)
    }

    /// ROUGE-1.5.5's reported averages of one measure over items: the mean of the bootstrap
    /// means and the percentile interval, each rounded to 5 decimals.
    ///
    /// Perl's `srand`/`rand` are reproduced exactly, so the result equals the script's output
    /// when the items and keys are the same.
    ///
    /// - Parameters:
    ///   - scores: Per-item scores, unrounded (they are rounded as the script rounds them).
    ///   - keys: One key per item, `"<eval id>.<system id>"` as in the script's configuration; the
    ///     script orders items by these keys (as byte strings) before resampling.
    ///   - alpha: The F weight, for rounding F as the script does.
    ///   - resamples: The script's `-r` (default 1000).
    ///   - confidence: The script's `-c`, in percent (default 95).
    public static func averages(
        of scores: [RougeScore], keys: [String], alpha: Double = 0.5, resamples: Int = 1000, confidence: Double = 95
    ) -> Average {
        precondition(scores.count == keys.count, "one key per score")
        let order = keys.indices.sorted { Array(keys[$0].utf8).lexicographicallyPrecedes(Array(keys[$1].utf8)) }
        let items = order.map { rounded(scores[$0], alpha: alpha) }
        let count = items.count
        var means: [[Double]] = [[], [], []]  // recall, precision, F
        for seed in 0..<max(resamples, 1) {
            var random = PerlRandom(seed: UInt32(truncatingIfNeeded: seed))
            var sums = [0.0, 0.0, 0.0]
            for _ in 0..<count {
                let item = items[Int(Double(count) * random.next())]
                sums[0] += item.recall
                sums[1] += item.precision
                sums[2] += item.fmeasure
            }
            for part in 0..<3 { means[part].append(count > 0 ? sums[part] / Double(count) : 0) }
        }
        let resampleCount = Double(max(resamples, 1))
        let delta = resampleCount * ((100 - confidence) / 2) / 100
        let upperIndex = Int(resampleCount - delta - 1)
        let lowerIndex = Int(delta)
        let ratio = resampleCount - delta - 1 - Double(upperIndex)
        var average = [0.0, 0.0, 0.0], low = [0.0, 0.0, 0.0], high = [0.0, 0.0, 0.0]
        for part in 0..<3 {
            let sorted = means[part].sorted()
            average[part] = PerlNumberFormat.round5(sorted.reduce(0, +) / resampleCount)
            low[part] = PerlNumberFormat.round5(interpolate(sorted, lowerIndex, ratio))
            high[part] = PerlNumberFormat.round5(interpolate(sorted, upperIndex, ratio))
        }
        func score(_ parts: [Double]) -> RougeScore {
            RougeScore(precision: parts[1], recall: parts[0], fmeasure: parts[2])
        }
        return Average(average: score(average), low: score(low), high: score(high))
    }

    /// ROUGE-1.5.5's `Average_R/P/F` line: the resampled average and its interval bounds.
    public struct Average: Sendable, Hashable {
        /// The mean of the bootstrap means, rounded to 5 decimals.
        public var average: RougeScore
        /// The lower bound of the script's confidence interval, rounded to 5 decimals.
        public var low: RougeScore
        /// The upper bound, rounded to 5 decimals.
        public var high: RougeScore
    }

    /// `sorted[index] + (sorted[index + 1] - sorted[index]) * ratio`, with Perl's undefined
    /// (0) past the end.
    private static func interpolate(_ sorted: [Double], _ index: Int, _ ratio: Double) -> Double {
        func at(_ position: Int) -> Double { sorted.indices.contains(position) ? sorted[position] : 0 }
        return at(index) + (at(index + 1) - at(index)) * ratio
    }
}
