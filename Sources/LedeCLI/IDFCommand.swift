import ArgumentParser
import Foundation
import Lede
import LedeEval
import LedeText

/// `lede idf`: build a corpus IDF model.
struct IDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "idf",
        abstract: "Build an IDF model (document frequencies of stemmed terms) from datasets.",
        discussion: """
            Counts, for every stemmed, stopword-free term, how many articles of the given \
            datasets contain it, and writes the counts as a small text model that \
            `lede --idf MODEL` and the library (IDFModel) use to weigh terms against a \
            background corpus instead of the article's own sentences. The model holds counts \
            of terms, never text.

            Datasets may be JSONL files (gzip allowed), folders of .story files, folders of \
            pages, or the BBC News Summary layout.

            Example:
              lede idf --output news.idf validation.jsonl.gz bbc/all.jsonl.gz
            """)

    @Argument(help: ArgumentHelp("Datasets to count.", valueName: "dataset"))
    var datasets: [String]

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the model.", valueName: "file"))
    var output: String

    @Option(name: .long, parsing: .unconditional, help: "Keep terms found in at least this many articles.")
    var minimumDocumentFrequency = 2

    @Flag(name: .long, help: "Skip malformed records (counted and reported) instead of stopping.")
    var skipInvalid = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if datasets.isEmpty { throw ValidationError("give at least one dataset") }
        try OptionRange.check("--minimum-document-frequency", minimumDocumentFrequency, atLeast: 1)
    }

    func run() throws {
        try reportingErrors {
            // One model is for one language: the given one, else the first record's.
            let chosen = try language.chosen()
            var builder: IDFModelBuilder?
            for dataset in datasets {
                do {
                    let source = try DatasetFormat.detect(dataset).open(dataset, skipInvalid: skipInvalid)
                    while let record = try source.next() {
                        if builder == nil {
                            let language = chosen ?? record.language ?? LanguageDetector().language(of: record.article) ?? .english
                            builder = IDFModelBuilder(language: language)
                        }
                        builder?.add(record.article)
                    }
                    for problem in source.skipped { StandardError.write("lede: skipped \(problem.description)") }
                    for warning in (source as? JSONLArticleReader)?.warnings ?? [] { StandardError.warn(warning.description) }
                    if !source.skipped.isEmpty { StandardError.warn("\(dataset): \(source.skipped.count) record(s) or file(s) skipped") }
                } catch let error as DatasetError {
                    throw CommandError(error.description)
                }
            }
            let model = (builder ?? IDFModelBuilder()).model(minimumDocumentFrequency: minimumDocumentFrequency)
            try OutputFile.write(model.serialized(), to: output)
            StandardError.write("lede: \(output): \(model.documentFrequency.count) terms from \(model.documentCount) articles")
        }
    }
}
