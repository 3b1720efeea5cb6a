import LedeRouge

// ROUGE of two texts: the input is split at its first NUL (or in half) into a candidate and a
// reference; every measure of both profiles gives finite precision, recall and F in 0...1, and
// a text scored against itself gets recall 1 on the n-gram measures when it has n-grams.

let measures: [RougeMeasure] = [.n(1), .n(2), .l, .lsum, .w(weight: 1.2), .w(weight: RougeMeasure.maximumWeight), .s(maxSkip: 4), .su(maxSkip: 4)]
let scorers = [
    try! RougeScorer(measures: measures, stemming: true),
    try! RougeScorer(measures: measures, profile: .perl, stemming: true, tokenization: .unicode, alpha: 0.3),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let cut = bytes.firstIndex(of: 0) ?? size / 2
    let candidate = String(decoding: bytes[..<cut], as: UTF8.self)
    let reference = String(decoding: bytes[min(cut + 1, size)...], as: UTF8.self)
    for scorer in scorers {
        for (measure, score) in scorer.score(candidate: candidate, reference: reference) {
            for value in [score.precision, score.recall, score.fmeasure] {
                require(value.isFinite && value >= 0 && value <= 1 + 1e-9, "\(measure.name): \(score)")
            }
        }
        let own = scorer.score(candidate: reference, reference: reference)
        if let unigram = own[.n(1)], unigram.recall > 0 {
            require(abs(unigram.recall - 1) < 1e-9, "rouge1 of a text against itself: \(unigram)")
        }
    }
    return 0
}
