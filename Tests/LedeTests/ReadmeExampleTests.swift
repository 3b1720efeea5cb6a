import Foundation
import Testing
import Lede

/// The library example of README.md, verbatim, compiled and run here.
@Suite struct ReadmeExampleTests {
    static func example() -> (title: String?, sentences: [(Int, String)]) {
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }
        // README example begins
        let text = """
            Harbour town tests its flood gates
            The harbour town of Tilma Bay tested its new flood gates on Monday, closing both arms in under an hour.
            The gates cost $210m and were paid for by the regional government and a bond sold to residents.
            Engineers will inspect the hinges again before the first winter storm arrives.
            """
        var configuration = Summarizer.Configuration.default
        configuration.budget = .sentences(2)
        let summary = Summarizer(configuration: configuration).summarize(text)
        print(summary.title ?? "untitled")
        for sentence in summary.sentences {
            print(sentence.index, sentence.text)
        }
        // README example ends
        return (summary.title, summary.sentences.map { ($0.index, $0.text) })
    }

    @Test func exampleRunsAndSummarizes() {
        let result = Self.example()
        #expect(result.title == "Harbour town tests its flood gates")
        #expect(result.sentences.count == 2)
        #expect(result.sentences.map(\.0) == result.sentences.map(\.0).sorted())
    }

    @Test func readmeShowsThisExactCode() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```swift\n").dropFirst().first?.components(separatedBy: "```").first)
        let begin = try #require(source.range(of: "// README example begins\n"))
        let end = try #require(source.range(of: "        // README example ends"))
        let code = source[begin.upperBound..<end.lowerBound]
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : String($0) }
            .joined(separator: "\n")
        #expect(block == "import Lede\n\n" + code)
    }
}
