/// A greedy extractive oracle: the sentences of a document that best match a reference.
///
/// Starting from nothing, it repeatedly adds the sentence that most raises ROUGE-1 F plus
/// ROUGE-2 F against the reference (``RougeProfile/rougeScore`` tokenization), and stops when
/// no sentence raises it or the budget is spent. It is the usual upper bound for extractive
/// summarizers and the usual source of extractive training labels. Bigrams are counted within
/// each sentence, so the choice can differ slightly from scoring the joined summary.
public struct ExtractiveOracle: Sendable {
    /// Whether tokens are stemmed (as `rouge-score` with `use_stemmer=True`).
    public var stemming: Bool
    /// How text is cut into tokens: rouge-score's ASCII tokens by default; ``RougeTokenization/words``
    /// or ``RougeTokenization/characters`` for other languages.
    public var tokenization: RougeTokenization

    /// Creates an oracle.
    public init(stemming: Bool = true, tokenization: RougeTokenization = .ascii) {
        self.stemming = stemming
        self.tokenization = tokenization
    }

    /// The indices (ascending) of the chosen sentences.
    ///
    /// - Parameters:
    ///   - sentences: the document's sentences.
    ///   - reference: the reference's sentences.
    ///   - maximumSentences: at most this many sentences.
    ///   - maximumWords: at most this many words (whitespace-separated), when given.
    ///
    /// - Complexity: O(*k* · *s* · *w*) for *k* chosen sentences out of *s*, each step rescoring the summary of *w* words against the reference.
    public func select(sentences: [String], reference: [String], maximumSentences: Int, maximumWords: Int? = nil) -> [Int] {
        var pipeline = TokenPipeline(settings: TokenizationSettings(
            profile: .rougeScore, tokenization: tokenization, stemming: stemming, stopwords: [], lengthLimit: nil))
        var text = TokenizedText()
        pipeline.tokenize(reference, into: &text)
        let target = Counts(text.tokens)
        guard target.unigramTotal > 0 else { return [] }
        let candidates = sentences.map { sentence in
            pipeline.tokenize([sentence], into: &text)
            return Counts(text.tokens)
        }
        let words = sentences.map { $0.split(whereSeparator: \.isWhitespace).count }

        var chosen = Counts([])
        var selected: [Int] = []
        var isSelected = [Bool](repeating: false, count: sentences.count)
        var usedWords = 0
        var best = 0.0
        while selected.count < maximumSentences {
            var pick: Int?
            var pickScore = best
            for i in sentences.indices where !isSelected[i] {
                if let maximumWords, usedWords + words[i] > maximumWords { continue }
                let score = chosen.score(adding: candidates[i], against: target)
                if score > pickScore + 1e-12 {
                    pickScore = score
                    pick = i
                }
            }
            guard let pick else { break }
            chosen.add(candidates[pick])
            isSelected[pick] = true
            selected.append(pick)
            usedWords += words[pick]
            best = pickScore
        }
        return selected.sorted()
    }

    /// Unigram and bigram counts of some tokens.
    private struct Counts {
        var unigrams: [Int32: Int] = [:]
        var bigrams: [UInt64: Int] = [:]
        var unigramTotal = 0
        var bigramTotal = 0

        init(_ tokens: [Int32]) {
            for token in tokens { unigrams[token, default: 0] += 1 }
            unigramTotal = tokens.count
            if tokens.count > 1 {
                for k in 1..<tokens.count { bigrams[Self.key(tokens[k - 1], tokens[k]), default: 0] += 1 }
                bigramTotal = tokens.count - 1
            }
        }

        static func key(_ a: Int32, _ b: Int32) -> UInt64 {
            UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
        }

        mutating func add(_ other: Counts) {
            for (token, count) in other.unigrams { unigrams[token, default: 0] += count }
            for (pair, count) in other.bigrams { bigrams[pair, default: 0] += count }
            unigramTotal += other.unigramTotal
            bigramTotal += other.bigramTotal
        }

        /// ROUGE-1 F + ROUGE-2 F of these counts plus `other`'s against `target`.
        func score(adding other: Counts, against target: Counts) -> Double {
            var match1 = 0
            for (token, wanted) in target.unigrams {
                match1 += min(wanted, (unigrams[token] ?? 0) + (other.unigrams[token] ?? 0))
            }
            var match2 = 0
            for (pair, wanted) in target.bigrams {
                match2 += min(wanted, (bigrams[pair] ?? 0) + (other.bigrams[pair] ?? 0))
            }
            return Self.f(match1, unigramTotal + other.unigramTotal, target.unigramTotal)
                + Self.f(match2, bigramTotal + other.bigramTotal, target.bigramTotal)
        }

        static func f(_ match: Int, _ candidate: Int, _ reference: Int) -> Double {
            guard match > 0, candidate > 0, reference > 0 else { return 0 }
            let p = Double(match) / Double(candidate), r = Double(match) / Double(reference)
            return 2 * p * r / (p + r)
        }
    }
}
