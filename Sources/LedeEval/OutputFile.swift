import Foundation

/// Writing a whole output file (a report, a model, per-item scores, summaries), with an error
/// that says why it cannot be written instead of a Foundation error code.
package enum OutputFile {
    /// Why a file cannot be written: `PATH: reason`.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
        package init(_ description: String) { self.description = description }
    }

    /// Writes `text` to `path`, replacing the file.
    ///
    /// - Throws: ``Failure`` `PATH: reason` when `path` is a folder, its folder does not exist,
    ///   or the file cannot be written.
    package static func write(_ text: String, to path: String) throws(Failure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Failure("\(path): is a directory")
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw Failure("\(path): no such folder '\(folder)'")
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw Failure("\(path): cannot write (permission denied or disk full)")
        }
    }

    /// Creates `folder` (and its parents) unless it exists.
    ///
    /// - Throws: ``Failure`` `FOLDER: cannot create the folder`.
    package static func createFolder(_ folder: String) throws(Failure) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure("\(folder): cannot create the folder")
        }
    }
}
