/// A ``RougeScorer`` configuration that cannot be scored.
public enum RougeConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No measure was asked for.
    case noMeasures
    /// A measure's parameter is out of range; the message names it.
    case invalidMeasure(String)
    /// `alpha` is not within 0 and 1.
    case invalidAlpha(Double)
    /// A length limit is not positive, or was given outside the ``RougeProfile/perl`` profile.
    case invalidLengthLimit(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .noMeasures: "no ROUGE measure was asked for"
        case let .invalidMeasure(message): message
        case let .invalidAlpha(alpha): "alpha must be between 0 and 1 (got \(alpha))"
        case let .invalidLengthLimit(message): message
        }
    }
}
