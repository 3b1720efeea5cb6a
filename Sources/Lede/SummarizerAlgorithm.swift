extension Summarizer {
    /// How sentences are ranked.
    ///
    /// Every algorithm has a textual form, used by the command line and by evaluation
    /// configurations: a name, optionally followed by `:key=value,key=value`.
    ///
    /// | form | algorithm |
    /// |---|---|
    /// | `lexrank`, `lexrank:threshold=0.2` | ``lexRank(threshold:)`` with a threshold (default 0.1) |
    /// | `lexrank-continuous` | ``lexRank(threshold:)`` without a threshold |
    /// | `textrank` | ``textRank`` |
    /// | `positional`, `positional:preceding=-0.3,following=1,threshold=0.3` | ``positional(_:)`` |
    /// | `lead` | ``lead`` |
    /// | `lsa`, `lsa:dimensions=3` | ``lsa(dimensions:)`` with every dimension (default) or the leading ones |
    /// | `luhn`, `luhn:gap=4` | ``luhn(gap:)`` |
    /// | `sumbasic` | ``sumBasic`` |
    /// | `klsum` | ``klSum`` |
    /// | `edmundson`, `edmundson:cue=1,key=0,title=1,location=1` | ``edmundson(_:)`` |
    public enum Algorithm: Sendable, Hashable, LosslessStringConvertible {
        /// LexRank: PageRank on the cosine-similarity graph. With a threshold, edges above it
        /// count equally; with `nil`, edges weigh their similarity (continuous LexRank).
        case lexRank(threshold: Double?)
        /// TextRank: PageRank on a graph of shared content terms normalized by sentence length.
        case textRank
        /// Position-aware directed centrality (PacSum-style), favouring sentences that later
        /// sentences echo.
        case positional(PositionalParameters)
        /// The leading sentences, in order (the Lead-k baseline).
        case lead
        /// Latent semantic analysis (Steinberger and Ježek, 2004): sentence strength from the
        /// leading `dimensions` singular triplets of the term-by-sentence matrix (`nil`: all).
        case lsa(dimensions: Int?)
        /// Luhn (1958): clusters of significant words, ended by `gap` insignificant words.
        case luhn(gap: Int)
        /// SumBasic (Nenkova and Vanderwende, 2005): word probabilities, squared once used.
        case sumBasic
        /// KL-Sum (Haghighi and Vanderwende, 2009): greedy minimization of the divergence
        /// between the summary's and the document's word distributions.
        case klSum
        /// Edmundson (1969): cue, key, title and location features, weighted.
        case edmundson(EdmundsonWeights)

        /// The names accepted by ``init(_:)``.
        public static let names = [
            "lexrank", "lexrank-continuous", "textrank", "positional", "lead",
            "lsa", "luhn", "sumbasic", "klsum", "edmundson",
        ]

        /// Parses the textual form, e.g. `lexrank:threshold=0.2`; `nil` if it is not valid.
        public init?(_ description: String) {
            guard let parsed = try? Self(parsing: description) else { return nil }
            self = parsed
        }

        /// Parses the textual form, explaining what is wrong when it is not valid.
        public init(parsing description: String) throws(ParseError) {
            var options = try SpecificationOptions(parsing: description)
            try self.init(options: &options)
            try options.finish()
        }

        /// Reads the algorithm named by `options`, taking its keys.
        init(options: inout SpecificationOptions) throws(ParseError) {
            switch options.name {
            case "lexrank":
                self = .lexRank(threshold: try options.takeOptional("threshold", default: 0.1, in: 0...1))
            case "lexrank-continuous":
                self = .lexRank(threshold: nil)
            case "textrank":
                self = .textRank
            case "positional":
                self = .positional(try PositionalParameters(options: &options))
            case "lead":
                self = .lead
            case "lsa":
                self = .lsa(dimensions: try options.takeCount("dimensions", default: nil))
            case "luhn":
                guard let gap = try options.takeCount("gap", default: 4) else { throw ParseError("'gap' needs a number") }
                self = .luhn(gap: gap)
            case "sumbasic":
                self = .sumBasic
            case "klsum":
                self = .klSum
            case "edmundson":
                self = .edmundson(try EdmundsonWeights(options: &options))
            default:
                throw ParseError("unknown algorithm '\(options.name)'; expected one of: \(Self.names.joined(separator: ", "))")
            }
        }

        /// The textual form, which ``init(_:)`` reads back.
        public var description: String {
            switch self {
            case .lexRank(threshold: nil): "lexrank-continuous"
            case .lexRank(threshold: let threshold?): "lexrank:threshold=\(threshold)"
            case .textRank: "textrank"
            case .positional(let p):
                "positional:preceding=\(p.precedingWeight),following=\(p.followingWeight),threshold=\(p.threshold)"
            case .lead: "lead"
            case .lsa(dimensions: nil): "lsa"
            case .lsa(dimensions: let k?): "lsa:dimensions=\(k)"
            case .luhn(let gap): "luhn:gap=\(gap)"
            case .sumBasic: "sumbasic"
            case .klSum: "klsum"
            case .edmundson(let w): "edmundson:cue=\(w.cue),key=\(w.key),title=\(w.title),location=\(w.location)"
            }
        }

        /// Why a textual algorithm could not be read.
        public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
            /// What is wrong.
            public var description: String
            /// Creates an error with its explanation.
            public init(_ description: String) { self.description = description }
        }
    }
}
