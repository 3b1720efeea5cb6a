import Foundation

/// Paths of the fixture files in `Tests/LedeEvalTests/Fixtures/` (see its README).
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String {
        folder.appendingPathComponent(relative).path
    }
}
