import Foundation

/// Listing and reading the files of folder-based datasets.
enum FileListing {
    /// The regular files directly in `folder` whose names end with `suffix`, sorted by name.
    static func files(in folder: String, suffix: String) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw DatasetError.cannotOpen(path: folder, reason: "cannot list the folder")
        }
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    /// The regular files directly in `folder` whose names end with one of `suffixes`, sorted by name.
    static func files(in folder: String, suffixes: [String]) throws -> [String] {
        try suffixes.flatMap { try files(in: folder, suffix: $0) }.sorted()
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

    /// The file's text, with invalid UTF-8 replaced.
    static func text(of path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DatasetError.cannotOpen(path: path, reason: "cannot read")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The file name without its folder and extension (and without `.gz` first).
    static func stem(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return ((name.hasSuffix(".gz") ? String(name.dropLast(3)) : name) as NSString).deletingPathExtension
    }
}
