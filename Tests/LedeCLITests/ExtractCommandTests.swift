import Foundation
import Testing

@Suite struct ExtractCommandTests {
    static let boatyard = LedeExecutable.path("Datasets/web/001-brennock-boatyard-reopens.html")
    static let nightBuses = LedeExecutable.path("Datasets/web/002-westhaven-keeps-night-buses.html")
    static let criee = LedeExecutable.path("Datasets/web/003-port-lanvel-criee-en-ligne.html")

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonHasEveryFieldAndLeavesTheChromeOut() throws {
        let result = try LedeExecutable.run(["extract", "--format", "json", Self.boatyard])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try Self.json(result.standardOutput)
        #expect(Set(object.keys) == ["title", "abstract", "byline", "published", "language", "body", "url"])
        #expect(object["title"] as? String == "Brennock Boatyard Reopens With Orders for Twelve Electric Ferries")
        #expect((object["abstract"] as? String)?.hasPrefix("The Brennock boatyard, closed for four years") == true)
        #expect(object["byline"] as? String == "Ines Varga")
        #expect(object["published"] as? String == "2026-03-14T07:30:00Z")
        #expect(object["language"] as? String == "en")
        let body = try #require(object["body"] as? [String])
        #expect(body.count == 6)
        let text = body.joined(separator: "\n")
        for chrome in ["Share on social media", "harbourwatcher", "More from Business", "cookies", "Privacy"] {
            #expect(!text.contains(chrome), "\(chrome)")
        }
    }

    @Test func absentFieldsAreNull() throws {
        let result = try LedeExecutable.run(["extract", "--format", "json", Self.criee])
        let object = try Self.json(result.standardOutput)
        #expect(object["url"] is NSNull)
        #expect(object["language"] as? String == "fr")
    }

    @Test func windows1252PageIsDecoded() throws {
        let result = try LedeExecutable.run(["extract", Self.nightBuses])
        #expect(result.status == 0)
        let paragraphs = result.standardOutput.components(separatedBy: "\n\n")
        #expect(paragraphs.first == "Westhaven Council Votes to Keep Its Night Buses After Petition")
        #expect(paragraphs.dropFirst().first?.hasPrefix("Westhaven\u{2019}s council reversed a plan") == true)
    }

    @Test func htmlIsSummarizedFromItsBodyNotItsAbstract() throws {
        let html = try String(contentsOfFile: Self.criee, encoding: .utf8)
        let result = try LedeExecutable.run(["--format", "json"], input: html)
        #expect(result.status == 0, "\(result.standardError)")
        let object = try Self.json(result.standardOutput)
        #expect((object["abstract"] as? String)?.hasPrefix("La criée de Port-Lanvel vendra") == true)
        let sentences = try #require(object["sentences"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(sentences.count == 3)
        #expect(!sentences.contains { $0.contains("vendra désormais") || $0.contains("<") })
    }

    @Test func jsonlRecordsCarryingHTMLAreExtracted() throws {
        let html = try String(contentsOfFile: Self.boatyard, encoding: .utf8)
        let line = String(decoding: try JSONSerialization.data(withJSONObject: ["id": "boatyard", "html": html]), as: UTF8.self)
        let result = try LedeExecutable.run(["--jsonl"], input: line + "\n")
        #expect(result.status == 0, "\(result.standardError)")
        let object = try Self.json(result.standardOutput)
        #expect(object["id"] as? String == "boatyard")
        #expect(object["title"] as? String == "Brennock Boatyard Reopens With Orders for Twelve Electric Ferries")
        #expect((object["summary"] as? [String])?.count == 3)
    }

    @Test func evalReadsAFolderOfWebPages() throws {
        let result = try LedeExecutable.run(["eval", LedeExecutable.path("Datasets/web"), "--systems", "lead-3,default",
                                             "--resamples", "50", "--trials", "50"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("\(LedeExecutable.path("Datasets/web")): 3 articles"))
    }

    @Test func textPagesAreExtractedToo() throws {
        let result = try LedeExecutable.run(["extract", "--format", "json", LedeExecutable.path("Datasets/pages/001-marenhaven-storm-gates.txt")])
        let object = try Self.json(result.standardOutput)
        #expect((object["title"] as? String)?.hasPrefix("Marenhaven Closes Its New Storm Gates") == true)
        #expect(object["abstract"] is String)
    }

    @Test func binaryInputIsReported() throws {
        let result = try LedeExecutable.run(["extract"], input: Data([0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E, 0, 1, 2, 0, 0xFF, 0xFE, 0]))
        #expect(result.standardError.contains("binary input"))
    }
}
