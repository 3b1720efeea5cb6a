/// A system's summary of one dataset item, as read from a predictions file.
///
/// Predictions files are JSON Lines, one object per item:
/// `{"id": "<dataset id>", "summary": ["sentence 1", "sentence 2"]}`. The summary may also be a
/// single string, with a newline between sentences.
public struct Prediction: Sendable, Hashable, Encodable {
    /// The id of the dataset item the summary is for.
    public var id: String
    /// The summary's sentences (a single-string summary is one element, newlines included).
    public var sentences: [String]

    /// The keys of a predictions line.
    enum CodingKeys: String, CodingKey {
        case id, sentences = "summary"
    }

    /// Creates a prediction.
    public init(id: String, sentences: [String]) {
        self.id = id
        self.sentences = sentences
    }
}
