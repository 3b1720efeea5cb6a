/// Recognizes the dateline that wire and broadcast stories put before their first sentence:
/// `(CNN)`, `LONDON, England (CNN) -- `, `WASHINGTON (AP) — `, `( cnn ) -- ` in tokenized text.
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
    /// parentheses, then an optional dash or colon. The place has no sentence punctuation and
    /// at most eight words, each capitalized; in lower-case text (tokenized corpora) at most
    /// four words. A paragraph that is nothing but a dateline keeps it.
    static func end(in paragraph: String) -> String.Index? {
        let utf8 = paragraph.utf8
        // Only the first 120 bytes can hold the opening parenthesis; scan bytes, not Characters.
        guard let open = utf8.prefix(120).firstIndex(of: UInt8(ascii: "(")),
              let close = utf8[open...].prefix(40).firstIndex(of: UInt8(ascii: ")")) else { return nil }
        let place = paragraph[..<open]
        let words = place.split(separator: " ").filter { $0 != "," }
        guard words.count <= 8, !place.contains(where: { ".!?\"“”:;".contains($0) }) else { return nil }
        let lowerCaseText = !paragraph.utf8.prefix(400).contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        if lowerCaseText {
            guard words.count <= 4 else { return nil }
        } else {
            guard words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        }
        let name = paragraph[paragraph.index(after: open)..<close]
            .split(separator: " ").joined(separator: " ").lowercased()
        guard agencies.contains(name) else { return nil }
        var end = paragraph.index(after: close)
        let afterSpaces = paragraph[end...].drop(while: { $0 == " " })
        for dash in ["--", "—", "–", "-", ":"] where afterSpaces.hasPrefix(dash) {
            end = afterSpaces.index(afterSpaces.startIndex, offsetBy: dash.count)
            break
        }
        end = paragraph[end...].drop(while: { $0 == " " }).startIndex
        return end < paragraph.endIndex ? end : nil
    }
}
