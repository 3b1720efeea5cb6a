import LedeText

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Recovers title, abstract, body and page chrome from plain text.
///
/// The rules, line by line (a line is a paragraph; blank lines only separate):
/// 1. Chrome lines (``PageChrome``) are set aside wherever they appear.
/// 2. The **header** is everything before the first line of prose (a line of six or more words
///    ending a sentence, or any line of 25 or more words). Its last line of three or more
///    words that is not chrome or a byline-like name is the **title**; the other header lines
///    (section names, bylines) are chrome.
/// 3. When the header carries page chrome besides the title (a section, tags, byline, comment
///    count or date), the page has the layout of a news site, and its first prose paragraph
///    after the title is the **abstract**, provided at least two more paragraphs follow and it
///    restates them (40% of its content words recur in the body).
/// 4. The rest is **body**. Short lines without sentence-final punctuation inside the body
///    are subheadings and are set aside. Lines that were hard-wrapped (a line without closing
///    punctuation followed by one starting in lower case) are joined.
/// Text with none of this structure (a single paragraph, tokenized text, a dataset's article)
/// comes out as body only.
struct ArticleParser: Sendable {
    func parse(_ text: String) -> Article {
        let lines = Self.paragraphLines(text)
        let isChrome = lines.map { PageChrome.isChrome($0[...]) }
        guard let firstProse = lines.indices.first(where: { Self.isProse(lines[$0]) && !isChrome[$0] }) else {
            // No prose at all: everything that is not chrome is body.
            var article = Article(paragraphs: [])
            for (line, chrome) in zip(lines, isChrome) {
                if chrome { article.boilerplate.append(line) } else { article.paragraphs.append(line) }
            }
            return article
        }

        var article = Article(paragraphs: [])
        var headerHasChrome = false
        let titleIndex = (0..<firstProse).last { index in
            Self.wordCount(lines[index], limit: 3) >= 3 && !isChrome[index] && !PageChrome.isNameLine(lines[index][...])
        }
        for index in 0..<firstProse {
            if index == titleIndex {
                article.title = lines[index]
            } else {
                article.boilerplate.append(lines[index])
                headerHasChrome = true
            }
        }

        var body: [String] = []
        for index in firstProse..<lines.count {
            if isChrome[index] || Self.isSubheading(lines[index]) {
                article.boilerplate.append(lines[index])
            } else {
                body.append(lines[index])
            }
        }
        if article.title != nil, headerHasChrome, body.count >= 3, Self.isProse(body[0]),
           Self.wordCount(body[0], limit: 121) <= 120, Self.restatesBody(body[0], body[1...]) {
            article.abstract = body.removeFirst()
        }
        article.paragraphs = body
        Self.removeDateline(from: &article)
        return article
    }

    /// Moves a dateline (`LONDON (CNN) -- `) from the start of the body to the chrome.
    private static func removeDateline(from article: inout Article) {
        guard let first = article.paragraphs.first, let cut = Dateline.end(in: first) else { return }
        article.boilerplate.append(String(first[..<cut]).trimmingTrailing(where: { $0 == " " }))
        article.paragraphs[0] = String(first[cut...])
    }

    /// Whether `candidate` re-uses the facts of `rest`, as an abstract does: at least 40% of its
    /// distinct content words (stemmed, stopwords removed) occur in the following paragraphs.
    /// A first body paragraph that opens the story with new facts does not. (Measured on our
    /// pages: 75% to 100% for abstracts, 22% for a page without one.)
    static func restatesBody(_ candidate: String, _ rest: ArraySlice<String>) -> Bool {
        let stemmer = PorterStemmer()
        func contentWords(_ text: String) -> Set<String> {
            var words = Set<String>()
            Tokenizer().forEachToken(in: text) { token in
                if !Stopwords.contains(token) { words.insert(stemmer.stem(token)) }
            }
            return words
        }
        let words = contentWords(candidate)
        guard !words.isEmpty else { return false }
        var restWords = Set<String>()
        for paragraph in rest { restWords.formUnion(contentWords(paragraph)) }
        return words.filter(restWords.contains).count * 5 >= words.count * 2
    }

    /// Non-blank lines, trimmed, with hard-wrapped lines joined.
    static func paragraphLines(_ text: String) -> [String] {
        var result: [String] = []
        var previousWasBlank = true
        for range in lineRanges(text) {
            let line = String(text[range].trimmingWhitespace())
            if line.isEmpty {
                previousWasBlank = true
                continue
            }
            if !previousWasBlank, let last = result.last, continuesWrappedLine(last, with: line) {
                result[result.count - 1] = last + " " + line
            } else {
                result.append(line)
            }
            previousWasBlank = false
        }
        return result
    }

    /// The ranges of the lines of `text`, without their `\n`.
    private static func lineRanges(_ text: String) -> [Range<String.Index>] {
        var text = text
        let offsets: [Range<Int>] = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var ranges: [Range<Int>] = []
            var start = 0
            while start < bytes.count {
                var newline = bytes.count
                if let found = memchr(base + start, 0x0A, bytes.count - start) {
                    newline = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                }
                ranges.append(start..<newline)
                start = newline + 1
            }
            return ranges
        }
        let utf8 = text.utf8
        return offsets.map { utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound) }
    }

    private static func continuesWrappedLine(_ previous: String, with next: String) -> Bool {
        guard let first = next.unicodeScalars.first, first.properties.isLowercase else { return false }
        guard let last = previous.last, !".!?:;\"”’)…".contains(last) else { return false }
        return !PageChrome.isChrome(previous[...])
    }

    /// The number of space-separated words of `line`, counting no further than `limit`.
    static func wordCount(_ line: String, limit: Int = .max) -> Int {
        var words = 0
        var inWord = false
        for byte in line.utf8 {
            if byte == 0x20 || byte == 0x09 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words >= limit { break }
            }
        }
        return words
    }

    static func isProse(_ line: String) -> Bool {
        let words = wordCount(line, limit: 25)
        return words >= 25 || (words >= 6 && PageChrome.endsSentence(line[...]))
    }

    static func isSubheading(_ line: String) -> Bool {
        !PageChrome.endsSentence(line[...]) && wordCount(line, limit: 13) <= 12 && !isListItem(line)
            && !(line.last.map { ",;:".contains($0) } ?? false)
    }

    private static func isListItem(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        if "-*•–—·".contains(first) { return true }
        let prefix = line.prefix(4)
        if let marker = prefix.firstIndex(where: { $0 == "." || $0 == ")" }), marker > prefix.startIndex {
            return prefix[..<marker].allSatisfy { $0.isNumber || $0.isLetter } && prefix[..<marker].count <= 2
        }
        return false
    }
}
