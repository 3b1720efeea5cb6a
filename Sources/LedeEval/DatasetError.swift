/// An error reading a dataset, reported the way compilers report errors: `file:line: reason`.
public enum DatasetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened.
    case cannotOpen(path: String, reason: String)
    /// Reading or decompressing the file failed part-way.
    case readFailed(path: String, reason: String)
    /// One record of the file is not valid.
    case malformed(path: String, line: Int, reason: String)
    /// A file that holds one record (a story, a page, a BBC article) is not valid.
    case invalid(path: String, reason: String)

    /// A one-line message naming the file (and line, for a malformed record).
    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): "\(path): \(reason)"
        case let .readFailed(path, reason): "\(path): read error: \(reason)"
        case let .malformed(path, line, reason): "\(path):\(line): \(reason)"
        case let .invalid(path, reason): "\(path): \(reason)"
        }
    }
}
