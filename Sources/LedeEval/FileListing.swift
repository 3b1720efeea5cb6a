import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Listing and reading the files of folder-based datasets.
enum FileListing {
    /// The entries directly in `folder` whose names end with `suffix`, sorted by name: the
    /// regular files (directly or through a symbolic link), and the others (dangling or looping
    /// symbolic links, FIFOs, folders, devices), each as the error to report when skipping it.
    static func files(in folder: String, suffix: String) throws -> (files: [String], unreadable: [DatasetError]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw DatasetError.cannotOpen(path: folder, reason: "cannot list the folder")
        }
        var listing: (files: [String], unreadable: [DatasetError]) = ([], [])
        for name in names.sorted() where name.hasSuffix(suffix) && !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            if let problem = notARegularFile(path) {
                listing.unreadable.append(.invalid(path: path, reason: problem))
            } else {
                listing.files.append(path)
            }
        }
        return listing
    }

    /// Why `path` is not a regular file that can be read, or `nil` when it is one.
    private static func notARegularFile(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            switch errno {
            case ENOENT: return "a dangling symbolic link"
            case ELOOP: return "a symbolic link loop"
            default: return "cannot be read (\(String(cString: strerror(errno))))"
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder, not a file"
        case S_IFIFO: return "a FIFO, not a file"
        default: return "not a regular file"
        }
    }

    /// ``files(in:suffix:)`` for entries whose names end with one of `suffixes`.
    static func files(in folder: String, suffixes: [String]) throws -> (files: [String], unreadable: [DatasetError]) {
        let listings = try suffixes.map { try files(in: folder, suffix: $0) }
        return (listings.flatMap(\.files).sorted(), listings.flatMap(\.unreadable))
    }

    /// The file's bytes, decompressed when its name ends with `.gz`.
    static func bytes(of path: String) throws -> [UInt8] {
        guard path.hasSuffix(".gz") else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DatasetError.cannotOpen(path: path, reason: "cannot read")
            }
            return Array(data)
        }
        let reader = try LineReader(path: path)
        var bytes: [UInt8] = []
        while let line = try reader.nextBytes() {
            bytes.append(contentsOf: line)
            bytes.append(0x0A)
        }
        return bytes
    }

    /// The subfolders of `folder`, sorted by name.
    static func folders(in folder: String) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw DatasetError.cannotOpen(path: folder, reason: "cannot list the folder")
        }
        return names.sorted().filter { !$0.hasPrefix(".") && isDirectory((folder as NSString).appendingPathComponent($0)) }
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    /// The file's text, decoded as ``TextInput/decode(_:)`` does.
    static func text(of path: String) throws -> String {
        try TextInput.read(path: path).text
    }

    /// The file name without its folder and extension (and without `.gz` first).
    static func stem(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return ((name.hasSuffix(".gz") ? String(name.dropLast(3)) : name) as NSString).deletingPathExtension
    }
}
