import Foundation
import LedeRouge

/// `Eval/rouge/fixtures/own-cases.json`: Lede's own short texts scored by `rouge-score` and
/// ROUGE-1.5.5 (made by `Eval/rouge/make_own_fixture.py`).
struct OwnCasesFixture {
    struct Case {
        var name: String
        var candidate: [String]
        var references: [[String]]
    }

    /// One ROUGE-1.5.5 run: its options, the matching Lede settings and the script's scores.
    struct PerlRun {
        var name: String
        var options: [String]
        var settings: [String: Any]
        /// Per case, measure name → [R, P, F] as the script printed them.
        var scores: [[String: [String]]]
        /// Cases the script died on with ROUGE-W (they were rerun without it).
        var failures: Set<String>
        /// The eval ids of the cases the script averaged (all but `failures`).
        var averagedIDs: [String]
        /// Measure name → "R"/"P"/"F" → [average, low, high] as the script printed them.
        var averages: [String: [String: [String]]]
    }

    var cases: [Case]
    var stopwords: [String]
    /// "plain" and "stem" → per case, measure name → [P, R, F] (shortest round-trip strings).
    var rougeScore: [String: [[String: [String]]]]
    var perlRuns: [PerlRun]

    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Eval/rouge/fixtures/own-cases.json")

    static func load() throws -> OwnCasesFixture {
        let data = try Data(contentsOf: url)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cases = root["cases"] as? [[String: Any]],
              let stopwords = root["stopwords"] as? [String],
              let rougeScore = root["rouge_score"] as? [String: [[String: [String]]]],
              let perl = root["perl"] as? [[String: Any]]
        else { throw FixtureError.malformed(url.path) }
        return OwnCasesFixture(
            cases: try cases.map { entry in
                guard let name = entry["name"] as? String, let candidate = entry["candidate"] as? [String],
                      let references = entry["references"] as? [[String]]
                else { throw FixtureError.malformed(url.path) }
                return Case(name: name, candidate: candidate, references: references)
            },
            stopwords: stopwords,
            rougeScore: rougeScore,
            perlRuns: try perl.map { run in
                guard let name = run["name"] as? String, let options = run["options"] as? [String],
                      let settings = run["settings"] as? [String: Any],
                      let scores = run["scores"] as? [[String: [String]]],
                      let failures = run["perl_failures"] as? [String: String],
                      let averages = run["averages"] as? [String: Any],
                      let averagedIDs = averages["eval_ids"] as? [String],
                      let measures = averages["measures"] as? [String: [String: [String]]]
                else { throw FixtureError.malformed(url.path) }
                return PerlRun(name: name, options: options, settings: settings, scores: scores,
                               failures: Set(failures.keys), averagedIDs: averagedIDs, averages: measures)
            })
    }

    /// The Lede scorer matching a run's settings.
    func scorer(for run: PerlRun) throws -> RougeScorer {
        let measures = try (run.settings["measures"] as? [String] ?? []).map { name in
            guard let measure = RougeMeasure(name: name) else { throw FixtureError.malformed("measure \(name)") }
            return measure
        }
        var limit: RougeLengthLimit?
        if let limits = run.settings["lengthLimit"] as? [String: Int] {
            if let words = limits["words"] { limit = .words(words) }
            if let bytes = limits["bytes"] { limit = .bytes(bytes) }
        }
        return try RougeScorer(
            measures: measures, profile: .perl, stemming: run.settings["stemming"] as? Bool ?? false,
            alpha: run.settings["alpha"] as? Double ?? 0.5,
            multiReference: (run.settings["multiReference"] as? String).flatMap(RougeMultiReference.init(rawValue:)),
            lengthLimit: limit,
            stopwords: run.settings["stopwords"] as? Bool == true ? Set(stopwords) : [])
    }
}

enum FixtureError: Error, CustomStringConvertible {
    case malformed(String)

    var description: String {
        switch self {
        case let .malformed(what): "malformed fixture: \(what)"
        }
    }
}
