import Foundation
import LedeHTML

/// Reading article text from files or standard input, the way every subcommand does it.
enum InputText {
    /// A text and where it came from.
    struct Document {
        var name: String
        var text: String
        /// Whether invalid UTF-8 was replaced while decoding.
        var hadInvalidUTF8: Bool
        /// The article found in the input when it is HTML.
        var page: WebArticle? = nil
    }

    /// Reads each path (`-` is standard input), or standard input when `paths` is empty.
    static func read(_ paths: [String]) throws -> [Document] {
        if paths.isEmpty { return [try readStandardInput()] }
        return try paths.map { path in
            path == "-" ? try readStandardInput() : try readFile(path)
        }
    }

    static func readStandardInput() throws -> Document {
        decode(FileHandle.standardInput.readDataToEndOfFile(), name: "<stdin>")
    }

    static func readFile(_ path: String) throws -> Document {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CommandError("\(path): is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("\(path): cannot read")
        }
        return decode(data, name: path)
    }

    /// Decodes UTF-8, replacing invalid sequences with U+FFFD; HTML goes through
    /// ``LedeHTML/ArticleExtractor`` (any character set) and its text is the article found.
    /// Valid text is copied once (a long text is never held twice, besides its bytes).
    static func decode(_ data: some Collection<UInt8>, name: String) -> Document {
        if ArticleExtractor.looksLikeHTML(data) {
            let page = ArticleExtractor().extract(Array(data))
            let text = ([page.title, page.abstract].compactMap { $0 } + page.body).joined(separator: "\n\n")
            return Document(name: name, text: text, hadInvalidUTF8: false, page: page)
        }
        if let text = String(validating: data, as: UTF8.self) {
            return Document(name: name, text: text, hadInvalidUTF8: false)
        }
        return Document(name: name, text: String(decoding: data, as: UTF8.self), hadInvalidUTF8: true)
    }
}
