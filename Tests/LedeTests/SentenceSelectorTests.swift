import Testing
@testable import Lede

@Suite struct SentenceSelectorTests {
    let unrelated = SimilarityGraph(count: 5, storage: .dense([Float](repeating: 0, count: 25)))

    @Test func picksTheTopSentencesInDocumentOrder() {
        let selector = SentenceSelector(budget: .sentences(2), redundancyThreshold: 0.5, minimumWords: 0)
        #expect(selector.select(scores: [0.1, 0.5, 0.2, 0.9, 0.3], wordCounts: [10, 10, 10, 10, 10], cosine: unrelated.weight) == [1, 3])
    }

    @Test func tiesGoToTheEarlierSentence() {
        let selector = SentenceSelector(budget: .sentences(2), redundancyThreshold: nil, minimumWords: 0)
        #expect(selector.select(scores: [0.5, 0.5, 0.5, 0.5, 0.5], wordCounts: [5, 5, 5, 5, 5], cosine: unrelated.weight) == [0, 1])
    }

    @Test func skipsNearDuplicates() {
        var m = [Float](repeating: 0, count: 25)
        m[3 * 5 + 1] = 0.8
        m[1 * 5 + 3] = 0.8
        let graph = SimilarityGraph(count: 5, storage: .dense(m))
        let selector = SentenceSelector(budget: .sentences(2), redundancyThreshold: 0.5, minimumWords: 0)
        #expect(selector.select(scores: [0.1, 0.5, 0.2, 0.9, 0.3], wordCounts: [10, 10, 10, 10, 10], cosine: graph.weight) == [3, 4])
    }

    @Test func wordBudgetNeverCutsAndSkipsWhatDoesNotFit() {
        let selector = SentenceSelector(budget: .words(25), redundancyThreshold: nil, minimumWords: 0)
        // 3 (20 words) fits; 1 (10) would overflow; 4 (5) fits.
        #expect(selector.select(scores: [0.1, 0.5, 0.2, 0.9, 0.3], wordCounts: [30, 10, 30, 20, 5], cosine: unrelated.weight) == [3, 4])
        // Nothing fits: the best sentence alone.
        let tiny = SentenceSelector(budget: .words(3), redundancyThreshold: nil, minimumWords: 0)
        #expect(tiny.select(scores: [0.1, 0.5, 0.2, 0.9, 0.3], wordCounts: [30, 10, 30, 20, 5], cosine: unrelated.weight) == [3])
    }

    @Test func ratioIsAFractionOfTheBodyWords() {
        let selector = SentenceSelector(budget: .ratio(0.3), redundancyThreshold: nil, minimumWords: 0)
        // 100 words in all: 30 allowed.
        #expect(selector.select(scores: [0.9, 0.8, 0.7, 0.6, 0.5], wordCounts: [20, 20, 20, 20, 20], cosine: unrelated.weight) == [0])
    }

    @Test func shortSentencesOnlyFillWhatIsLeft() {
        let selector = SentenceSelector(budget: .sentences(3), redundancyThreshold: nil, minimumWords: 6)
        #expect(selector.select(scores: [0.9, 0.8, 0.7, 0.6, 0.5], wordCounts: [2, 10, 3, 10, 1], cosine: unrelated.weight) == [0, 1, 3])
        #expect(selector.select(scores: [0.9, 0.8, 0.7, 0.6, 0.5], wordCounts: [2, 10, 3, 4, 1], cosine: unrelated.weight) == [0, 1, 2])
    }

    @Test func emptyInputSelectsNothing() {
        let selector = SentenceSelector(budget: .sentences(3), redundancyThreshold: 0.5, minimumWords: 6)
        #expect(selector.select(scores: [], wordCounts: [], cosine: SimilarityGraph(count: 0, storage: .dense([])).weight).isEmpty)
    }
}
