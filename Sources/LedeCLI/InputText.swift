import Foundation

/// Reading article text from files or standard input, the way every subcommand does it.
enum InputText {
    /// A text and where it came from.
    struct Document {
        var name: String
        var text: String
        /// Whether invalid UTF-8 was replaced while decoding.
        var hadInvalidUTF8: Bool
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

    /// The bytes of a file, or of standard input for `-`.
    static func readBytes(_ path: String) throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CommandError("\(path): is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("\(path): cannot read")
        }
        return Array(data)
    }

    /// Decodes UTF-8, replacing invalid sequences with U+FFFD.
    static func decode(_ data: some Collection<UInt8>, name: String) -> Document {
        let text = String(decoding: data, as: UTF8.self)
        let valid = String(validating: Array(data), as: UTF8.self) != nil
        return Document(name: name, text: text, hadInvalidUTF8: !valid)
    }
}
