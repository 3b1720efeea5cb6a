/// Precision, recall and F-measure of one ROUGE measure for one candidate.
public struct RougeScore: Sendable, Hashable {
    /// Matched units over candidate units; 0 when the candidate is empty.
    public var precision: Double
    /// Matched units over reference units; 0 when the reference is empty.
    public var recall: Double
    /// The weighted harmonic mean of precision and recall; 0 when either is 0.
    public var fmeasure: Double

    /// Creates a score from its three parts.
    public init(precision: Double, recall: Double, fmeasure: Double) {
        self.precision = precision
        self.recall = recall
        self.fmeasure = fmeasure
    }

    /// Creates a score from precision and recall, F being weighted by `alpha`
    /// (see ``fMeasure(precision:recall:alpha:)``).
    public init(precision: Double, recall: Double, alpha: Double) {
        self.init(precision: precision, recall: recall,
                  fmeasure: RougeScore.fMeasure(precision: precision, recall: recall, alpha: alpha))
    }

    /// All three parts 0.
    public static let zero = RougeScore(precision: 0, recall: 0, fmeasure: 0)

    /// The weighted harmonic mean `1 / (alpha / P + (1 - alpha) / R)`, as ROUGE-1.5.5 defines it
    /// (`-p alpha`): alpha 0.5 weighs both equally (F1), alpha → 1 favours precision, alpha → 0
    /// recall. 0 when precision and recall are both 0, never NaN.
    ///
    /// For alpha 0.5 it is computed as `2PR / (P + R)`, the way `rouge-score` does, so that
    /// values agree to the last bit.
    public static func fMeasure(precision: Double, recall: Double, alpha: Double = 0.5) -> Double {
        if alpha == 0.5 {
            let sum = precision + recall
            return sum > 0 ? 2 * precision * recall / sum : 0
        }
        let denominator = (1 - alpha) * precision + alpha * recall
        return denominator > 0 ? precision * recall / denominator : 0
    }

    /// The alpha that makes ``fMeasure(precision:recall:alpha:)`` van Rijsbergen's F-beta:
    /// `1 / (1 + beta²)`. Beta 1 gives alpha 0.5; beta > 1 favours recall.
    public static func alpha(forBeta beta: Double) -> Double {
        1 / (1 + beta * beta)
    }
}
