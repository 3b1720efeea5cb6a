import ArgumentParser
import Foundation
import Lede
import LedeEval
import LedeHTML

/// `lede extract [FILE...]`: the article found in a web page.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article found in a web page: title, abstract and body paragraphs.",
        discussion: """
            Reads each FILE (or standard input) as an HTML page in any character set, or as a \
            text page like Datasets/pages/, finds the article (title, standfirst, byline, date, \
            body) and sets the rest of the page aside. Text output: the title, the abstract and \
            the body paragraphs, separated by blank lines. JSON output: {"title", "abstract", \
            "byline", "published", "language", "body": [paragraphs], "url"} with null where \
            absent (an array of them, with "file", for several files).

            Examples:
              lede extract page.html
              curl -s https://example.com/story.html | lede extract --format json
            """)

    @Argument(help: ArgumentHelp("Pages to read; standard input when none is given or for '-'.", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    /// `lede extract` writes text or JSON (`lede --format html` is for summaries).
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        try reportingErrors {
            var output = StandardOutput()
            defer { output.flush() }
            var reports: [ExtractionReport] = []
            let paths = InputText.paths(files)
            var printed = 0
            let failures = InputText.forEach(paths, writingTo: &output) { document, output in
                let name = document.name
                let article = document.page ?? ExtractCommand.textArticle(document)
                for note in article.notes { StandardError.warn("\(name): \(note)") }
                switch format {
                case .json:
                    reports.append(ExtractionReport(file: paths.count > 1 ? name : nil, article: article))
                case .text:
                    if paths.count > 1 { output.writeLine((printed > 0 ? "\n" : "") + "==> \(name) <==") }
                    let parts = [article.title, article.abstract].compactMap { $0 } + article.body
                    output.writeLine(parts.joined(separator: "\n\n"))
                }
                printed += 1
                return true
            }
            try InputText.finish(
                jsonReports: format == .json ? reports : nil, paths: paths, failures: failures, output: &output)
        }
    }
}

extension ExtractCommand {
    /// A text page's parts, as `lede` parses them (``Lede/Article/init(parsing:)``).
    static func textArticle(_ document: TextInput.Document) -> WebArticle {
        guard document.text.contains(where: { !$0.isWhitespace }) else { return WebArticle(notes: [.empty]) }
        let parsed = Article(parsing: document.text)
        return WebArticle(title: parsed.title, abstract: parsed.abstract, body: parsed.paragraphs,
                          notes: document.hadInvalidEncoding ? [.invalidEncoding] : [])
    }
}

/// The JSON of `lede extract`: every field present, null where absent.
struct ExtractionReport: Encodable {
    var file: String?
    var article: WebArticle

    enum CodingKeys: String, CodingKey {
        case file, title, abstract, byline, published, language, body, url, notes
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(file, forKey: .file)
        try container.encode(article.title, forKey: .title)
        try container.encode(article.abstract, forKey: .abstract)
        try container.encode(article.byline, forKey: .byline)
        try container.encode(article.published, forKey: .published)
        try container.encode(article.language, forKey: .language)
        try container.encode(article.body, forKey: .body)
        try container.encode(article.url, forKey: .url)
        if !article.notes.isEmpty { try container.encode(article.notes.map(\.description), forKey: .notes) }
    }
}
