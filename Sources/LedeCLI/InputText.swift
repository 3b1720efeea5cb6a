import ArgumentParser
import LedeEval

/// The inputs of `lede`, `lede sentences` and `lede extract`: files, streams, or standard input.
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

    /// Ends a run over `paths`: writes the JSON reports collected, if any (one input's report on
    /// its own, several inputs' as an array), then fails with exit status 1 when `failures` is
    /// not zero, after everything that could be printed has been.
    static func finish(
        jsonReports reports: [some Encodable]?, paths: [String], failures: Int, output: inout StandardOutput
    ) throws {
        if let reports, !reports.isEmpty || paths.count > 1 {
            let value: any Encodable = paths.count == 1 ? reports[0] : reports
            output.writeLine(try ReportJSON.encode(value))
        }
        if failures > 0 {
            output.flush()
            throw ExitCode.failure
        }
    }
}
