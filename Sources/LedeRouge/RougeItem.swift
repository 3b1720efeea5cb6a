/// One candidate summary and its references, each a list of sentences.
public struct RougeItem: Sendable, Hashable {
    /// The candidate's sentences.
    public var candidate: [String]
    /// The references, each a list of its sentences.
    public var references: [[String]]

    /// Creates an item from sentences.
    public init(candidate: [String], references: [[String]]) {
        self.candidate = candidate
        self.references = references
    }

    /// Creates an item from texts whose sentences are separated by newlines.
    public init(candidate: String, references: [String]) {
        self.candidate = [candidate]
        self.references = references.map { [$0] }
    }
}
