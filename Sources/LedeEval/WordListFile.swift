import Foundation

/// A plain word list: one word per line, blank lines ignored (`lede rouge --stopwords`).
package enum WordListFile {
    /// The words of the UTF-8 file at `path`, each trimmed of spaces and tabs.
    ///
    /// - Throws: Foundation's error when the file cannot be read as UTF-8.
    /// - Complexity: O(*n*) in the size of the file.
    package static func read(_ path: String) throws -> Set<String> {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}
