import ArgumentParser
import Foundation

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
    /// Runs `body`, turning a ``CommandError`` into a one-line message and exit status 1.
    func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CommandError {
            StandardError.write("lede: \(error.description)")
            throw ExitCode.failure
        }
    }
}
