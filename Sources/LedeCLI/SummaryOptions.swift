import ArgumentParser
import Foundation
import Lede
import LedeEval

/// The options that shape a summary: algorithm and budget.
struct SummaryOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: "Summary length in sentences (default 3, unless --words or --ratio is given).")
    var sentences: Int?

    @Option(name: .long, parsing: .unconditional, help: "Summary length in words, never cutting a sentence.")
    var words: Int?

    @Option(name: .long, parsing: .unconditional, help: "Summary length as a fraction of the body's words, e.g. 0.2.")
    var ratio: Double?

    @Option(name: .long, help: ArgumentHelp(
        "Ranking algorithm: default, \(Summarizer.Algorithm.names.joined(separator: ", ")).",
        discussion: """
            'default' is Lede's tuned configuration (positional centrality with news priors); \
            the others run as published. Options follow a colon, e.g. lexrank:threshold=0.2. \
            The classic ones, as sumy 0.13 implements them, take the best-ranked sentences as \
            they are: lsa (Steinberger and Ježek 2004; lsa:dimensions=K keeps the K leading \
            singular triplets, default all), luhn (Luhn 1958; luhn:gap=4), sumbasic (Nenkova \
            and Vanderwende 2005), klsum (Haghighi and Vanderwende 2009), edmundson (Edmundson \
            1969; edmundson:cue=1,key=0,title=1,location=1, with Lede's bonus and stigma words).

            Bodies of more than 3,000 sentences (books, reports) are ranked without forming \
            the sentence graph, in time and memory that grow with the text. default, \
            lexrank-continuous and positional without a threshold give the same ranking as \
            the graph would; textrank weighs edges by a sum of exponentials that matches its \
            length normalizer to 1e-4; lexrank with a threshold and positional with a \
            threshold link a sentence only to sentences at most 3,000 distinct sentences away \
            (the full graph of a long text has too many edges above a threshold): an \
            approximation. On papers joined into texts of ~3,500 sentences it moved ROUGE by \
            0.08 points at most; windows far shorter than one paper cost up to 3 points \
            (Eval/README.md, Eval/bench/window-effect.sh).
            """,
        valueName: "name[:key=value,...]"))
    var algorithm: String = "default"

    @Option(name: .long, help: ArgumentHelp("A corpus IDF model written by `lede idf`.", valueName: "file"))
    var idf: String?

    mutating func validate() throws {
        let given = [sentences != nil, words != nil, ratio != nil].filter { $0 }.count
        if given > 1 { throw ValidationError("give at most one of --sentences, --words and --ratio") }
        try OptionRange.check("--sentences", sentences, atLeast: 1)
        try OptionRange.check("--words", words, atLeast: 1)
        if let ratio, !(ratio > 0 && ratio <= 1) {
            throw ValidationError("--ratio must be greater than 0 and at most 1 (got \(ratio))")
        }
        do {
            _ = try Summarizer.Configuration(parsing: algorithm)
        } catch {
            throw ValidationError("--algorithm: \(error.description)")
        }
    }

    /// The budget the options ask for.
    var budget: Summarizer.Budget {
        if let words { return .words(words) }
        if let ratio { return .ratio(ratio) }
        return .sentences(sentences ?? 3)
    }

    /// The summarizer configuration the options describe.
    func configuration() throws -> Summarizer.Configuration {
        var configuration: Summarizer.Configuration
        do {
            configuration = try Summarizer.Configuration(parsing: algorithm)
        } catch {
            throw CommandError("--algorithm: \(error.description)")
        }
        configuration.budget = budget
        if let idf {
            let model: TextInput.Document
            do {
                model = try TextInput.read(path: idf)
            } catch {
                throw CommandError("--idf \(error)")
            }
            do {
                configuration.idf = try IDFModel(serialized: model.text)
            } catch {
                throw CommandError("--idf \(idf): \(error.description)")
            }
        }
        return configuration
    }
}
