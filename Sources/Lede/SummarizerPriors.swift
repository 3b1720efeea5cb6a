import Foundation

extension Summarizer {
    /// What news text says about a sentence before its centrality is known: lead sentences
    /// matter more, direct quotations and very long sentences less.
    ///
    /// Priors multiply centrality scores, first scaled to `[0, 1]` within the document. They
    /// were tuned on the tokenized CNN/DailyMail validation sample (see `Eval/README.md`).
    public struct Priors: Sendable, Hashable {
        /// Sentence `i` (from 0) is weighed by `(i + 1)^-positionExponent`; 0 disables.
        public var positionExponent: Double
        /// The factor for a sentence that opens with a quotation mark; 1 disables.
        public var quotationFactor: Double
        /// Sentences longer than this many words are weighed by
        /// `exp(-(words - lengthLimit) / lengthScale)`; `nil` disables.
        public var lengthLimit: Int?
        /// How fast the weight of an over-long sentence falls, in words.
        public var lengthScale: Double

        /// Creates priors.
        public init(positionExponent: Double = 0, quotationFactor: Double = 1, lengthLimit: Int? = nil, lengthScale: Double = 15) {
            self.positionExponent = positionExponent
            self.quotationFactor = quotationFactor
            self.lengthLimit = lengthLimit
            self.lengthScale = lengthScale
        }

        /// No priors: centrality alone, as the classic algorithms publish it.
        public static let none = Priors()

        /// Lede's priors for news, tuned on CNN/DailyMail validation data (`Eval/README.md`,
        /// "Beating Lead-3 with TF-IDF and graph centrality": the exponent 0.75 was the best of
        /// 0.5, 0.75, 1 and 1.5; the quotation factor and the 35-word limit come from the same study).
        public static let news = Priors(positionExponent: 0.75, quotationFactor: 0.3, lengthLimit: 35, lengthScale: 15)

        /// Whether these priors change nothing.
        var isNone: Bool { self == .none }

        /// `scores` scaled to `[0, 1]` and weighed by the priors; `openers` holds the first
        /// scalar of each sentence, `wordCounts` its number of words.
        func apply(to scores: [Double], openers: [Unicode.Scalar], wordCounts: [Int]) -> [Double] {
            guard !isNone, let low = scores.min(), let high = scores.max() else { return scores }
            let range = high - low
            return scores.indices.map { i in
                var score = (range > 0 ? (scores[i] - low) / range : 0) + 1e-3
                if positionExponent != 0 { score *= pow(Double(i + 1), -positionExponent) }
                if quotationFactor != 1, Self.isQuotationMark(openers[i]) { score *= quotationFactor }
                if let lengthLimit, wordCounts[i] > lengthLimit {
                    score *= exp(-Double(wordCounts[i] - lengthLimit) / max(lengthScale, 1e-9))
                }
                return score
            }
        }

        /// Whether a sentence opening with `scalar` opens with a quotation.
        static func isQuotationMark(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\"" || scalar == "“" || scalar == "‘" || scalar == "'" || scalar == "«" || scalar == "„"
        }
    }
}
