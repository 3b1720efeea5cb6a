import Lede
import LedeEval

// Page parsing and summarizing: any bytes are decoded as `lede` decodes a file (byte order
// marks, invalid UTF-8, line endings), parsed as a page and summarized; every candidate is a
// verbatim slice of a body paragraph, scores are finite, ranks are a permutation, and the
// selection is in document order within the budget.

let summarizer = Summarizer()
let wordSummarizer = Summarizer(configuration: try! .init(parsing: "textrank"))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let decoded = TextInput.decode(Array(UnsafeBufferPointer(start: data, count: size))).text
    require(!decoded.utf8.contains(0x0D), "a carriage return survived decoding")
    let article = Article(parsing: decoded)
    for summarizer in [summarizer, wordSummarizer] {
        let summary = summarizer.summarize(article)
        let candidates = summary.candidates
        var ranks = Set<Int>()
        for candidate in candidates {
            require(candidate.score.isFinite, "score \(candidate.score) of sentence \(candidate.index)")
            require(!candidate.text.isEmpty, "empty sentence \(candidate.index)")
            require(article.paragraphs.contains { containsVerbatim($0, candidate.text) }, "sentence \(candidate.index) is not verbatim")
            ranks.insert(candidate.rank)
        }
        require(ranks == Set(candidates.indices.map { $0 + 1 }), "ranks are not a permutation")
        let indices = summary.sentences.map(\.index)
        require(indices == indices.sorted() && Set(indices).count == indices.count, "selection out of order")
        require(indices.count <= 3, "\(indices.count) sentences selected for a budget of 3")
        require(indices.allSatisfy { candidates.indices.contains($0) && candidates[$0].isSelected }, "selection mismatch")
    }
    return 0
}
