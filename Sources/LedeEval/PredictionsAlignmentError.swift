/// Predictions and dataset do not cover the same items.
public struct PredictionsAlignmentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Dataset ids that have no prediction.
    public var missingPredictions: [String]
    /// Prediction ids that are not in the dataset.
    public var unknownPredictions: [String]

    /// Creates the error from the two lists of ids.
    public init(missingPredictions: [String], unknownPredictions: [String]) {
        self.missingPredictions = missingPredictions
        self.unknownPredictions = unknownPredictions
    }

    /// The mismatches, one per line, naming the first ids of each.
    public var description: String { lines.joined(separator: "\n") }

    var lines: [String] {
        var lines: [String] = []
        if !missingPredictions.isEmpty {
            lines.append(Self.describe(missingPredictions, "dataset id", "dataset ids", "no prediction"))
        }
        if !unknownPredictions.isEmpty {
            lines.append(Self.describe(unknownPredictions, "prediction id", "prediction ids", "no dataset item"))
        }
        return lines
    }

    private static func describe(_ ids: [String], _ singular: String, _ plural: String, _ lack: String) -> String {
        let shown = 10
        let listed = ids.prefix(shown).joined(separator: ", ")
        let more = ids.count > shown ? " and \(ids.count - shown) more" : ""
        let verb = ids.count == 1 ? "has" : "have"
        return "\(ids.count) \(ids.count == 1 ? singular : plural) \(verb) \(lack): \(listed)\(more)"
    }
}
