extension Summarizer {
    /// The weights of the four features of ``Algorithm/edmundson(_:)``; 0 turns a feature off.
    ///
    /// The defaults are sumy's: cue, title and location on, key off.
    public struct EdmundsonWeights: Sendable, Hashable {
        /// The weight of bonus minus stigma words.
        public var cue: Double
        /// The weight of frequent bonus words.
        public var key: Double
        /// The weight of title words.
        public var title: Double
        /// The weight of the position in paragraph and document (and title words).
        public var location: Double

        /// Creates weights; negative weights are not meaningful and are read as 0.
        public init(cue: Double = 1, key: Double = 0, title: Double = 1, location: Double = 1) {
            self.cue = max(cue, 0)
            self.key = max(key, 0)
            self.title = max(title, 0)
            self.location = max(location, 0)
        }

        /// Reads `cue`, `key`, `title` and `location` from `options`.
        init(options: inout SpecificationOptions) throws(Summarizer.Algorithm.ParseError) {
            let defaults = EdmundsonWeights()
            let values = [
                try options.take("cue", default: defaults.cue), try options.take("key", default: defaults.key),
                try options.take("title", default: defaults.title), try options.take("location", default: defaults.location),
            ]
            if let negative = values.first(where: { $0 < 0 }) {
                throw .init("edmundson weights must not be negative, got \(negative)")
            }
            self.init(cue: values[0], key: values[1], title: values[2], location: values[3])
        }
    }
}
