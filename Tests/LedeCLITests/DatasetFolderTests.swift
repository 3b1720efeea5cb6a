import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Entries of a pages folder that are not files are skipped and counted, never fatal (issue 8,
/// case 10).
@Suite struct DatasetFolderTests {
    /// A copy of the sample pages with a dangling symbolic link, a symbolic link loop, a FIFO
    /// and a folder, all named `*.txt`.
    static func hostileFolder(_ scratch: ScratchFolder) throws -> String {
        let pages = LedeExecutable.path("Datasets/pages")
        let folder = scratch.file("pages")
        try FileManager.default.copyItem(atPath: pages, toPath: folder)
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.txt", withDestinationPath: folder + "/gone.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop-a.txt", withDestinationPath: folder + "/loop-b.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop-b.txt", withDestinationPath: folder + "/loop-a.txt")
        try #require(mkfifo(folder + "/fifo.txt", 0o600) == 0)
        try FileManager.default.createDirectory(atPath: folder + "/folder.txt", withIntermediateDirectories: false)
        return folder
    }

    @Test func evalSkipsAndCountsEntriesThatAreNotFiles() throws {
        let scratch = try ScratchFolder()
        let folder = try Self.hostileFolder(scratch)
        let result = try LedeExecutable.run(["eval", folder, "--systems", "lead-3", "--format", "json",
                                             "--resamples", "10", "--trials", "10"])
        #expect(result.status == 0, "\(result.standardError)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(report["articles"] as? Int == 13)
        for name in ["dangling.txt: a dangling symbolic link", "loop-a.txt: a symbolic link loop", "loop-b.txt: a symbolic link loop",
                     "fifo.txt: a FIFO, not a file", "folder.txt: a folder, not a file"] {
            #expect(result.standardError.contains(name), "\(name) not reported: \(result.standardError)")
        }
        #expect(result.standardError.contains("5 malformed record(s) skipped"))
    }

    @Test func idfSkipsAndCountsEntriesThatAreNotFiles() throws {
        let scratch = try ScratchFolder()
        let folder = try Self.hostileFolder(scratch)
        let model = scratch.file("pages.idf")
        let result = try LedeExecutable.run(["idf", folder, "--output", model])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("5 record(s) or file(s) skipped"))
        #expect(result.standardError.contains("from 13 articles"))
        #expect(FileManager.default.fileExists(atPath: model))
    }
}
