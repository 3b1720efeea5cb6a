import ArgumentParser
import Lede
import LedeEval
import LedeText

/// `lede sentences`: the sentence segmenter on its own.
struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Split text into sentences, one per line.",
        discussion: """
            Prints every sentence of each FILE (or standard input) on its own line, verbatim. \
            Abbreviations (Mr., U.S., a.m.), initials, decimals, ellipses, quotes after the \
            full stop and list items are handled, and so is PTB-tokenized lower-case text such \
            as the CNN/DailyMail files (`he said . the ...`). Line breaks inside a sentence \
            are printed as spaces.

            Examples:
              lede sentences article.txt
              echo "Dr. Smith arrived at 5 p.m. on Monday. He left." | lede sentences
            """)

    @Argument(help: ArgumentHelp("Files to split; standard input when none is given or for '-'.", valueName: "file"))
    var files: [String] = []

    @OptionGroup var language: LanguageOption

    func run() throws {
        try reportingErrors {
            let chosen = try language.chosen()
            var output = StandardOutput()
            defer { output.flush() }
            let failures = InputText.forEach(InputText.paths(files), writingTo: &output) { document, output in
                let segmenter = SentenceSegmenter(language: chosen ?? LanguageDetector().language(of: document.text) ?? .english)
                for sentence in segmenter.sentences(in: document.text) {
                    output.writeLine(sentence.split(whereSeparator: \.isNewline).joined(separator: " "))
                }
                return true
            }
            if failures > 0 {
                output.flush()
                throw ExitCode.failure
            }
        }
    }
}
