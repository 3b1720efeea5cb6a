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

    /// Reads each of `paths` in turn and hands the documents to `body`, which writes to `output`
    /// and returns whether it could use the document. An input that cannot be read is reported
    /// (after `output` is flushed, so that the report follows what was written before it) and
    /// passed over, so that one bad input never stops the others.
    ///
    /// - Returns: How many inputs could not be read or used.
    static func forEach(
        _ paths: [String], writingTo output: inout StandardOutput,
        _ body: (TextInput.Document, inout StandardOutput) throws -> Bool
    ) rethrows -> Int {
        var failures = 0
        for path in paths {
            let document: TextInput.Document
            do {
                document = try read(path)
            } catch {
                output.flush()
                StandardError.write("lede: \(error)")
                failures += 1
                continue
            }
            if try !body(document, &output) { failures += 1 }
        }
        return failures
    }
}
