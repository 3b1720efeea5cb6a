import LedeRouge

// ROUGE of two texts: the input is split at its first NUL (or in half) into a candidate and a
// reference; every measure of both profiles gives finite precision, recall and F in 0...1, and
// a text scored against itself gets ROUGE-1 recall 1 when it has words.
//
// ROUGE-W fills an n x m table per pair of sentences (2.4 s in release for 5,400 words a side,
// over a minute under the fuzzer's instrumentation), so it sees the first 4 KB of each text;
// the other measures see all of it.

let measures: [RougeMeasure] = [.n(1), .n(2), .l, .lsum, .s(maxSkip: 4), .su(maxSkip: 4)]
let weighted: [RougeMeasure] = [.w(weight: RougeMeasure.defaultWeight), .w(weight: RougeMeasure.maximumWeight)]
let weightedPrefix = 4096

func scorers(_ measures: [RougeMeasure]) -> [RougeScorer] {
    [try! RougeScorer(measures: measures, stemming: true),
     try! RougeScorer(measures: measures, profile: .perl, stemming: true, tokenization: .unicode, alpha: 0.3)]
}
let fullScorers = scorers(measures)
let weightedScorers = scorers(weighted)

func check(_ scores: [RougeMeasure: RougeScore]) {
    for (measure, score) in scores {
        for value in [score.precision, score.recall, score.fmeasure] {
            require(value.isFinite && value >= 0 && value <= 1 + 1e-9, "\(measure.name): \(score)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let cut = bytes.firstIndex(of: 0) ?? size / 2
    let candidateBytes = bytes[..<cut], referenceBytes = bytes[min(cut + 1, size)...]
    let candidate = String(decoding: candidateBytes, as: UTF8.self)
    let reference = String(decoding: referenceBytes, as: UTF8.self)
    for scorer in fullScorers {
        check(scorer.score(candidate: candidate, reference: reference))
    }
    let shortCandidate = String(decoding: candidateBytes.prefix(weightedPrefix), as: UTF8.self)
    let shortReference = String(decoding: referenceBytes.prefix(weightedPrefix), as: UTF8.self)
    for scorer in weightedScorers {
        check(scorer.score(candidate: shortCandidate, reference: shortReference))
    }
    if let unigram = fullScorers[0].score(candidate: reference, reference: reference)[.n(1)], unigram.recall > 0 {
        require(abs(unigram.recall - 1) < 1e-9, "rouge1 of a text against itself: \(unigram)")
    }
    return 0
}
