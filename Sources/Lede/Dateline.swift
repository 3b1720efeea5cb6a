/// Recognizes the dateline that wire and broadcast stories put before their first sentence:
/// `(CNN)`, `LONDON, England (CNN) -- `, `WASHINGTON (AP) — `, `( cnn ) -- ` in tokenized text.
enum Dateline {
    /// News organizations whose name in parentheses marks a dateline.
    static let agencies: Set<String> = [
        "cnn", "ap", "reuters", "afp", "upi", "bloomberg", "ew.com", "cnn student news", "cnnmoney",
        "the hollywood reporter", "mashable", "rolling stone", "time.com", "cnet", "dpa", "ansa", "xinhua",
        "pa", "efe", "bbc", "npr", "abc news", "cbs news", "nbc news", "the conversation",
    ]

    /// The length, in `Character`s, of the dateline at the start of `paragraph`, or 0.
    ///
    /// A dateline is an optional place, then an organization from ``agencies`` in
    /// parentheses, then an optional dash or colon. The place has no sentence punctuation and
    /// at most eight words, each capitalized; in lower-case text (tokenized corpora) at most
    /// four words.
    static func prefixLength(of paragraph: String) -> Int {
        guard let open = paragraph.prefix(120).firstIndex(of: "(") else { return 0 }
        let place = paragraph[..<open]
        let words = place.split(separator: " ").filter { $0 != "," }
        guard words.count <= 8, !place.contains(where: { ".!?\"“”:;".contains($0) }) else { return 0 }
        let lowerCaseText = !paragraph.prefix(400).contains(where: \.isUppercase)
        if lowerCaseText {
            guard words.count <= 4 else { return 0 }
        } else {
            guard words.allSatisfy({ $0.first?.isUppercase == true }) else { return 0 }
        }
        guard let close = paragraph[open...].prefix(40).firstIndex(of: ")") else { return 0 }
        let name = paragraph[paragraph.index(after: open)..<close]
            .split(separator: " ").joined(separator: " ").lowercased()
        guard agencies.contains(name) else { return 0 }
        var end = paragraph.index(after: close)
        let rest = paragraph[end...]
        let afterSpaces = rest.drop(while: { $0 == " " })
        for dash in ["--", "—", "–", "-", ":"] where afterSpaces.hasPrefix(dash) {
            end = afterSpaces.index(afterSpaces.startIndex, offsetBy: dash.count)
            break
        }
        end = paragraph[end...].drop(while: { $0 == " " }).startIndex
        guard end < paragraph.endIndex else { return 0 }  // nothing but a dateline: keep it
        return paragraph.distance(from: paragraph.startIndex, to: end)
    }
}
