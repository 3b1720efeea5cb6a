/// Everything one thread needs to score items: the token pipeline and reusable buffers.
///
/// A workspace is not thread-safe: it is used by one thread at a time, ``RougeScorer`` handing
/// each worker its own through a ``WorkspacePool`` (hence the unchecked `Sendable`, which only
/// lets the pool pass it between threads). Scores depend only on the texts, never on what the
/// workspace scored before.
final class ScoringWorkspace: @unchecked Sendable {
    // The scorer's settings, copied: a workspace must not hold the scorer, whose pool holds it.
    private let measures: [RougeMeasure]
    private let profile: RougeProfile
    private let alpha: Double
    private let multiReference: RougeMultiReference
    private(set) var pipeline: TokenPipeline
    private var counter = KeyCounter()
    private var interner = KeyCounter()
    /// Reference unigram counts by term id (ROUGE-1 needs no hashing).
    private var unigrams = TermTable(defaultValue: 0)
    private var lcs = BitParallelLCS()
    private var clipping = UnigramClipping()
    private var marks: [Bool] = []
    private var weighted: [WeightedUnionLCS] = []
    private var candidateText = TokenizedText()
    private var referenceTexts: [TokenizedText] = []
    private var overlaps: [Overlap] = []
    /// The largest n of the ROUGE-N measures; n-grams of 3 or more are interned per item.
    private let maxN: Int

    init(scorer: RougeScorer) {
        measures = scorer.measures
        profile = scorer.profile
        alpha = scorer.alpha
        multiReference = scorer.multiReference
        pipeline = TokenPipeline(settings: scorer.tokenizationSettings)
        maxN = scorer.measures.reduce(0) { result, measure in
            if case let .n(n) = measure { return max(result, n) }
            return result
        }
    }

    /// Scores a candidate against its references (each a list of sentences, newlines inside a
    /// sentence separating further sentences), one score per measure of the scorer, in order.
    func score(candidate: [String], references: [[String]]) -> [RougeScore] {
        pipeline.tokenize(candidate, into: &candidateText)
        while referenceTexts.count < references.count { referenceTexts.append(TokenizedText()) }
        for (index, reference) in references.enumerated() {
            pipeline.tokenize(reference, into: &referenceTexts[index])
        }
        let vocabulary = pipeline.vocabularySize
        let candidate = candidateText
        let references = referenceTexts.prefix(references.count)
        let ngrams = maxN > 2 ? ngramKeys(candidate: candidate, references: Array(references)) : NGramLevels()
        var scores: [RougeScore] = []
        scores.reserveCapacity(measures.count)
        for measure in measures {
            overlaps.removeAll(keepingCapacity: true)
            for (index, reference) in references.enumerated() {
                overlaps.append(overlap(measure, candidate, reference, reference: index, ngrams: ngrams, vocabulary: vocabulary))
            }
            scores.append(combine(overlaps, measure: measure))
        }
        return scores
    }

    // MARK: - Measures

    /// N-gram keys per level (index 0 = unigrams): the candidate's, then each reference's.
    private struct NGramLevels {
        var candidate: [[UInt64]] = []
        var references: [[[UInt64]]] = []
    }

    private func overlap(
        _ measure: RougeMeasure, _ candidate: TokenizedText, _ reference: TokenizedText, reference index: Int,
        ngrams: NGramLevels, vocabulary: Int
    ) -> Overlap {
        switch measure {
        case .n(1):
            return Self.unigramOverlap(candidate.tokens, reference.tokens, vocabulary: vocabulary, counts: &unigrams)
        case .n(2):
            return Self.shortNGramOverlap(candidate.tokens, reference.tokens, n: 2, counter: &counter)
        case let .n(n):
            return Self.keyOverlap(ngrams.candidate[n - 1], ngrams.references[n - 1][index], counter: &counter)
        case let .s(maxSkip), let .su(maxSkip):
            let unigrams: Bool
            if case .su = measure { unigrams = true } else { unigrams = false }
            return Self.keyOverlap(
                NGramKeys.skipBigrams(candidate.tokens, maxSkip: maxSkip, unigrams: unigrams),
                NGramKeys.skipBigrams(reference.tokens, maxSkip: maxSkip, unigrams: unigrams), counter: &counter)
        case .l:
            let hits = lcsLength(candidate.tokens, reference.tokens, vocabulary: vocabulary)
            return Self.ratioOverlap(hits: hits, candidate: candidate.tokens.count, reference: reference.tokens.count)
        case .lsum:
            let hits = UnionLCS.hits(
                reference: reference, candidate: candidate, vocabulary: vocabulary, lcs: &lcs,
                clipping: &clipping, marks: &marks)
            return Self.ratioOverlap(hits: hits, candidate: candidate.tokens.count, reference: reference.unitTokens.count)
        case let .w(weight):
            let slot = weightedSlot(weight)
            return weighted[slot].overlap(
                reference: reference, candidate: candidate, vocabulary: vocabulary,
                clipping: &clipping, marks: &marks)
        }
    }

    private static func ratioOverlap(hits: Int, candidate: Int, reference: Int) -> Overlap {
        Overlap(
            hits: Double(hits), candidateTotal: Double(candidate), referenceTotal: Double(reference),
            selectionRecall: reference > 0 ? Double(hits) / Double(reference) : 0)
    }

    /// Clipped matches: every candidate key matches at most one unused equal reference key.
    private static func keyOverlap(_ candidate: [UInt64], _ reference: [UInt64], counter: inout KeyCounter) -> Overlap {
        let hits = reference.withUnsafeBufferPointer { reference in
            candidate.withUnsafeBufferPointer { candidate in
                counter.clippedMatches(referenceCount: reference.count, { reference[$0] },
                                       candidateCount: candidate.count, { candidate[$0] })
            }
        }
        return ratioOverlap(hits: hits, candidate: candidate.count, reference: reference.count)
    }

    /// Clipped unigram matches, counted by term id.
    private static func unigramOverlap(
        _ candidate: [Int32], _ reference: [Int32], vocabulary: Int, counts: inout TermTable
    ) -> Overlap {
        counts.reset(vocabulary: vocabulary)
        reference.withUnsafeBufferPointer { counts.count($0) }
        let hits = candidate.withUnsafeBufferPointer { counts.takeCounts($0) }
        return ratioOverlap(hits: hits, candidate: candidate.count, reference: reference.count)
    }

    /// Clipped unigram or bigram matches, with keys packed on the fly.
    private static func shortNGramOverlap(
        _ candidate: [Int32], _ reference: [Int32], n: Int, counter: inout KeyCounter
    ) -> Overlap {
        let candidateCount = max(candidate.count - n + 1, 0), referenceCount = max(reference.count - n + 1, 0)
        let hits = reference.withUnsafeBufferPointer { reference in
            candidate.withUnsafeBufferPointer { candidate in
                counter.clippedMatches(referenceCount: referenceCount, { Self.key(reference, $0, n) },
                                       candidateCount: candidateCount, { Self.key(candidate, $0, n) })
            }
        }
        return ratioOverlap(hits: hits, candidate: candidateCount, reference: referenceCount)
    }

    @inline(__always)
    private static func key(_ terms: UnsafeBufferPointer<Int32>, _ index: Int, _ n: Int) -> UInt64 {
        n == 1 ? UInt64(UInt32(bitPattern: terms[index])) : NGramKeys.pack(terms[index], terms[index + 1])
    }

    private func lcsLength(_ a: [Int32], _ b: [Int32], vocabulary: Int) -> Int {
        let (rows, columns) = a.count <= b.count ? (a, b) : (b, a)
        rows.withUnsafeBufferPointer { lcs.prepare($0, vocabulary: vocabulary) }
        return columns.withUnsafeBufferPointer { lcs.length($0) }
    }

    private func weightedSlot(_ weight: Double) -> Int {
        if let index = weighted.firstIndex(where: { $0.weight == weight }) { return index }
        weighted.append(WeightedUnionLCS(weight: weight))
        return weighted.count - 1
    }

    private func ngramKeys(candidate: TokenizedText, references: [TokenizedText]) -> NGramLevels {
        var levels = NGramLevels()
        guard maxN > 0 else { return levels }
        let terms = [candidate.tokens] + references.map(\.tokens)
        var keys = terms.map { $0.map { UInt64(UInt32(bitPattern: $0)) } }
        var ids = terms
        var level = 1
        while true {
            levels.candidate.append(keys[0])
            levels.references.append(Array(keys.dropFirst()))
            if level == maxN { break }
            if level > 1 {
                // Intern this level's n-grams so that the next level packs into 64 bits.
                interner.reset(expected: keys.reduce(0) { $0 + $1.count })
                var nextID: Int32 = 0
                ids = keys.map { $0.map { interner.intern($0, nextID: &nextID) } }
            }
            keys = zip(ids, terms).map { NGramKeys.nextLevel(ids: $0, terms: $1, level: level) }
            level += 1
        }
        return levels
    }

    // MARK: - Several references

    private func combine(_ overlaps: [Overlap], measure: RougeMeasure) -> RougeScore {
        guard !overlaps.isEmpty else { return .zero }
        var root: Double?
        if case let .w(weight) = measure { root = weight }
        switch multiReference {
        case .average:
            return overlaps.reduce(Overlap.zero, +).score(alpha: alpha, rootOf: root)
        case .bestF:
            var best = overlaps[0].score(alpha: alpha, rootOf: root)
            for overlap in overlaps.dropFirst() {
                let score = overlap.score(alpha: alpha, rootOf: root)
                if score.fmeasure > best.fmeasure { best = score }
            }
            return best
        case .best:
            let roundsRecall: Bool
            switch measure {
            case .n, .s, .su: roundsRecall = profile == .perl
            case .l, .lsum, .w: roundsRecall = false
            }
            var bestRecall = -1.0
            var chosen = overlaps[0]
            for overlap in overlaps {
                let recall = roundsRecall ? PerlNumberFormat.round5(overlap.selectionRecall) : overlap.selectionRecall
                if recall > bestRecall {
                    bestRecall = recall
                    chosen = overlap
                }
            }
            return chosen.score(alpha: alpha, rootOf: root)
        }
    }
}
