import Testing
import LedeEval
import LedeRouge

@Suite struct PredictionsAlignmentTests {
    let records = [
        ArticleRecord(id: "a", article: "A.", references: [["Ref a."]]),
        ArticleRecord(id: "b", article: "B.", references: [["Ref b1."], ["Ref b2."]]),
        ArticleRecord(id: "c", article: "C.", references: [["Ref c."]]),
    ]

    @Test func matchesByIdInDatasetOrder() throws {
        let predictions = [
            Prediction(id: "c", sentences: ["Pred c."]), Prediction(id: "a", sentences: ["Pred a."]),
            Prediction(id: "b", sentences: ["Pred b."]),
        ]
        let alignment = PredictionsAlignment(predictions: predictions, records: records)
        #expect(alignment.isComplete)
        #expect(alignment.ids == ["a", "b", "c"])
        #expect(alignment.items[1] == RougeItem(candidate: ["Pred b."], references: [["Ref b1."], ["Ref b2."]]))
        try alignment.requireComplete()
    }

    @Test func namesMissingAndUnknownIds() {
        let predictions = [Prediction(id: "a", sentences: ["x"]), Prediction(id: "z", sentences: ["y"])]
        let alignment = PredictionsAlignment(predictions: predictions, records: records)
        #expect(alignment.ids == ["a"])
        #expect(alignment.missingPredictions == ["b", "c"])
        #expect(alignment.unknownPredictions == ["z"])
        #expect(alignment.problems == [
            "2 dataset ids have no prediction: b, c",
            "1 prediction id has no dataset item: z",
        ])
        #expect(throws: PredictionsAlignmentError(missingPredictions: ["b", "c"], unknownPredictions: ["z"])) {
            try alignment.requireComplete()
        }
    }

    @Test func repeatedPredictionIdsUseTheLastAndListEveryUnknownOne() {
        let predictions = [
            Prediction(id: "a", sentences: ["first"]), Prediction(id: "z", sentences: ["1"]),
            Prediction(id: "a", sentences: ["last"]), Prediction(id: "z", sentences: ["2"]),
        ]
        let alignment = PredictionsAlignment(predictions: predictions, records: [records[0], records[0]])
        #expect(alignment.ids == ["a", "a"])
        #expect(alignment.items.map(\.candidate) == [["last"], ["last"]])
        #expect(alignment.missingPredictions.isEmpty)
        #expect(alignment.unknownPredictions == ["z", "z"])
    }

    @Test func itemsWithoutReferencesAreListed() {
        let records = [ArticleRecord(id: "a", article: "A.", references: []), self.records[1]]
        let alignment = PredictionsAlignment(
            predictions: [Prediction(id: "a", sentences: ["x"]), Prediction(id: "b", sentences: ["y"])], records: records)
        #expect(alignment.idsWithoutReferences == ["a"])
    }

    @Test func longListsAreShortened() {
        let many = (0..<25).map { ArticleRecord(id: "id\($0)", article: "x") }
        let alignment = PredictionsAlignment(predictions: [], records: many)
        #expect(alignment.problems == [
            "25 dataset ids have no prediction: id0, id1, id2, id3, id4, id5, id6, id7, id8, id9 and 15 more",
        ])
    }
}
