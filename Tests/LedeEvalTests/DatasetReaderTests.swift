import Testing
@testable import LedeEval

@Suite struct DatasetReaderTests {
    @Test func jsonlPlainAndGzipGiveTheSameRecords() throws {
        let plain = try JSONLArticleReader(path: Fixtures.path("jsonl/valid.jsonl")).readAll()
        let gzip = try JSONLArticleReader(path: Fixtures.path("jsonl/valid.jsonl.gz")).readAll()
        #expect(plain.map(\.id) == ["v1", "v2", "v3", "v4", "v5"])
        #expect(plain == gzip)
        #expect(plain[1].references == [["Kinloss ferry fares will go up 2.5% from 1 May."],
                                        ["A car return will cost £41.20 from May.", "The operator cited fuel and wage costs."]])
        #expect(plain[2].title == nil)
        #expect(plain[0].title == "Town hall clock restarted")
        #expect(plain.allSatisfy { $0.source == "fixture" && $0.article.contains("\n\n") })
    }

    @Test func jsonlMinimalForm() throws {
        let records = try JSONLArticleReader(path: Fixtures.path("jsonl/minimal.jsonl")).readAll()
        #expect(records.map(\.id) == ["n1", "n2", "3"])
        #expect(records[0].article == "The village fete raised £3,400 for the new playground. Organisers thanked 60 volunteers.")
        #expect(records.allSatisfy { $0.title == nil && $0.references.isEmpty && $0.source == nil })
    }

    @Test func jsonlMalformedLinesAreReportedWithFileAndLine() throws {
        let path = Fixtures.path("jsonl/malformed.jsonl")
        let strict = try JSONLArticleReader(path: path)
        #expect(try strict.next()?.id == "m1")
        #expect(throws: DatasetError.malformed(path: path, line: 2, reason: "invalid JSON")) { try strict.next() }

        let lenient = try JSONLArticleReader(path: path, skipInvalid: true)
        #expect(try lenient.readAll().map(\.id) == ["m1", "m3", "m5"])
        #expect(lenient.skipped.map(\.description) == [
            "\(path):2: invalid JSON",
            "\(path):4: missing \"article\" (or \"text\")",
            "\(path):6: \"references\" must be a list of lists of strings",
        ])
    }

    @Test func storyFolder() throws {
        let folder = Fixtures.path("stories")
        let reader = try StoryFolderReader(folder: folder, skipInvalid: true)
        let records = try reader.readAll()
        #expect(records.map(\.id) == ["ferry-fares", "school-garden"])
        #expect(records[0].references == [["Kinloss ferry fares rise 2.5% from 1 May", "A car return will cost £41.20"]])
        #expect(records[0].article.components(separatedBy: "\n\n").count == 3)
        #expect(records[0].article.hasPrefix("KINLOSS, Scotland (Example News) -- Fares on the Kinloss ferry will rise by 2.5% from 1 May, the operator said on Tuesday.\n\n"))
        #expect(records[1].references[0].count == 3)
        #expect(reader.skipped == [.malformed(path: folder + "/no-highlights.story", line: 6, reason: "@highlight without text")])

        let strict = try StoryFolderReader(folder: folder)
        #expect(try strict.next()?.id == "ferry-fares")
        #expect(throws: DatasetError.self) { try strict.next() }
    }

    @Test func pageFolder() throws {
        let folder = Fixtures.path("pages")
        let reader = try PageFolderReader(folder: folder, skipInvalid: true)
        let records = try reader.readAll()
        #expect(records.map(\.id) == ["001-seed-layout", "002-varied-chrome"])
        #expect(records[0].title == "Brayford Town Hall Clock Ticks Again After 11 Silent Years")
        #expect(records[0].references == [[
            "The clock on Brayford town hall is working again after 11 years of silence, thanks to volunteers who spent 2,000 hours repairing its Victorian mechanism.",
            "It was restarted at noon on Monday in front of about 300 people.",
        ]])
        #expect(records[1].references[0].count == 2)
        for record in records {
            let paragraphs = record.article.components(separatedBy: "\n\n")
            #expect(paragraphs.count == 5)
            #expect(!record.article.contains("Advertisement") && !record.article.contains("Photo:"))
        }
        #expect(records[0].article.hasPrefix("The clock on Brayford town hall started ticking again at noon on Monday"))
        #expect(reader.skipped.map(\.description) == ["\(folder)/003-no-abstract.txt: no abstract (summary paragraph after the title) found"])
    }

    @Test func bbcFolder() throws {
        let root = Fixtures.path("bbc")
        let reader = try BBCFolderReader(root: root, skipInvalid: true)
        let records = try reader.readAll()
        #expect(records.map(\.id) == ["bbc-business-001", "bbc-business-002", "bbc-sport-001"])
        #expect(records.map(\.title) == ["Brewer Hollins lifts profit forecast", "Carmaker recalls 8,000 vans", "Okafor breaks Lakeside record"])
        #expect(records[0].references == [[
            "Hollins Brewery has raised its profit forecast for the year after a hot summer boosted sales of its lagers.",
            "The firm now expects pre-tax profits of £31.5m, up from £28m.",
            "Shares rose 6% to 212p.",
        ]])
        #expect(records[1].references[0].first == "Vantage Motors is recalling 8,000 delivery vans in the U.K. because of a fault with the handbrake.")
        #expect(records[2].references[0] == [
            "Mia Okafor won the Lakeside Marathon in 2 hours 21 minutes on Sunday, breaking the course record by 40 seconds.",
            "\"I felt strong the whole way,\" she said.",
            "Her coach, Dan Reyes, said she would now target the national championships in June.",
        ])
        #expect(records.allSatisfy { $0.article.components(separatedBy: "\n\n").count == 3 })
        #expect(reader.skipped.count == 1)
        #expect(reader.skipped.first?.description.contains("no summary file") == true)
        #expect(reader.skipped.first?.description.contains("Summaries/sport/002.txt") == true)
    }

    @Test func gluedSummariesSplitWithoutArticleMatchesToo() {
        #expect(BBCFolderReader.splitGluedSummary("Sales rose 5%.Profits fell.\"We are pleased,\" he said.", articleSentences: []) ==
            ["Sales rose 5%.", "Profits fell.", "\"We are pleased,\" he said."])
    }

    @Test func formatsAreDetected() {
        #expect(DatasetFormat.detect(Fixtures.path("jsonl/valid.jsonl")) == .jsonl)
        #expect(DatasetFormat.detect(Fixtures.path("stories")) == .stories)
        #expect(DatasetFormat.detect(Fixtures.path("pages")) == .pages)
        #expect(DatasetFormat.detect(Fixtures.path("bbc")) == .bbc)
    }
}
