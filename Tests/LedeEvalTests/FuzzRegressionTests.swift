import Testing
import Lede
import LedeEval

/// Inputs the libFuzzer harnesses of `Fuzz/` stopped on (see `Fuzz/README.md`), kept as tests.
@Suite struct FuzzRegressionTests {
    /// `page`, 2026-12-06: invalid UTF-8, a lone CR and a NUL. The harness's own check, which
    /// used Foundation's `String.contains`, trapped ("String index is out of bounds"); Lede
    /// must summarize it with every sentence verbatim from the body.
    @Test func replacementCharactersCarriageReturnAndNUL() {
        let text = TextInput.decode([0x26, 0xFF, 0xFF, 0xFF, 0xFF, 0x0D, 0xF5, 0x00]).text
        #expect(text == "&\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\n\u{FFFD}\u{0}")
        let article = Article(parsing: text)
        let summary = Summarizer().summarize(article)
        #expect(summary.candidates.map(\.text) == ["&\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}", "\u{FFFD}\u{0}"])
        for candidate in summary.candidates {
            #expect(candidate.score.isFinite)
            #expect(article.paragraphs.contains { Array($0.utf8).firstRange(of: Array(candidate.text.utf8)) != nil })
        }
    }
}
