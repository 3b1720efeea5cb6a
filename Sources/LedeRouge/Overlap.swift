import Foundation

/// What one measure counts between a candidate and one reference, before division.
///
/// For ROUGE-W the totals are already raised to the weight (as ROUGE-1.5.5 sums them) and the
/// scores are the weight-th root of the ratios.
struct Overlap {
    /// Matched units (for ROUGE-W, the summed weights of the matched runs).
    var hits: Double
    /// The candidate's units: the precision denominator.
    var candidateTotal: Double
    /// The reference's units: the recall denominator.
    var referenceTotal: Double
    /// The recall ROUGE-1.5.5's `-f B` compares between references.
    var selectionRecall: Double

    static let zero = Overlap(hits: 0, candidateTotal: 0, referenceTotal: 0, selectionRecall: 0)

    /// Sums two overlaps (ROUGE-1.5.5's `-f A` pooling).
    static func + (lhs: Overlap, rhs: Overlap) -> Overlap {
        Overlap(
            hits: lhs.hits + rhs.hits, candidateTotal: lhs.candidateTotal + rhs.candidateTotal,
            referenceTotal: lhs.referenceTotal + rhs.referenceTotal, selectionRecall: 0)
    }

    /// Precision, recall and F. `rootOf` is the ROUGE-W weight, or nil.
    func score(alpha: Double, rootOf weight: Double?) -> RougeScore {
        func ratio(_ total: Double) -> Double {
            guard total > 0 else { return 0 }
            let value = hits / total
            if let weight { return pow(value, 1 / weight) }
            return value
        }
        let precision = ratio(candidateTotal)
        let recall = ratio(referenceTotal)
        return RougeScore(precision: precision, recall: recall, alpha: alpha)
    }
}
