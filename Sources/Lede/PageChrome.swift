/// Recognizes the lines of page chrome that scraped news pages carry around an article.
///
/// Only short lines can be chrome: a line longer than ``maximumLength`` bytes (``maximumTagListLength``
/// for tag lists) is always content, which also keeps classification cheap on huge inputs.
enum PageChrome {
    static let maximumLength = 240
    /// Tag lists can be longer than other chrome.
    static let maximumTagListLength = 2_000

    /// Whether `line` (trimmed) is chrome wherever it appears: comment counts, source lines,
    /// share/follow/subscribe prompts, advertisements, read-more links, photo credits,
    /// publication stamps, bylines introduced by "By", tag lists.
    static func isChrome(_ line: Substring) -> Bool {
        guard !line.isEmpty else { return false }
        guard line.utf8.count <= maximumLength else {
            return line.utf8.count <= maximumTagListLength && isTagList(line)
        }
        // Every phrase, prefix and word looked for is ASCII and lower-case, so folding ASCII
        // capitals alone finds the same ones as `lowercased()` (but on the Kelvin sign, U+212A,
        // whose lower case is `k`), and a line that is not ASCII, like most Vietnamese lines,
        // costs about a fifth: no Unicode case mapping, no splitting into characters.
        let lower = Self.lowercasingASCII(line)
        let wordCount = Self.wordCount(of: lower)
        let bare = lower.trimmingTrailing { ":|·•-–—>»".contains($0) || $0 == " " }
        if bare.utf8.count <= Self.longestExactPhrase && exactPhrases.contains(bare) { return true }
        if let first = lower.utf8.first, let candidates = prefixesByFirstByte[first],
           candidates.contains(where: { Self.hasPrefix(lower, $0) }),
           wordCount <= 14 || Self.hasPrefix(lower, "original source") {
            return true
        }
        if wordCount <= 12 {  // counts and stamps are short
            let words = Self.words(of: lower)
            if isCount(words) || isPublicationStamp(line, words: words) { return true }
        }
        if isPhotoCredit(lower) { return true }
        if wordCount <= 8, Self.hasPrefix(lower, "by "), !endsSentence(line) || isInitialEnding(line) { return true }
        return isTagList(line)
    }

    /// Whether a header line (before the first paragraph of prose) is a byline-like name:
    /// two to five capitalized words, no digits, optionally joined by "and" or "&".
    static func isNameLine(_ line: Substring) -> Bool {
        guard line.utf8.count <= 80, !endsSentence(line) || isInitialEnding(line) else { return false }
        let words = line.split(separator: " ")
        guard (2...6).contains(words.count) else { return false }
        var names = 0
        for word in words {
            if word == "and" || word == "&" || word == "de" || word == "van" || word == "von" || word == "da" || word == "|" { continue }
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
            guard word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "," }) else { return false }
            names += 1
        }
        return (2...5).contains(names)
    }

    /// Whether the line ends with sentence-final punctuation (possibly inside closing quotes).
    static func endsSentence(_ line: Substring) -> Bool {
        var scalars = line.unicodeScalars.reversed().makeIterator()
        while let last = scalars.next() {
            switch last {
            case "\"", "'", "”", "’", ")", "]", "»", " ": continue
            case ".", "!", "?", "…": return true
            default: return false
            }
        }
        return false
    }

    private static func isInitialEnding(_ line: Substring) -> Bool {
        // "By Jane Q." ends with an initial, not a full stop.
        guard let last = line.split(separator: " ").last else { return false }
        return last.count == 2 && last.last == "." && last.first?.isUppercase == true
    }

    private static let exactPhrases: Set<String> = [
        "post comment", "post a comment", "leave a comment", "add a comment", "add comment",
        "comments", "comment", "view comments", "show comments", "load comments", "no comments",
        "join the conversation", "share", "share this", "share this article", "share this story",
        "share article", "share story", "tweet", "email", "e-mail", "print", "copy link", "save",
        "advertisement", "advertising", "sponsored", "sponsored content", "ad", "promoted",
        "story continues below advertisement", "article continues below", "continue reading",
        "continue reading below", "read more", "see more", "show more", "load more", "related",
        "related articles", "related stories", "related content", "more stories", "more from",
        "recommended", "recommended for you", "most read", "most popular", "trending",
        "trending now", "subscribe", "subscribe now", "sign in", "log in", "register", "menu",
        "home", "skip to content", "skip to main content", "back to top", "top", "next",
        "previous", "close", "loading", "loading...", "watch", "watch now", "listen",
        "listen to this article", "play", "photos", "video", "image", "gallery",
        "all rights reserved", "getty images", "reuters", "ap", "afp",
    ]

    /// ``prefixes`` by their first byte.
    private static let prefixesByFirstByte = Dictionary(grouping: prefixes) { $0.utf8.first! }

    /// The most bytes an exact phrase can take: three per character, the most a character
    /// canonically equivalent to an ASCII one takes (the Kelvin sign `K`, U+212A, is a `K`).
    private static let longestExactPhrase = 3 * exactPhrases.map(\.utf8.count).max()!

    private static let prefixes: [String] = [
        "original source", "source:", "sources:", "via:", "read more:", "read more at",
        "read more about", "read the full", "related:", "see also:", "also read:", "also see:",
        "more:", "more on this", "tags:", "topics:", "filed under", "categories:", "category:",
        "photo:", "photograph:", "photo by", "photos:", "image:", "image credit", "image source",
        "credit:", "credits:", "caption:", "picture:", "pictured:", "video:", "watch:",
        "follow us", "follow @", "follow the latest", "sign up", "subscribe to", "subscribe for",
        "share on", "share via", "share this", "published", "updated", "posted", "last updated",
        "last modified", "first published", "copyright", "©", "(c) ", "all rights reserved",
        "click here", "download the", "get the app", "reporting by", "additional reporting",
        "editing by", "edited by", "written by", "words by", "contact the author", "email the author",
        "advertisement", "sponsored by", "this article was", "this story was", "newsletter",
        "don't miss", "don’t miss", "trending:", "breaking:",
    ]

    private static let months: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
        "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
        "november", "dec", "december",
    ]
    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ]
    private static let countNouns: Set<String> = [
        "comment", "comments", "share", "shares", "view", "views", "reply", "replies",
        "like", "likes", "reaction", "reactions",
    ]

    /// `line` with its ASCII capitals lower-cased and every other byte as it is.
    static func lowercasingASCII(_ line: Substring) -> String {
        String(unsafeUninitializedCapacity: line.utf8.count) { buffer in
            var count = 0
            for byte in line.utf8 {
                buffer[count] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                count += 1
            }
            return count
        }
    }

    /// `text.hasPrefix(prefix)`, in bytes for a `prefix` whose characters have no other
    /// canonically equivalent spelling (ours are ASCII, `©` and `’`): the bytes must match, and
    /// then the prefix is whole characters of `text` unless a non-ASCII scalar follows it (a
    /// combining mark would join its last character), which `String` decides.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.starts(with: prefix.utf8) else { return false }
        let rest = utf8.dropFirst(prefix.utf8.count)
        guard let next = rest.first, next >= 0x80 else { return true }
        return text.hasPrefix(prefix)
    }

    /// The number of ``words(of:)`` of `text`.
    static func wordCount(of text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let isSeparator = byte == 0x20 || byte == 0x09
            if !isSeparator && !inWord { count += 1 }
            inWord = !isSeparator
        }
        return count
    }

    /// The words of `text` between spaces and tabs, split in bytes.
    static func words(of text: String) -> [Substring] {
        var words: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            utf8.formIndex(after: &index)
            if byte == 0x20 || byte == 0x09 {
                let end = utf8.index(before: index)
                if start != end { words.append(text[start..<end]) }
                start = index
            }
        }
        if start != index { words.append(text[start..<index]) }
        return words
    }

    /// "0 Comments", "1.2k shares", "5 min read".
    private static func isCount(_ words: [Substring]) -> Bool {
        guard words.count >= 2, words.count <= 4, let first = words.first?.first, first.isNumber else { return false }
        let noun = words[1].trimmingTrailing { !$0.isLetter }
        if countNouns.contains(noun) { return true }
        return words.count >= 3 && (words[1] == "min" || words[1] == "minute" || words[1] == "minutes") && words[2].hasPrefix("read")
    }

    /// A short dateline: a month or weekday name or "ago" with a number, or a clock time.
    private static func isPublicationStamp(_ line: Substring, words: [Substring]) -> Bool {
        guard words.count <= 12, line.contains(where: \.isNumber) else { return false }
        if endsSentence(line) && words.count > 6 { return false }
        var dateWords = 0
        for word in words {
            let bare = String(word.trimmingTrailing { !$0.isLetter && !$0.isNumber })
            if months.contains(bare) || weekdays.contains(bare) || bare == "ago" || bare == "gmt" || bare == "utc"
                || bare == "est" || bare == "edt" || bare == "bst" || bare == "pst" || isClockTime(bare) {
                dateWords += 1
            }
        }
        let digitsOnly = words.allSatisfy { $0.allSatisfy { $0.isNumber || "/-.:,".contains($0) } }
        return dateWords >= 1 && dateWords * 3 >= words.count || digitsOnly
    }

    private static func isClockTime(_ word: String) -> Bool {
        let parts = word.split(separator: ":")
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }
    }

    private static let photoCreditMarkers = ["/ reuters", "/reuters", "/ ap", "ap photo", "/ afp", "getty images", "/ getty",
                                             "(photo:", "(image:", "photo credit", "image credit", "shutterstock"]

    /// "Photo: Jane Doe / Reuters", "A protester in Lima. (AP Photo/Martin Mejia)".
    ///
    /// The markers are looked for in the UTF-8 bytes, a match counting only when it starts and
    /// ends between two characters, as with Foundation's `contains`: Foundation's search folds
    /// text that is not ASCII character by character, which cost about 10 million instructions
    /// per Vietnamese article.
    private static func isPhotoCredit(_ lower: String) -> Bool {
        guard lower.utf8.count <= 200 || lower.count <= 200 else { return false }
        var bytes = lower
        return bytes.withUTF8 { text in
            photoCreditMarkers.contains { marker in
                var marker = marker
                return marker.withUTF8 { marker in
                    guard let first = marker.first, marker.count <= text.count else { return false }
                    for start in 0...(text.count - marker.count) where text[start] == first {
                        guard (1..<marker.count).allSatisfy({ text[start + $0] == marker[$0] }) else { continue }
                        // A rare match: checked against character boundaries only then.
                        let utf8 = lower.utf8
                        let lowerBound = utf8.index(utf8.startIndex, offsetBy: start)
                        let upperBound = utf8.index(lowerBound, offsetBy: marker.count)
                        if lowerBound.samePosition(in: lower) != nil && upperBound.samePosition(in: lower) != nil { return true }
                    }
                    return false
                }
            }
        }
    }

    /// Three or more short, mostly capitalized items separated by commas, pipes or dots, with no
    /// sentence-final punctuation: "AMERICA, ASIA, CARTEL, CIA".
    private static func isTagList(_ line: Substring) -> Bool {
        guard mightBeTagList(line), !endsSentence(line) else { return false }
        let separators: Set<Character> = [",", "|", "·", "•", ";"]
        let items = line.split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingLeading { $0 == " " }.trimmingTrailing { $0 == " " } }
            .filter { !$0.isEmpty }
        guard items.count >= 4 else { return false }
        var capitalized = 0
        for item in items {
            let words = item.split(separator: " ")
            if words.count > 5 { return false }
            if let first = item.first, first.isUppercase || first.isNumber || first == "#" { capitalized += 1 }
        }
        return capitalized * 10 >= items.count * 7
    }
}

extension PageChrome {
    /// A byte-level screen for ``isTagList(_:)``: at least 3 separators, and few enough spaces
    /// for items of at most five words. Prose fails it without being split into Characters.
    private static func mightBeTagList(_ line: Substring) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var separators = 0, spaces = 0
            var previous: UInt8 = 0
            for byte in bytes {
                switch byte {
                case 0x2C, 0x7C, 0x3B: separators += 1                       // , | ;
                case 0xB7 where previous == 0xC2, 0xA2 where previous == 0x80: separators += 1  // · •
                case 0x20: spaces += 1
                default: break
                }
                previous = byte
            }
            return separators >= 3 && spaces <= 6 * (separators + 1)
        }
    }
}

extension Substring {
    /// The text without leading and trailing white space (ASCII fast path).
    func trimmingWhitespace() -> Substring {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80
                ? scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" || scalar.value == 0x0B || scalar.value == 0x0C
                : scalar.properties.isWhitespace
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        return Substring(scalars[first...last])
    }
}

extension StringProtocol {
    /// The text without trailing characters matching `predicate`.
    func trimmingTrailing(where predicate: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard predicate(self[before]) else { break }
            end = before
        }
        return String(self[startIndex..<end])
    }

    /// The text without leading characters matching `predicate`.
    func trimmingLeading(where predicate: (Character) -> Bool) -> String {
        String(drop(while: predicate))
    }
}
