import LedeRouge

/// Predictions matched with the dataset items they summarize, ready to score.
///
/// Items keep the dataset's order. Dataset items without a prediction and predictions whose id
/// is not in the dataset are listed, so that the caller can refuse the input
/// (``PredictionsAlignmentError``) or go on with a counted warning.
public struct PredictionsAlignment: Sendable {
    /// The ids of the matched items, in dataset order.
    public var ids: [String]
    /// The matched items: each prediction with its item's references.
    public var items: [RougeItem]
    /// Dataset ids that have no prediction, in dataset order.
    public var missingPredictions: [String]
    /// Prediction ids that are not in the dataset, in file order.
    public var unknownPredictions: [String]

    /// Matches `predictions` with `records` by id.
    public init(predictions: [Prediction], records: [ArticleRecord]) {
        var byID: [String: Prediction] = [:]
        for prediction in predictions { byID[prediction.id] = prediction }
        var datasetIDs = Set<String>()
        ids = []
        items = []
        missingPredictions = []
        for record in records {
            datasetIDs.insert(record.id)
            if let prediction = byID[record.id] {
                ids.append(record.id)
                items.append(RougeItem(candidate: prediction.sentences, references: record.references))
            } else {
                missingPredictions.append(record.id)
            }
        }
        unknownPredictions = predictions.map(\.id).filter { !datasetIDs.contains($0) }
    }

    /// The ids of matched items that have no reference (they score 0), in dataset order.
    public var idsWithoutReferences: [String] {
        zip(ids, items).filter { $0.1.references.isEmpty }.map(\.0)
    }

    /// Whether every dataset item has a prediction and every prediction an item.
    public var isComplete: Bool { missingPredictions.isEmpty && unknownPredictions.isEmpty }

    /// Throws ``PredictionsAlignmentError`` unless the alignment is complete.
    public func requireComplete() throws(PredictionsAlignmentError) {
        guard isComplete else {
            throw PredictionsAlignmentError(missingPredictions: missingPredictions, unknownPredictions: unknownPredictions)
        }
    }

    /// One line per kind of mismatch, naming the first ids (`3 dataset ids have no prediction: a, b, c`).
    public var problems: [String] {
        PredictionsAlignmentError(missingPredictions: missingPredictions, unknownPredictions: unknownPredictions).lines
    }
}
