import ArgumentParser

/// Range checks of numeric options, with one message shape: the option, what is allowed, and
/// the value given (`--sentences must be at least 1 (got -1)`).
enum OptionRange {
    /// Throws unless `value` (when given) is at least `low` and, when `high` is given, at most `high`.
    static func check<Value: Comparable>(_ option: String, _ value: Value?, atLeast low: Value, atMost high: Value? = nil) throws {
        guard let value else { return }
        if let high {
            guard value >= low && value <= high else {
                throw ValidationError("\(option) must be between \(low) and \(high) (got \(value))")
            }
        } else {
            guard value >= low else { throw ValidationError("\(option) must be at least \(low) (got \(value))") }
        }
    }

    /// Throws unless `value` (when given) lies strictly between `low` and `high`.
    static func check(_ option: String, _ value: Double?, above low: Double, below high: Double) throws {
        guard let value else { return }
        guard value > low && value < high else {
            throw ValidationError("\(option) must be greater than \(low) and less than \(high) (got \(value))")
        }
    }

    /// The largest number of bootstrap resamples: enough for any interval, and memory for
    /// them stays small (an array of this many means per measure).
    static let maximumResamples = 1_000_000
    /// The largest number of significance-test trials.
    static let maximumTrials = 100_000_000
}
