import ArgumentParser
import Foundation
import LedeEval

/// A failure reported to the user as one line on standard error, with exit status 1.
struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Standard error, unbuffered, for messages and warnings.
enum StandardError {
    static func write(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func warn(_ message: String) {
        write("lede: warning: \(message)")
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a ``CommandError`` or an output file that cannot be written into a
    /// one-line message and exit status 1.
    func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CommandError {
            StandardError.write("lede: \(error.description)")
            throw ExitCode.failure
        } catch let error as OutputFile.Failure {
            StandardError.write("lede: \(error.description)")
            throw ExitCode.failure
        }
    }
}
