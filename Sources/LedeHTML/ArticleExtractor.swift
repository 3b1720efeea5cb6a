/// Finds the article in HTML pages: metadata the page declares (JSON-LD, OpenGraph, `<meta>`),
/// then a content-scoring pass over the element tree for the body.
///
/// One pass, no network, no JavaScript. A `Sendable` value: use one from any thread.
public struct ArticleExtractor: Sendable {
    /// Pages larger than this are read up to this size (and noted ``ExtractionNote/truncated``).
    public var maximumBytes: Int

    /// Creates an extractor.
    public init(maximumBytes: Int = 16 << 20) {
        self.maximumBytes = maximumBytes
    }

    /// Whether the bytes look like HTML rather than plain text: markup in their first kilobyte.
    ///
    /// - Complexity: O(1): at most the first 1,024 bytes are read.
    public static func looksLikeHTML(_ bytes: some Collection<UInt8>) -> Bool {
        var prefix = Array(bytes.prefix(1024)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { prefix.removeFirst(3) }
        let text = String(decoding: prefix, as: UTF8.self)
        let trimmed = text.drop(while: { $0.isWhitespace })
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<head") { return true }
        return ["<html", "<body", "<head>", "<p>", "<div", "<article", "<meta "].contains { text.contains($0) }
    }

    /// Extracts the article from the bytes of a page (any character set).
    ///
    /// - Complexity: O(n) time and memory in the size of the page (at most ``maximumBytes``).
    public func extract(_ bytes: [UInt8]) -> WebArticle {
        var notes: [ExtractionNote] = []
        var input = bytes
        if input.count > maximumBytes {
            input.removeSubrange(maximumBytes...)
            notes.append(.truncated)
        }
        guard input.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C) }) else {
            return WebArticle(notes: [.empty])
        }
        let (text, replaced) = input.withUnsafeBufferPointer { buffer in
            PageEncoding(sniffing: buffer).decode(buffer)
        }
        if ArticleExtractor.isBinary(text) {
            return WebArticle(notes: notes + [.binary])
        }
        if replaced { notes.append(.invalidEncoding) }
        let tree = PageTree(parsing: text)
        if tree.truncated { notes.append(.tooDeep) }
        var article = PageReading(tree: tree).article()
        article.notes = notes + article.notes
        return article
    }

    /// NUL characters, or more than 10% control characters, in the first 8 KB.
    static func isBinary(_ text: String) -> Bool {
        var count = 0, control = 0
        for byte in text.utf8 {
            // Continuation bytes of UTF-8 are parts of characters already counted.
            if byte & 0xC0 == 0x80 { continue }
            count += 1
            if count > 8192 { break }
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09, byte != 0x0C { control += 1 }
        }
        return control * 10 > min(count, 8192)
    }
}
