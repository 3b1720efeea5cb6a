import Foundation

/// Writing a whole output file (a report, a model, per-item scores), with an error that says
/// why it cannot be written instead of a Foundation error code.
enum OutputFile {
    /// Writes `text` to `path`, replacing the file.
    ///
    /// - Throws: ``CommandError`` `PATH: reason` when `path` is a folder, its folder does not
    ///   exist, or the file cannot be written.
    static func write(_ text: String, to path: String) throws(CommandError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandError("\(path): is a directory")
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw CommandError("\(path): no such folder '\(folder)'")
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw CommandError("\(path): cannot write (permission denied or disk full)")
        }
    }
}
