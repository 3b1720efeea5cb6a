import Testing
@testable import LedeRouge

@Suite struct StatisticsTests {
    private func scores(_ values: [Double]) -> [RougeScore] {
        values.map { RougeScore(precision: $0, recall: $0, fmeasure: $0) }
    }

    @Test func meanAveragesEachPart() {
        let mean = RougeAggregate.mean([
            RougeScore(precision: 1, recall: 0, fmeasure: 0.5), RougeScore(precision: 0, recall: 1, fmeasure: 0.25),
        ])
        #expect(mean == RougeScore(precision: 0.5, recall: 0.5, fmeasure: 0.375))
        #expect(RougeAggregate.mean([]) == .zero)
    }

    @Test func bootstrapIntervalIsReproducibleAndBracketsTheMean() {
        var random = RandomSource(seed: 7)
        let values = scores((0..<500).map { _ in Double(random.index(below: 1000)) / 1000 })
        let aggregate = RougeAggregate(scores: values, bootstrap: .init(confidence: 0.95, resamples: 2000, seed: 42))
        let interval = aggregate.interval!
        #expect(interval.low.fmeasure < aggregate.mean.fmeasure && aggregate.mean.fmeasure < interval.high.fmeasure)
        // The standard error of a mean of 500 uniform values is about 0.013: a 95% interval is ~0.05 wide.
        #expect(abs((interval.high.fmeasure - interval.low.fmeasure) - 0.0506) < 0.01)
        let again = BootstrapInterval.ofMean(values, confidence: 0.95, resamples: 2000, seed: 42, threads: 2)
        #expect(again == interval)
        let otherSeed = BootstrapInterval.ofMean(values, confidence: 0.95, resamples: 2000, seed: 43)
        #expect(otherSeed != interval)
    }

    @Test func constantScoresGiveAnEmptyInterval() {
        let interval = BootstrapInterval.ofMean(scores(Array(repeating: 0.3, count: 50)), resamples: 200)
        #expect(abs(interval.low.fmeasure - 0.3) < 1e-12 && abs(interval.high.fmeasure - 0.3) < 1e-12)
        #expect(BootstrapInterval.ofMean([], resamples: 10).low == .zero)
    }

    @Test func percentileInterpolatesLikeNumPy() {
        #expect(BootstrapInterval.percentile([4, 1, 3, 2], 0.5) == 2.5)
        #expect(BootstrapInterval.percentile([1, 2, 3, 4, 5], 0.025) == 1.1)
        #expect(BootstrapInterval.percentile([7], 0.9) == 7)
    }

    @Test(arguments: PairedSignificance.Method.allCases)
    func identicalSystemsAreNotSignificant(method: PairedSignificance.Method) {
        var random = RandomSource(seed: 3)
        let a = (0..<200).map { _ in Double(random.index(below: 100)) / 100 }
        let test = PairedSignificance.test(a, a, method: method, trials: 2000, seed: 1, threads: 2)
        #expect(test.pValue == 1)
        #expect(test.meanDifference == 0)
    }

    @Test(arguments: PairedSignificance.Method.allCases)
    func aSystemThatWinsEveryItemIsSignificant(method: PairedSignificance.Method) {
        var random = RandomSource(seed: 4)
        let b = (0..<100).map { _ in Double(random.index(below: 80)) / 100 }
        let a = b.map { $0 + 0.05 + Double(Int($0 * 100) % 7) / 100 }
        let test = PairedSignificance.test(a, b, method: method, trials: 5000, seed: 2)
        #expect(test.pValue <= 2.0 / 5001)
        #expect(test.meanDifference > 0.05)
        #expect(PairedSignificance.test(b, a, method: method, trials: 5000, seed: 2).pValue == test.pValue)
    }

    @Test func aSmallNoisyDifferenceIsNotSignificant() {
        var random = RandomSource(seed: 5)
        let b = (0..<60).map { _ in Double(random.index(below: 100)) / 100 }
        let a = b.enumerated().map { $0.offset % 2 == 0 ? $0.element + 0.02 : $0.element - 0.019 }
        for method in PairedSignificance.Method.allCases {
            let test = PairedSignificance.test(a, b, method: method, trials: 4000, seed: 9)
            #expect(test.pValue > 0.5, "\(method): \(test.pValue)")
        }
    }

    @Test func significanceDoesNotDependOnTheThreadCount() {
        var random = RandomSource(seed: 6)
        let a = (0..<150).map { _ in Double(random.index(below: 100)) / 100 }
        let b = (0..<150).map { _ in Double(random.index(below: 100)) / 100 }
        for method in PairedSignificance.Method.allCases {
            let one = PairedSignificance.test(a, b, method: method, trials: 3000, seed: 11, threads: 1)
            #expect(PairedSignificance.test(a, b, method: method, trials: 3000, seed: 11, threads: 2) == one)
        }
    }

    @Test func perlRandomIsDrand48SeededLikePerl() {
        // perl -e 'srand(5); printf("%.17g\n", rand()) for 1..2'
        var random = PerlRandom(seed: 5)
        #expect(random.next() == 0.52483957943423221)
        #expect(random.next() == 0.2728543017032905)
    }
}
