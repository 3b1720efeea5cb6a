/// The `name:key=value,key=value` form of every textual specification: algorithms and
/// configurations (`lede --algorithm`), and evaluation systems (`lede eval --systems`).
///
/// The name is read case-insensitively; each value is a finite number or `none`, and a key given
/// twice is an error. Readers take the keys they know (``take(_:default:)`` and its kin) and call
/// ``finish()``, which rejects any key left.
package struct SpecificationOptions {
    /// The lower-cased name before the colon.
    package let name: String
    /// Values by lower-cased key; `nil` for `none`.
    private var options: [String: Double?] = [:]

    package init(parsing text: String) throws(Summarizer.Algorithm.ParseError) {
        let parts = text.split(separator: ":", maxSplits: 1)
        name = parts.first.map { $0.lowercased() } ?? ""
        guard parts.count == 2 else { return }
        for item in parts[1].split(separator: ",") {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { throw .init("expected key=value, got '\(item)'") }
            let key = pair[0].lowercased()
            guard options[key] == nil else { throw .init("'\(key)' is given more than once") }
            if pair[1] == "none" {
                options[key] = .some(nil)
            } else if let value = Double(pair[1]), value.isFinite {
                options[key] = .some(value)
            } else {
                throw .init("'\(pair[1])' is not a number for '\(key)'")
            }
        }
    }

    /// The number given for `key`, or `value` when it was not given; `none` is an error.
    mutating func take(_ key: String, default value: Double) throws(Summarizer.Algorithm.ParseError) -> Double {
        guard let option = options.removeValue(forKey: key) else { return value }
        guard let number = option else { throw .init("'\(key)' needs a number") }
        return number
    }

    /// The number given for `key`, which must lie in `range`, or `value` when it was not given;
    /// `none` is an error.
    mutating func take(_ key: String, default value: Double, in range: ClosedRange<Double>) throws(Summarizer.Algorithm.ParseError) -> Double {
        let number = try take(key, default: value)
        try Self.check(key, number, in: range)
        return number
    }

    /// The number (in `range`) or `none` given for `key`, or `value` when it was not given.
    mutating func takeOptional(_ key: String, default value: Double?, in range: ClosedRange<Double>) throws(Summarizer.Algorithm.ParseError) -> Double? {
        let number = takeOptional(key, default: value)
        if let number { try Self.check(key, number, in: range) }
        return number
    }

    private static func check(_ key: String, _ number: Double, in range: ClosedRange<Double>) throws(Summarizer.Algorithm.ParseError) {
        guard range.contains(number) else {
            throw .init("'\(key)' must be between \(format(range.lowerBound)) and \(format(range.upperBound)) (got \(format(number)))")
        }
    }

    private static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    /// The number or `none` given for `key`, or `value` when it was not given.
    mutating func takeOptional(_ key: String, default value: Double?) -> Double? {
        guard let option = options.removeValue(forKey: key) else { return value }
        return option
    }

    /// The whole number of at least 1 given for `key`, `nil` for `none`, or `value` when it was
    /// not given.
    mutating func takeCount(_ key: String, default value: Int?) throws(Summarizer.Algorithm.ParseError) -> Int? {
        guard let option = options.removeValue(forKey: key) else { return value }
        guard let number = option else { return nil }
        guard number >= 1, number <= 1_000_000, number == number.rounded() else {
            throw .init("'\(key)' needs a whole number of at least 1, got \(number)")
        }
        return Int(number)
    }

    /// Throws when a key was given that no one took.
    package func finish() throws(Summarizer.Algorithm.ParseError) {
        if let unknown = options.keys.sorted().first {
            throw .init("'\(name)' has no option '\(unknown)'")
        }
    }
}
