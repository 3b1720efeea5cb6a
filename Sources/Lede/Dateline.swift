/// Recognizes the dateline that wire and broadcast stories put before their first sentence:
/// `(CNN)`, `LONDON, England (CNN) -- `, `WASHINGTON (AP) — `, `( cnn ) -- ` in tokenized text.
///
/// It runs on every article, so it reads UTF-8 bytes rather than `Character`s.
enum Dateline {
    /// News organizations whose name in parentheses marks a dateline.
    static let agencies: Set<String> = [
        "cnn", "ap", "reuters", "afp", "upi", "bloomberg", "ew.com", "cnn student news", "cnnmoney",
        "the hollywood reporter", "mashable", "rolling stone", "time.com", "cnet", "dpa", "ansa", "xinhua",
        "pa", "efe", "bbc", "npr", "abc news", "cbs news", "nbc news", "the conversation",
    ]

    /// Where the text after the dateline at the start of `paragraph` begins, or `nil` when the
    /// paragraph does not open with one.
    ///
    /// A dateline is an optional place, then an organization from ``agencies`` in
    /// parentheses, then an optional dash or colon. The place has no sentence punctuation or
    /// quotation marks and at most eight words, each capitalized; in lower-case text
    /// (tokenized corpora) at most four words. A paragraph that is nothing but a dateline
    /// keeps it.
    static func end(in paragraph: String) -> String.Index? {
        var paragraph = paragraph
        let offset: Int? = paragraph.withUTF8 { bytes in
            guard let open = bytes.prefix(120).firstIndex(of: UInt8(ascii: "(")),
                  let close = bytes[open...].prefix(40).firstIndex(of: UInt8(ascii: ")")) else { return nil }
            let lowerCaseText = !bytes.prefix(400).contains(where: isUpperASCII)
            guard placeIsPlausible(bytes[..<open], lowerCaseText: lowerCaseText) else { return nil }
            let name = String(decoding: bytes[(open + 1)..<close].map(lowerASCII), as: UTF8.self)
                .split(separator: " ").joined(separator: " ")
            guard agencies.contains(name) else { return nil }
            var end = skipSpaces(bytes, from: close + 1)
            for dash: [UInt8] in [[0x2D, 0x2D], [0xE2, 0x80, 0x94], [0xE2, 0x80, 0x93], [0x2D], [0x3A]]
            where bytes[end...].starts(with: dash) {
                end = skipSpaces(bytes, from: end + dash.count)
                break
            }
            return end < bytes.count ? end : nil
        }
        return offset.map { paragraph.utf8.index(paragraph.utf8.startIndex, offsetBy: $0) }
    }

    /// At most eight words (four in lower-case text), capitalized unless the text is lower-case,
    /// with no sentence punctuation or quotation marks.
    private static func placeIsPlausible(_ place: Slice<UnsafeBufferPointer<UInt8>>, lowerCaseText: Bool) -> Bool {
        let forbidden: Set<UInt8> = [0x2E, 0x21, 0x3F, 0x22, 0x3A, 0x3B, 0xE2]  // . ! ? " : ; and curly quotes' lead
        guard !place.contains(where: forbidden.contains) else { return false }
        let words = place.split(separator: 0x20).filter { $0 != [0x2C] }
        if lowerCaseText { return words.count <= 4 }
        return words.count <= 8 && words.allSatisfy { $0.first.map { $0 >= 0x80 || isUpperASCII($0) } == true }
    }

    private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count && bytes[index] == 0x20 { index += 1 }
        return index
    }

    private static func isUpperASCII(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func lowerASCII(_ byte: UInt8) -> UInt8 { isUpperASCII(byte) ? byte | 0x20 : byte }
}
