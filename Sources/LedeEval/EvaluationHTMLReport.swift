/// Renders an evaluation as one self-contained HTML page: the settings, a chart per ROUGE
/// measure (means with their intervals, the baseline marked, significance shown), the sortable
/// results table, and an article explorer that shows which sentences each system chose.
///
/// The page needs nothing else: styles, the inline SVG charts and a little JavaScript are in
/// the file, and it refers to no other file or address. Every text from the dataset is escaped.
///
/// ```swift
/// let evaluation = try Evaluation(dataset: "cnn", records: records, systems: systems, options: options)
/// let page = EvaluationHTMLReport(evaluation: evaluation, records: records, options: options)
/// try page.render().write(toFile: "report.html", atomically: true, encoding: .utf8)
/// ```
public struct EvaluationHTMLReport: Sendable {
    /// The evaluation to show.
    public var evaluation: Evaluation
    /// The records the evaluation ran on, in the same order.
    public var records: [ArticleRecord]
    /// The options the evaluation ran with (shown in the settings).
    public var options: Evaluation.Options
    /// Names and versions of the software that produced the results, shown in the settings
    /// after the compiler's and the ROUGE profile's.
    public var versions: [(name: String, version: String)]
    /// How many articles the explorer holds at most (the first ones of the dataset), so that
    /// large datasets give a page a browser opens quickly.
    public var maximumArticles: Int

    /// Creates a report of `evaluation`, which ran on `records` with `options`.
    public init(
        evaluation: Evaluation, records: [ArticleRecord], options: Evaluation.Options,
        versions: [(name: String, version: String)] = [], maximumArticles: Int = 200
    ) {
        self.evaluation = evaluation
        self.records = records
        self.options = options
        self.versions = versions
        self.maximumArticles = maximumArticles
    }

    /// The page.
    ///
    /// - Complexity: O(*s* · *n*) for *s* systems and *n* articles (the chart and table use the
    ///   report; the explorer re-splits the bodies of at most ``maximumArticles`` articles).
    public func render() -> String {
        let report = evaluation.report
        let title = "Lede evaluation: \(report.dataset)"
        var body = "<header><h1>\(HTMLText.escape(title))</h1></header>\n<main>\n"
        body += settingsSection()
        body += chartsSection()
        body += tableSection()
        body += explorerSection()
        body += "</main>\n<script>\(Self.script)</script>\n"
        return HTMLText.document(title: title, style: Self.style, body: body)
    }

    /// The measures in report order.
    static let measureNames = ["ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-Lsum"]

    /// The compiler that built this library and the reference scorer whose numbers it gives.
    static var builtVersions: [String] {
        #if compiler(>=6.3)
        let swift = "Swift 6.3 or later"
        #elseif compiler(>=6.2)
        let swift = "Swift 6.2"
        #elseif compiler(>=6.1)
        let swift = "Swift 6.1"
        #else
        let swift = "Swift 6.0"
        #endif
        return [swift, "rouge-score 0.1.2 profile"]
    }

    /// The largest p-value counted as significant: one minus the confidence level.
    var significanceLevel: Double {
        1 - options.confidence
    }

    /// The settings block.
    private func settingsSection() -> String {
        let report = evaluation.report
        var rows: [(String, String)] = [
            ("Dataset", "\(report.dataset) (\(report.articles) articles)"),
            ("Budget", report.budget),
            ("Scorer", "ROUGE-1, -2, -L, -Lsum F-measure; rouge-score profile, Porter stemming, best F over references"),
            ("Baseline", report.baseline ?? "none"),
            ("Intervals", "\(HTMLText.fixed(options.confidence * 100, digits: 0))% bootstrap, \(options.resamples) resamples"),
            ("Significance", "paired approximate randomization, \(options.significanceTrials) trials, "
                + "p < \(HTMLText.fixed(significanceLevel, digits: 2)) against the baseline"),
            ("Seed", String(options.seed)),
        ]
        rows.append(("Versions", (Self.builtVersions + versions.map { "\($0.name) \($0.version)" }).joined(separator: ", ")))
        let cells = rows.map { "<dt>\(HTMLText.escape($0.0))</dt><dd>\(HTMLText.escape($0.1))</dd>" }
        return "<section id=\"settings\"><h2>Settings</h2><dl>\(cells.joined())</dl></section>\n"
    }
}
