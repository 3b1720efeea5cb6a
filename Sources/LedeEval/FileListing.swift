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

    /// The file name without its folder and extension.
    static func stem(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
