/// Small web pages written for these tests: a story about a harbour's new flood gates, wrapped
/// in the chrome news sites put around their articles.
enum TestPages {
    static let paragraphs = [
        "The harbour town of Tilma Bay tested its new flood gates on Monday, closing both arms in under an hour while crews watched from the quay.",
        "The gates cost $210m and were paid for by the regional government and by a bond that was sold to residents last spring.",
        "Engineers will inspect the hinges again before the first winter storm arrives, the harbour master said, and a second test is planned for November.",
        "Residents who lost their homes in the floods of 2019 said the gates came too late, but welcomed the speed of the test, which beat the target by twenty minutes.",
    ]

    static var bodyHTML: String { paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n") }

    static let navigation = """
        <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
        <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
        """

    static let footer = "<footer><p>Copyright 2026 The Coastal Courier. All rights reserved.</p></footer>"

    static func page(head: String = "", article: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8"><title>Tilma Bay tests its flood gates | The Coastal Courier</title>
        \(head)</head>
        <body>\(navigation)
        <main>\(article)</main>
        \(footer)</body></html>
        """
    }
}
