import ArgumentParser
import LedeText

/// `--language CODE`: the language of the input, instead of detecting it.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The language of the text, as an ISO 639-1 code (default: detected per article).",
        discussion: "Supported: \(Language.supported.map(\.code).joined(separator: ", ")).",
        valueName: "code"))
    var language: String?

    func validate() throws {
        _ = try chosen()
    }

    /// The language given, `nil` when none was.
    func chosen() throws -> Language? {
        guard let language else { return nil }
        do {
            return try Language(code: language)
        } catch {
            throw ValidationError("--language: \(error.description)")
        }
    }
}
