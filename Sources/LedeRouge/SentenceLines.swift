/// Cuts a summary into the lines both reference scorers see as sentences.
///
/// `rouge-score` splits the text at `"\n"` and drops empty pieces; ROUGE-1.5.5 reads one
/// sentence per line and skips empty lines. A list of sentences is their text joined with
/// `"\n"`, so a sentence that itself holds a newline counts as several. Only `"\n"` separates:
/// a `"\r"` stays in the line (and is a separator between tokens like any punctuation).
/// ``TokenPipeline`` cuts lines the same way while it tokenizes; this is for the length limits,
/// which work on whole lines.
enum SentenceLines {
    /// The non-empty lines of `sentences`.
    static func lines(of sentences: [String]) -> [Substring] {
        var result: [Substring] = []
        result.reserveCapacity(sentences.count)
        for sentence in sentences {
            for piece in sentence.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
                result.append(Substring(piece))
            }
        }
        return result
    }
}
