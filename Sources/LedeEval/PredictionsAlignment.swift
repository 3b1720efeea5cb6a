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

    /// Matches `predictions` with `records` by id. When several predictions share an id, the
    /// last one is used.
    ///
    /// - Complexity: O(p + r) hash operations for p predictions and r records.
    public init(predictions: [Prediction], records: [ArticleRecord]) {
        // The index of the last prediction of each id, and whether a record used it.
        var byID = [String: Int](minimumCapacity: predictions.count)
        for (index, prediction) in predictions.enumerated() { byID[prediction.id] = index }
        var used = [Bool](repeating: false, count: predictions.count)
        var usedCount = 0
        ids = []
        items = []
        ids.reserveCapacity(min(records.count, predictions.count))
        items.reserveCapacity(min(records.count, predictions.count))
        missingPredictions = []
        for record in records {
            if let index = byID[record.id] {
                if !used[index] {
                    used[index] = true
                    usedCount += 1
                }
                ids.append(record.id)
                items.append(RougeItem(candidate: predictions[index].sentences, references: record.references))
            } else {
                missingPredictions.append(record.id)
            }
        }
        // A prediction is unknown when no record has its id, that is when the last prediction
        // of its id went unused.
        unknownPredictions = usedCount == byID.count
            ? [] : predictions.map(\.id).filter { byID[$0].map { !used[$0] } ?? true }
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
