import Foundation

/// ROUGE-1.5.5 rounds every score it keeps with `sprintf("%7.5f")` and reads it back as a
/// number; these helpers do the same.
enum PerlNumberFormat {
    /// `x` rounded to 5 decimals as C's `printf("%.5f")` rounds it.
    static func round5(_ x: Double) -> Double {
        guard x.isFinite else { return 0 }
        return Double(String(format: "%.5f", x)) ?? 0
    }

    /// `x` as the script prints it: `%7.5f`.
    static func format5(_ x: Double) -> String {
        String(format: "%7.5f", x.isFinite ? x : 0)
    }
}
