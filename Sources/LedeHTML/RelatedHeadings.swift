/// Headings that open a list of other pages ("Related stories", "Mehr zum Thema", "À lire
/// aussi"), from `Resources/related-headings.txt` (embedded in the library at build time).
enum RelatedHeadings {
    /// The phrases, as ``words(of:)``.
    static let phrases: Set<String> = {
        let lines = String(decoding: PackageResources.related_headings_txt, as: UTF8.self).split(whereSeparator: \.isNewline)
        return Set(lines.map { words(of: String($0.prefix { $0 != "#" })) }.filter { !$0.isEmpty })
    }()

    /// Whether a heading is, or starts with, one of the phrases.
    static func matches(_ heading: String) -> Bool {
        let heading = words(of: heading)
        guard !heading.isEmpty else { return false }
        if phrases.contains(heading) { return true }
        var end = heading.startIndex
        while let space = heading[end...].firstIndex(of: " ") {
            if phrases.contains(String(heading[..<space])) { return true }
            end = heading.index(after: space)
        }
        return false
    }

    /// The lower-cased words of a text (letters and digits), separated by one space.
    static func words(of text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            } else if character != "'" && character != "’" {
                pendingSpace = true
            }
        }
        return result
    }
}
