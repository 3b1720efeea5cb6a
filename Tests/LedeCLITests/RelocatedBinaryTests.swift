import Foundation
import Testing

/// A `lede` binary copied out of the build folder still scores ROUGE with stemming: WordNet's
/// irregular forms are compiled into LedeRouge (`.embedInCode`), not read from a bundle.
@Suite struct RelocatedBinaryTests {
    /// ROUGE-1 F of `candidate` against `reference` by the `lede` at `executable`, perl profile.
    static func rouge1(_ executable: String, candidate: String, reference: String, stemming: Bool,
                       in scratch: ScratchFolder) throws -> Double {
        let dataset = try scratch.write("gold.jsonl", #"{"id": "a", "article": "x", "references": [["\#(reference)"]]}"# + "\n")
        let predictions = try scratch.write("sys.jsonl", #"{"id": "a", "summary": ["\#(candidate)"]}"# + "\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["rouge", "--predictions", predictions, "--dataset", dataset, "--profile", "perl",
                             "--measures", "rouge1", "--format", "json"] + (stemming ? ["--stemming"] : [])
        // Run from the scratch folder, away from the package and its build products.
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rouge1 = try #require(report["rouge1"] as? [String: Any])
        return try #require(rouge1["fmeasure"] as? Double)
    }

    @Test func copiedBinaryStemsWithWordNetsIrregularForms() throws {
        let scratch = try ScratchFolder()
        let copy = scratch.file("bin/lede")
        try FileManager.default.createDirectory(atPath: scratch.file("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: LedeExecutable.url.path, toPath: copy)
        // `children` → `child` and `went`, `goes` → `go` come from the exception lists only.
        let (candidate, reference) = ("The children went home.", "The child goes home.")
        #expect(try Self.rouge1(copy, candidate: candidate, reference: reference, stemming: true, in: scratch) == 1)
        #expect(try Self.rouge1(copy, candidate: candidate, reference: reference, stemming: false, in: scratch) == 0.5)
        // LedeRouge has no resource bundle beside the original binary to fall back on.
        let products = LedeExecutable.url.deletingLastPathComponent().path
        let bundles = try FileManager.default.contentsOfDirectory(atPath: products).filter { $0.contains("LedeRouge") && $0.hasSuffix(".resources") }
        #expect(bundles.isEmpty, "\(bundles)")
    }
}
