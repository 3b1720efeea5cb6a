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
}
