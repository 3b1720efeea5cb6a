import Foundation
import Testing
@testable import LedeEval

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Folder entries that are not readable files are listed apart, not fatal (issue 8, case 10).
@Suite struct FileListingTests {
    @Test func entriesThatAreNotFilesAreListedWithTheirReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "A page.".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/b.txt", withDestinationPath: folder + "/a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/c.txt", withDestinationPath: folder + "/none.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/d.txt", withDestinationPath: folder + "/d.txt")
        try #require(mkfifo(folder + "/e.txt", 0o600) == 0)
        try FileManager.default.createDirectory(atPath: folder + "/f.txt", withIntermediateDirectories: false)
        try "ignored".write(toFile: folder + "/g.md", atomically: true, encoding: .utf8)

        let listing = try FileListing.files(in: folder, suffix: ".txt")
        #expect(listing.files == [folder + "/a.txt", folder + "/b.txt"])
        #expect(listing.unreadable == [
            .invalid(path: folder + "/c.txt", reason: "a dangling symbolic link"),
            .invalid(path: folder + "/d.txt", reason: "a symbolic link loop"),
            .invalid(path: folder + "/e.txt", reason: "a FIFO, not a file"),
            .invalid(path: folder + "/f.txt", reason: "a folder, not a file"),
        ])
    }
}
