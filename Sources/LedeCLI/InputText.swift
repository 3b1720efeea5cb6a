import LedeEval

/// The inputs of `lede` and `lede sentences`: files, streams, or standard input.
enum InputText {
    /// The inputs named on the command line; standard input (`-`) when there are none.
    static func paths(_ arguments: [String]) -> [String] {
        arguments.isEmpty ? ["-"] : arguments
    }

    /// Reads one input (`-` is standard input), warning when invalid text was replaced.
    static func read(_ path: String) throws(DatasetError) -> TextInput.Document {
        let document = path == "-" ? try TextInput.readStandardInput() : try TextInput.read(path: path)
        if document.hadInvalidEncoding {
            StandardError.warn("\(document.name): invalid UTF-8 replaced with U+FFFD")
        }
        return document
    }
}
