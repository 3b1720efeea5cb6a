import Foundation
import Testing
import LedeEval
import LedeRouge

/// Where the shared datasets are, and whether they are there.
enum SharedDatasets {
    /// `$LEDE_DATASETS`, or `../shared/datasets` beside the package.
    static let root = ProcessInfo.processInfo.environment["LEDE_DATASETS"]
        ?? URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/datasets").path
    static let files = [
        "cnn_dailymail/validation.jsonl.gz", "cnn_dailymail/validation_tokenized.jsonl.gz",
        "bbc_news_summary/all.jsonl.gz", "scisummnet/all.jsonl.gz", "sumpubmed/sample500.jsonl.gz",
    ]
    static var available: Bool {
        files.allSatisfy { FileManager.default.fileExists(atPath: root + "/" + $0) }
    }
}

/// Predictions rebuilt from the shared datasets as `Eval/rouge/fixtures/dataset-pairs.jsonl.gz`
/// describes them, scored by Lede and compared with the numbers `rouge-score` and ROUGE-1.5.5
/// gave (`Eval/rouge/make_dataset_fixture.py`). Skipped when the datasets are absent.
@Suite(.enabled(if: SharedDatasets.available, "needs the shared datasets (../shared/datasets or $LEDE_DATASETS)"))
struct PredictionsDatasetParityTests {
    static let datasetsRoot = SharedDatasets.root
    static let fixturePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Eval/rouge/fixtures/dataset-pairs.jsonl.gz").path

    struct Pair: Sendable {
        var dataset: String
        var item: RougeItem
        /// "plain"/"stem" → per measure [P, R, F] of rouge-score.
        var rougeScore: [String: [[Double]]]
        /// "plain"/"stem" → per measure [R, P, F] as ROUGE-1.5.5 printed them.
        var perl: [String: [[String]]]
    }

    struct Fixture: Sendable {
        var pairs: [Pair]
        /// "plain"/"stem" → perl measure → "R"/"P"/"F" → [average, low, high].
        var perlAverages: [String: [String: [String: [String]]]]
    }

    static let rougeScoreMeasures: [RougeMeasure] = [.n(1), .n(2), .l, .lsum]
    static let perlMeasures: [(name: String, measure: RougeMeasure)] = [
        ("ROUGE-1", .n(1)), ("ROUGE-2", .n(2)), ("ROUGE-L", .lsum), ("ROUGE-W-1.2", .w(weight: 1.2)),
        ("ROUGE-SU4", .su(maxSkip: 4)),
    ]

    /// Reads the fixture and rebuilds every pair's texts from the datasets.
    static func load() throws -> Fixture {
        let lines = try LineReader(path: fixturePath)
        guard let headerLine = try lines.next(),
              let header = try JSONSerialization.jsonObject(with: Data(headerLine.utf8)) as? [String: Any],
              let averages = header["perl_averages"] as? [String: [String: [String: [String]]]]
        else { throw FixtureProblem("no header in \(fixturePath)") }
        var entries: [[String: Any]] = []
        while let line = try lines.next() {
            guard let entry = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw FixtureProblem("\(fixturePath):\(lines.lineNumber): not an object")
            }
            entries.append(entry)
        }
        var datasets: [String: [String: ArticleRecord]] = [:]
        for name in Set(entries.compactMap { $0["dataset"] as? String }) {
            let records = try JSONLArticleReader(path: datasetsRoot + "/" + name).readAll()
            datasets[name] = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let pairs = try entries.map { entry -> Pair in
            guard let name = entry["dataset"] as? String, let id = entry["id"] as? String,
                  let record = datasets[name]?[id], let candidate = entry["candidate"] as? [String: Any],
                  let rs = entry["rs"] as? [String: [[String]]], let perl = entry["perl"] as? [String: [[String]]]
            else { throw FixtureProblem("bad entry \(entry["id"] ?? "?")") }
            let sentences: [String]
            if let spans = candidate["spans"] as? [[Int]] {
                let scalars = Array(record.article.unicodeScalars)
                sentences = spans.map { span in
                    var text = String.UnicodeScalarView()
                    text.append(contentsOf: scalars[span[0]..<span[1]])
                    return String(text)
                }
            } else if let sourceID = candidate["reference_of"] as? String, let index = candidate["reference"] as? Int,
                      let order = candidate["sentences"] as? [Int], let source = datasets[name]?[sourceID] {
                sentences = order.map { source.references[index][$0] }
            } else {
                throw FixtureProblem("bad candidate of \(id)")
            }
            return Pair(
                dataset: name, item: RougeItem(candidate: sentences, references: record.references),
                rougeScore: rs.mapValues { $0.map { $0.compactMap(Double.init) } }, perl: perl)
        }
        return Fixture(pairs: pairs, perlAverages: averages)
    }

    /// Loaded once for all the tests of the suite.
    static let shared = Result { try load() }

    let fixture: Fixture

    init() throws {
        fixture = try Self.shared.get()
    }

    @Test func coversAtLeastAThousandPairsFromSeveralDatasets() {
        #expect(fixture.pairs.count >= 1_000)
        #expect(Set(fixture.pairs.map(\.dataset)).count >= 2)
    }

    @Test(arguments: ["plain", "stem"])
    func rougeScoreProfileMatchesRougeScore(variant: String) throws {
        let scorer = try RougeScorer(measures: Self.rougeScoreMeasures, stemming: variant == "stem")
        let rows = scorer.scoreRows(fixture.pairs.map(\.item))
        var worst = [Double](repeating: 0, count: Self.rougeScoreMeasures.count)
        for (pair, row) in zip(fixture.pairs, rows) {
            let expected = try #require(pair.rougeScore[variant])
            for column in Self.rougeScoreMeasures.indices {
                let want = expected[column], got = row[column]
                let deviation = max(abs(got.precision - want[0]), abs(got.recall - want[1]), abs(got.fmeasure - want[2]))
                worst[column] = max(worst[column], deviation)
            }
        }
        let summary = zip(Self.rougeScoreMeasures, worst).map { "\($0.name) \($1)" }.joined(separator: ", ")
        print("rouge-score profile (\(variant)), \(rows.count) pairs, largest |Lede - rouge-score|: \(summary)")
        #expect(worst.allSatisfy { $0 <= 1e-6 }, "\(summary)")
        #expect(worst.allSatisfy { $0 == 0 }, "not bit-identical: \(summary)")
    }

    @Test(arguments: ["plain", "stem"])
    func perlProfileMatchesROUGE155(variant: String) throws {
        let scorer = try RougeScorer(
            measures: Self.perlMeasures.map(\.measure), profile: .perl, stemming: variant == "stem")
        let rows = scorer.scoreRows(fixture.pairs.map(\.item))
        var worst = [Double](repeating: 0, count: Self.perlMeasures.count)
        var mismatches: [String] = []
        for (index, (pair, row)) in zip(fixture.pairs, rows).enumerated() {
            let printed = try #require(pair.perl[variant])
            for column in Self.perlMeasures.indices {
                let exact = row[column]
                let rounded = PerlCompatibility.rounded(exact)
                let mine = [rounded.recall, rounded.precision, rounded.fmeasure].map(PerlCompatibility.format)
                if mine != printed[column] {
                    mismatches.append("pair \(index + 1) \(Self.perlMeasures[column].name): \(mine) vs \(printed[column])")
                }
                let theirs = printed[column].compactMap(Double.init)
                worst[column] = max(worst[column], abs(exact.recall - theirs[0]), abs(exact.precision - theirs[1]),
                                    abs(exact.fmeasure - theirs[2]))
            }
        }
        let summary = zip(Self.perlMeasures, worst).map { "\($0.name) \($1)" }.joined(separator: ", ")
        print("perl profile (\(variant)), \(rows.count) pairs, largest |Lede - printed| before rounding: \(summary)")
        #expect(mismatches.isEmpty, "\(mismatches.count) items differ from the script's output: \(mismatches.prefix(10))")
    }

    @Test(arguments: ["plain", "stem"])
    func perlAveragesMatchROUGE155(variant: String) throws {
        let scorer = try RougeScorer(
            measures: Self.perlMeasures.map(\.measure), profile: .perl, stemming: variant == "stem")
        let rows = scorer.scoreRows(fixture.pairs.map(\.item))
        let expected = try #require(fixture.perlAverages[variant])
        let keys = fixture.pairs.indices.map { "\($0 + 1).A" }
        for (column, (name, _)) in Self.perlMeasures.enumerated() {
            let scores = rows.map { $0[column] }
            let printed = try #require(expected[name])
            let parts: [(String, KeyPath<RougeScore, Double>)] = [("R", \.recall), ("P", \.precision), ("F", \.fmeasure)]
            // The plain mean of Lede's unrounded scores against the plain mean of the script's
            // per-item scores (its printed "Average" is a bootstrap mean, compared below).
            let mean = RougeAggregate.mean(scores)
            let perItem = fixture.pairs.map { pair -> [Double] in (pair.perl[variant]?[column] ?? []).compactMap(Double.init) }
            for (offset, (part, path)) in parts.enumerated() {
                let theirs = perItem.map { $0.indices.contains(offset) ? $0[offset] : .nan }.reduce(0, +) / Double(perItem.count)
                let printedAverage = try #require(printed[part].flatMap { Double($0[0]) })
                print("perl profile (\(variant)) \(name) \(part): Lede mean \(mean[keyPath: path]), "
                      + "mean of the script's per-item scores \(theirs) (|difference| \(abs(mean[keyPath: path] - theirs))), "
                      + "script's printed average \(printedAverage)")
                #expect(abs(mean[keyPath: path] - theirs) <= 1e-4, "\(name) \(part)")
            }
            // ROUGE-1.5.5's own averaging, reproduced: equal as printed.
            let perl = PerlCompatibility.averages(of: scores, keys: keys)
            for (part, path) in parts {
                let mine = [perl.average, perl.low, perl.high].map { PerlCompatibility.format($0[keyPath: path]) }
                #expect(mine == printed[part], "\(name) \(part)")
            }
        }
    }

    struct FixtureProblem: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
