import Foundation
import Testing
@testable import LedeText

/// A text and the sentences it must split into.
struct SegmentationExample: Sendable, CustomTestStringConvertible {
    var text: String
    var sentences: [String]

    init(_ text: String, _ sentences: [String]) {
        self.text = text
        self.sentences = sentences
    }

    var testDescription: String { String(reflecting: text) }
}

/// Checks the properties every segmentation must have: ranges in order, non-empty, trimmed,
/// free of blank lines, covering every non-whitespace character, and matching the sentences.
func expectWellFormed(
    _ text: String, segmenter: SentenceSegmenter = SentenceSegmenter(), sourceLocation: SourceLocation = #_sourceLocation
) {
    let ranges = segmenter.sentenceRanges(in: text)
    let sentences = segmenter.sentences(in: text)
    #expect(sentences == ranges.map { String(text[$0]) }, sourceLocation: sourceLocation)
    var covered = text.startIndex
    for range in ranges {
        #expect(range.lowerBound >= covered && range.lowerBound < range.upperBound, sourceLocation: sourceLocation)
        #expect(text[covered..<range.lowerBound].allSatisfy { $0.isWhitespace }, sourceLocation: sourceLocation)
        let sentence = text[range]
        #expect(sentence.first?.isWhitespace == false && sentence.last?.isWhitespace == false, sourceLocation: sourceLocation)
        let lines = sentence.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            !lines.dropFirst().dropLast().contains { $0.allSatisfy(\.isWhitespace) },
            "blank line in \(String(reflecting: sentence)) of \(String(reflecting: text)) (\(segmenter.textStyle))",
            sourceLocation: sourceLocation
        )
        covered = range.upperBound
    }
    #expect(text[covered...].allSatisfy { $0.isWhitespace }, sourceLocation: sourceLocation)
}

/// Whether the segmenter's automatic detection reads `text` as tokenized.
func looksTokenized(_ text: String) -> Bool {
    var contiguous = text
    return contiguous.withUTF8 { TokenizedTextDetector.looksTokenized(UTF8Text($0)) }
}

// MARK: - The whole story

@Suite struct SentenceSegmenterDocumentTests {
    /// A document exercising every prose rule at once.
    static let document = """
        Lede Weekly Briefing
        Markets and politics

        Mr. Smith met Dr. Jones and Prof. Lee. Sen. Warren, Rep. Cole and Gov. Reed joined Gen. Diaz, \
        Lt. Col. Park and Ms. Brown of St. Louis. Mrs. King, Martin Luther King Jr. and Tom Hart Sr. spoke \
        next. The U.S. President met U.K. and U.N. envoys, e.g. the E.U. delegate, i.e. a diplomat, vs. \
        nobody else, etc. The talks ended at 5 p.m. The meeting resumed at 9 a.m. on Jan. 5 and ran into \
        Feb. 2 at Acme Inc. headquarters. Shares of Widget Corp. and Gadget Co. rose while Acme Ltd. fell. \
        Sales rose at Acme Inc. The rally faded.

        J. R. R. Tolkien never met George W. Bush. Doctors studied E. coli in the lab. Profits rose 2.5% \
        to $1.13bn (£600m) and version 1.2.3 shipped at 10.30am. The team is ranked No. 1 again. Was it \
        luck? No. It was work!

        Prices fell... and then rose again. We waited… Nothing happened. Then … well, nothing at all.

        He said "it's true." Then he left. (See below.) Next came the vote. She asked, “Is it over?” \
        Nobody answered. ‘We won!’ they shouted. "Really?" he asked. They cheered 'Go!' Everyone ran.

        Agenda:
        - Budget review
        * Hiring plan
        • Office move
        1. First item
        2) Second item
        a) Sub item

        The committee, which met for the third time this
        week, said that the new rules would take effect
        in March. Officials said the agreement was signed by the
        President and two ministers after a long night.

        (CNN)Rain fell, and the river rose. Sales reached $10.9bn.For the full year, profit rose. \
        Fans visited Halo.Bungie.Org on Monday.
        """

    static let expected = [
        "Lede Weekly Briefing",
        "Markets and politics",
        "Mr. Smith met Dr. Jones and Prof. Lee.",
        "Sen. Warren, Rep. Cole and Gov. Reed joined Gen. Diaz, Lt. Col. Park and Ms. Brown of St. Louis.",
        "Mrs. King, Martin Luther King Jr. and Tom Hart Sr. spoke next.",
        "The U.S. President met U.K. and U.N. envoys, e.g. the E.U. delegate, i.e. a diplomat, vs. nobody else, etc.",
        "The talks ended at 5 p.m.",
        "The meeting resumed at 9 a.m. on Jan. 5 and ran into Feb. 2 at Acme Inc. headquarters.",
        "Shares of Widget Corp. and Gadget Co. rose while Acme Ltd. fell.",
        "Sales rose at Acme Inc.",
        "The rally faded.",
        "J. R. R. Tolkien never met George W. Bush.",
        "Doctors studied E. coli in the lab.",
        "Profits rose 2.5% to $1.13bn (£600m) and version 1.2.3 shipped at 10.30am.",
        "The team is ranked No. 1 again.",
        "Was it luck?",
        "No.",
        "It was work!",
        "Prices fell... and then rose again.",
        "We waited…",
        "Nothing happened.",
        "Then … well, nothing at all.",
        "He said \"it's true.\"",
        "Then he left.",
        "(See below.)",
        "Next came the vote.",
        "She asked, “Is it over?”",
        "Nobody answered.",
        "‘We won!’ they shouted.",
        "\"Really?\" he asked.",
        "They cheered 'Go!'",
        "Everyone ran.",
        "Agenda:",
        "- Budget review",
        "* Hiring plan",
        "• Office move",
        "1. First item",
        "2) Second item",
        "a) Sub item",
        "The committee, which met for the third time this\nweek, said that the new rules would take effect\nin March.",
        "Officials said the agreement was signed by the\nPresident and two ministers after a long night.",
        "(CNN)Rain fell, and the river rose.",
        "Sales reached $10.9bn.",
        "For the full year, profit rose.",
        "Fans visited Halo.Bungie.Org on Monday.",
    ]

    @Test func proseDocumentSplitsExactly() {
        let sentences = SentenceSegmenter().sentences(in: Self.document)
        #expect(sentences == Self.expected)
        for (index, (actual, expected)) in zip(sentences, Self.expected).enumerated() where actual != expected {
            Issue.record("sentence \(index): \(String(reflecting: actual)) != \(String(reflecting: expected))")
        }
        expectWellFormed(Self.document)
    }

    /// A PTB-tokenized, lower-cased document in the style of the See et al. CNN/DailyMail files.
    static let tokenizedDocument = """
        marseille , france ( cnn ) the prosecutor said " it 's true . " the u.s. ambassador agreed . \
        he met dr. smith at 5 p.m. on monday . ' we won , ' the coach said . ' it was hard . we kept \
        going . ' fans cheered ! did they stay ? yes ! ? the players ' union met ( in private . ) later \
        , the vote passed ... and more ... followed . "
        """

    static let expectedTokenized = [
        "marseille , france ( cnn ) the prosecutor said \" it 's true . \"",
        "the u.s. ambassador agreed .",
        "he met dr. smith at 5 p.m. on monday .",
        "' we won , ' the coach said .",
        "' it was hard .",
        "we kept going . '",
        "fans cheered !",
        "did they stay ?",
        "yes ! ?",
        "the players ' union met ( in private . )",
        "later , the vote passed ... and more ... followed . \"",
    ]

    @Test func tokenizedDocumentSplitsExactly() {
        #expect(looksTokenized(Self.tokenizedDocument))
        #expect(SentenceSegmenter().sentences(in: Self.tokenizedDocument) == Self.expectedTokenized)
        expectWellFormed(Self.tokenizedDocument)
    }
}

// MARK: - Prose rules

@Suite struct SentenceSegmenterProseTests {
    let segmenter = SentenceSegmenter(textStyle: .prose)

    @Test(arguments: [
        SegmentationExample("Mr. Smith and Mrs. Smith met Ms. Lee.", ["Mr. Smith and Mrs. Smith met Ms. Lee."]),
        SegmentationExample("Dr. Jones spoke. Prof. Hart agreed.", ["Dr. Jones spoke.", "Prof. Hart agreed."]),
        SegmentationExample("We asked Sen. Ruiz, Rep. Hall and Gov. Moss.", ["We asked Sen. Ruiz, Rep. Hall and Gov. Moss."]),
        SegmentationExample("Gen. Diaz, Lt. Park and Col. Ames left.", ["Gen. Diaz, Lt. Park and Col. Ames left."]),
        SegmentationExample("They met the Dr. The end.", ["They met the Dr. The end."]),
        SegmentationExample("Apples, pears, etc. The rest rotted.", ["Apples, pears, etc.", "The rest rotted."]),
        SegmentationExample("Apples, pears, etc. were sold.", ["Apples, pears, etc. were sold."]),
        SegmentationExample("Fruit, e.g. Apples, sold well.", ["Fruit, e.g. Apples, sold well."]),
        SegmentationExample("Rivals, i.e. Acme, lost.", ["Rivals, i.e. Acme, lost."]),
        SegmentationExample("It was Spain vs. Italy today.", ["It was Spain vs. Italy today."]),
        SegmentationExample("He is ranked No. 5 now.", ["He is ranked No. 5 now."]),
        SegmentationExample("He said No. Then he left.", ["He said No.", "Then he left."]),
        SegmentationExample("See Vol. 2 first.", ["See Vol. 2 first."]),
        SegmentationExample("It opened on Jan. 5 and closed in Sept. 2020.", ["It opened on Jan. 5 and closed in Sept. 2020."]),
        SegmentationExample("It closed in Dec. The shop reopened.", ["It closed in Dec.", "The shop reopened."]),
        SegmentationExample("He sat. The dog sat too.", ["He sat.", "The dog sat too."]),
        SegmentationExample("The U.S. President spoke.", ["The U.S. President spoke."]),
        SegmentationExample("They moved to the U.S. The move was hard.", ["They moved to the U.S.", "The move was hard."]),
        SegmentationExample("U.K. and E.U. officials met U.N. staff.", ["U.K. and E.U. officials met U.N. staff."]),
        SegmentationExample("She joined Acme Inc. last year.", ["She joined Acme Inc. last year."]),
        SegmentationExample("She joined Acme Inc. He stayed.", ["She joined Acme Inc.", "He stayed."]),
        SegmentationExample("Acme Inc. Chairman Lee resigned.", ["Acme Inc. Chairman Lee resigned."]),
        SegmentationExample("Acme Ltd., Widget Corp. and Gadget Co. merged.", ["Acme Ltd., Widget Corp. and Gadget Co. merged."]),
        SegmentationExample("Martin Luther King Jr. spoke. Sr. Ruiz sang.", ["Martin Luther King Jr. spoke.", "Sr. Ruiz sang."]),
        SegmentationExample("They live on St. Mark's Place.", ["They live on St. Mark's Place."]),
        SegmentationExample("They live on Main St. It is quiet.", ["They live on Main St.", "It is quiet."]),
        SegmentationExample("The meeting ended at 5 p.m. The vote followed.", ["The meeting ended at 5 p.m.", "The vote followed."]),
        SegmentationExample("The meeting ended at 5 p.m. Monday.", ["The meeting ended at 5 p.m. Monday."]),
        SegmentationExample("It starts at 9 a.m. and ends at noon.", ["It starts at 9 a.m. and ends at noon."]),
        SegmentationExample("(CNN)U.S. Secretary Kerry spoke.", ["(CNN)U.S. Secretary Kerry spoke."]),
        SegmentationExample("The ex-Gov. Reed ran again.", ["The ex-Gov. Reed ran again."]),
        SegmentationExample("Shares of AT&T. Rose sharply.", ["Shares of AT&T.", "Rose sharply."]),
        SegmentationExample("It was in the FT. But nobody read it.", ["It was in the FT.", "But nobody read it."]),
        SegmentationExample("They took the SAT. Parents waited.", ["They took the SAT.", "Parents waited."]),
        SegmentationExample("It runs Mac OS X. Besides, it is fast.", ["It runs Mac OS X.", "Besides, it is fast."]),
    ])
    func abbreviations(_ example: SegmentationExample) {
        #expect(segmenter.sentences(in: example.text) == example.sentences)
    }

    @Test(arguments: [
        SegmentationExample("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
        SegmentationExample("George W. Bush won.", ["George W. Bush won."]),
        SegmentationExample("E. coli spread.", ["E. coli spread."]),
        SegmentationExample("J. A. Smith signed.", ["J. A. Smith signed."]),
        SegmentationExample("They chose Plan B. The rest failed.", ["They chose Plan B.", "The rest failed."]),
        SegmentationExample("Roe v. Wade was decided.", ["Roe v. Wade was decided."]),
        SegmentationExample("The sum is bounded by n. Thus the loop ends.", ["The sum is bounded by n.", "Thus the loop ends."]),
        SegmentationExample("(CNN)A.J. Pero played drums.", ["(CNN)A.J. Pero played drums."]),
    ])
    func initials(_ example: SegmentationExample) {
        #expect(segmenter.sentences(in: example.text) == example.sentences)
    }

    @Test(arguments: [
        SegmentationExample("It grew 3.5 times.", ["It grew 3.5 times."]),
        SegmentationExample("Profit was $1.13bn (£600m) or 2.5% more.", ["Profit was $1.13bn (£600m) or 2.5% more."]),
        SegmentationExample("Trains leave at 10.30am daily.", ["Trains leave at 10.30am daily."]),
        SegmentationExample("Version 1.2.3 is out.", ["Version 1.2.3 is out."]),
        SegmentationExample("They finished No. 1. Fans cheered.", ["They finished No. 1.", "Fans cheered."]),
        SegmentationExample("The score was 2. 10 people left.", ["The score was 2.", "10 people left."]),
        SegmentationExample("It cost £5. $3 was the price before.", ["It cost £5.", "$3 was the price before."]),
    ])
    func numbers(_ example: SegmentationExample) {
        #expect(segmenter.sentences(in: example.text) == example.sentences)
    }

    @Test(arguments: [
        SegmentationExample("Wait... what happened?", ["Wait... what happened?"]),
        SegmentationExample("Wait... Nothing happened.", ["Wait...", "Nothing happened."]),
        SegmentationExample("Wait… nothing happened.", ["Wait… nothing happened."]),
        SegmentationExample("Wait… Nothing happened.", ["Wait…", "Nothing happened."]),
        SegmentationExample("Wait . . . Nothing happened.", ["Wait . . .", "Nothing happened."]),
        SegmentationExample("It rose to... 5%.", ["It rose to... 5%."]),
        SegmentationExample("He paused. ... Then he spoke.", ["He paused.", "... Then he spoke."]),
        SegmentationExample("\"... And then it ended.\"", ["\"... And then it ended.\""]),
        SegmentationExample("Stop...Now go.", ["Stop...", "Now go."]),
    ])
    func ellipses(_ example: SegmentationExample) {
        #expect(segmenter.sentences(in: example.text) == example.sentences)
    }

    @Test(arguments: [
        SegmentationExample("He said \"it's true.\" Then he left.", ["He said \"it's true.\"", "Then he left."]),
        SegmentationExample("(See below.) Next came the vote.", ["(See below.)", "Next came the vote."]),
        SegmentationExample("She asked, “Is it over?” Nobody knew.", ["She asked, “Is it over?”", "Nobody knew."]),
        SegmentationExample("‘Run!’ she said.", ["‘Run!’ she said."]),
        SegmentationExample("He yelled 'Stop!' Everyone froze.", ["He yelled 'Stop!'", "Everyone froze."]),
        SegmentationExample("\"Why?\" he asked.", ["\"Why?\" he asked."]),
        SegmentationExample("It ended. \"Good,\" she said.", ["It ended.", "\"Good,\" she said."]),
        SegmentationExample("It was fine (really.) Then it rained.", ["It was fine (really.)", "Then it rained."]),
        SegmentationExample("Is it? Yes! No way!! Really?!", ["Is it?", "Yes!", "No way!!", "Really?!"]),
        SegmentationExample("They met at Yahoo! headquarters.", ["They met at Yahoo! headquarters."]),
        SegmentationExample("It is «done.» Next.", ["It is «done.»", "Next."]),
    ])
    func quotesAndBrackets(_ example: SegmentationExample) {
        #expect(segmenter.sentences(in: example.text) == example.sentences)
    }

    @Test(arguments: [
        SegmentationExample("Profit hit $10.9bn.For the year it fell.", ["Profit hit $10.9bn.", "For the year it fell."]),
        SegmentationExample("It was dangerous.The crowd left.", ["It was dangerous.", "The crowd left."]),
        SegmentationExample("He said \"no.\"Then he left.", ["He said \"no.\"", "Then he left."]),
        SegmentationExample("Was it long?)They asked.", ["Was it long?)", "They asked."]),
        SegmentationExample("Visit Halo.Bungie.Org now.", ["Visit Halo.Bungie.Org now."]),
        SegmentationExample("See Mr.Benn tonight.", ["See Mr.Benn tonight."]),
        SegmentationExample("The U.S.A. won.", ["The U.S.A. won."]),
        SegmentationExample("The Bagle.AT worm spread.", ["The Bagle.AT worm spread."]),
        SegmentationExample("Go to example.com today.", ["Go to example.com today."]),
    ])
    func missingSpaces(_ example: SegmentationExample) {
        #expect(segmenter.sentences(in: example.text) == example.sentences)
    }

    @Test(arguments: [
        SegmentationExample("the vote passed. the mayor resigned.", ["the vote passed.", "the mayor resigned."]),
        SegmentationExample("mr. smith met dr. jones. they talked.", ["mr. smith met dr. jones.", "they talked."]),
        SegmentationExample("it moved to the u.s. the move was hard.", ["it moved to the u.s.", "the move was hard."]),
        SegmentationExample("u.s. officials agreed.", ["u.s. officials agreed."]),
        SegmentationExample("why? nobody knows.", ["why?", "nobody knows."]),
        SegmentationExample("DR. SMITH ARRIVED AT 5 P.M. THE TALKS BEGAN.", ["DR. SMITH ARRIVED AT 5 P.M.", "THE TALKS BEGAN."]),
        SegmentationExample("WE WAITED... THEN IT ENDED.", ["WE WAITED...", "THEN IT ENDED."]),
    ])
    func caselessText(_ example: SegmentationExample) {
        #expect(segmenter.sentences(in: example.text) == example.sentences)
    }

    @Test func sentencesKeepInnerWhitespaceVerbatim() {
        let text = "  One  sentence\there.   Two\u{00A0}sentences!  "
        #expect(segmenter.sentences(in: text) == ["One  sentence\there.", "Two\u{00A0}sentences!"])
    }
}

// MARK: - Lines and lists

@Suite struct SentenceSegmenterLineTests {
    let segmenter = SentenceSegmenter(textStyle: .prose)

    @Test(arguments: [
        SegmentationExample("A sentence without an end\n\nand more", ["A sentence without an end", "and more"]),
        SegmentationExample("Mr.\n\nSmith", ["Mr.", "Smith"]),
        SegmentationExample("One\r\n\r\nTwo", ["One", "Two"]),
        SegmentationExample("One\n \t \nTwo", ["One", "Two"]),
        SegmentationExample("One\u{2029}Two", ["One", "Two"]),
    ])
    func blankLinesAlwaysEndSentences(_ example: SegmentationExample) {
        #expect(segmenter.sentences(in: example.text) == example.sentences)
    }

    @Test(arguments: [
        // Final punctuation ends the line's sentence, even before a lower-case line.
        SegmentationExample("It rained.\nthe end came", ["It rained.", "the end came"]),
        SegmentationExample("Why?\nbecause", ["Why?", "because"]),
        SegmentationExample("We met Mr.\nSmith there.", ["We met Mr.\nSmith there."]),
        SegmentationExample("We met George W.\nBush there.", ["We met George W.\nBush there."]),
        // Hard-wrapped prose is joined.
        SegmentationExample(
            "The council voted on Tuesday to approve the new\nbudget after a long and heated debate.",
            ["The council voted on Tuesday to approve the new\nbudget after a long and heated debate."]
        ),
        SegmentationExample(
            "The agreement was signed late on Monday by the\nPresident and two of his ministers.",
            ["The agreement was signed late on Monday by the\nPresident and two of his ministers."]
        ),
        SegmentationExample("The council, the mayor and\nThe Times agreed.", ["The council, the mayor and\nThe Times agreed."]),
        // Headings and unwrapped lines without final punctuation stand alone.
        SegmentationExample("Budget approved\nThe council voted on Tuesday.", ["Budget approved", "The council voted on Tuesday."]),
        SegmentationExample("Markets\nShares fell.", ["Markets", "Shares fell."]),
        SegmentationExample("Results for 2024\n12 teams entered.", ["Results for 2024", "12 teams entered."]),
        SegmentationExample("Key points:\nThe economy grew.", ["Key points:\nThe economy grew."]),
        SegmentationExample("Prices rose,\nWages did not.", ["Prices rose,\nWages did not."]),
        SegmentationExample("One\r\nTwo", ["One", "Two"]),
        SegmentationExample("One\u{2028}Two", ["One", "Two"]),
    ])
    func singleLineBreaks(_ example: SegmentationExample) {
        #expect(segmenter.sentences(in: example.text) == example.sentences)
    }

    @Test(arguments: [
        SegmentationExample("Buy:\n- milk\n- eggs,\n- bread", ["Buy:", "- milk", "- eggs,", "- bread"]),
        SegmentationExample("* one\n* two", ["* one", "* two"]),
        SegmentationExample("• one\n• two", ["• one", "• two"]),
        SegmentationExample("+ one\n– two", ["+ one", "– two"]),
        SegmentationExample("1. First step\n2. Second step", ["1. First step", "2. Second step"]),
        SegmentationExample("1) First\n2) Second", ["1) First", "2) Second"]),
        SegmentationExample("a) First\nb) Second\n(c) Third", ["a) First", "b) Second", "(c) Third"]),
        SegmentationExample("  12. Indented item\n  13. Next item", ["12. Indented item", "13. Next item"]),
        SegmentationExample("- A list item. It has two sentences.\n- Next", ["- A list item.", "It has two sentences.", "- Next"]),
        SegmentationExample("It was a well-\nknown fact", ["It was a well-\nknown fact"]),
        SegmentationExample("They joined in\n2015. The next year they left.", ["They joined in\n2015.", "The next year they left."]),
        SegmentationExample("Questions: 1. \"Why?\" 2. \"How?\"", ["Questions: 1. \"Why?\"", "2. \"How?\""]),
        SegmentationExample("He won in a time of 31:41. Bekele was second.", ["He won in a time of 31:41.", "Bekele was second."]),
    ])
    func listItems(_ example: SegmentationExample) {
        #expect(segmenter.sentences(in: example.text) == example.sentences)
    }
}

// MARK: - Tokenized text

@Suite struct SentenceSegmenterTokenizedTests {
    @Test(arguments: [
        ("he said , \" it 's true . \" the u.s. agreed .", true),
        ("( cnn ) the vote passed . it was close .", true),
        ("He said, \"It's true.\" The U.S. agreed.", false),
        ("No punctuation at all", false),
        ("", false),
        ("one sentence .", false),
    ])
    func detection(text: String, isTokenized: Bool) {
        #expect(looksTokenized(text) == isTokenized)
    }

    @Test(arguments: [
        SegmentationExample("the u.s. won . the u.k. lost .", ["the u.s. won .", "the u.k. lost ."]),
        SegmentationExample("he met dr. smith . mr. jones left .", ["he met dr. smith .", "mr. jones left ."]),
        SegmentationExample("it rose to 3.5 % . then it fell .", ["it rose to 3.5 % .", "then it fell ."]),
        SegmentationExample("wait ... then it fell . what ? ! no !", ["wait ... then it fell .", "what ? !", "no !"]),
        SegmentationExample("he said `` hello . '' then he left .", ["he said `` hello . ''", "then he left ."]),
        SegmentationExample("it ended ( at last . ) then it rained .", ["it ended ( at last . )", "then it rained ."]),
        SegmentationExample("it ended -lrb- at last . -rrb- so it goes .", ["it ended -lrb- at last . -rrb-", "so it goes ."]),
        SegmentationExample("‘ we won . ’ the fans cheered . ‘ yes . ’", ["‘ we won . ’", "the fans cheered .", "‘ yes . ’"]),
        SegmentationExample("“ we won . ” they said .", ["“ we won . ”", "they said ."]),
        SegmentationExample("no final token here , ok", ["no final token here , ok"]),
        SegmentationExample("a first paragraph , here\n\nand a second , there .", ["a first paragraph , here", "and a second , there ."]),
        SegmentationExample("it was a line\nand its continuation .", ["it was a line\nand its continuation ."]),
    ])
    func splitsAtStandaloneTerminalTokens(_ example: SegmentationExample) {
        let segmenter = SentenceSegmenter(textStyle: .tokenized)
        #expect(segmenter.sentences(in: example.text) == example.sentences)
    }

    @Test(arguments: [
        // A quote after a terminal closes when a quotation is open, and opens otherwise.
        SegmentationExample("he said \" we won . \" they left .", ["he said \" we won . \"", "they left ."]),
        SegmentationExample("he left . \" we won , \" she said .", ["he left .", "\" we won , \" she said ."]),
        SegmentationExample("' we won , ' he said . ' we are happy . ' they left .", ["' we won , ' he said .", "' we are happy . '", "they left ."]),
        // A possessive after a plural is no quote.
        SegmentationExample("the players ' union met . ' no , ' he said .", ["the players ' union met .", "' no , ' he said ."]),
        // A quote after a colon opens; one before the end closes.
        SegmentationExample("he said : ' go . stop . '", ["he said : ' go .", "stop . '"]),
        SegmentationExample("a ' scare ' quote . ' then ' he said .", ["a ' scare ' quote .", "' then ' he said ."]),
    ])
    func quoteTokens(_ example: SegmentationExample) {
        let segmenter = SentenceSegmenter(textStyle: .tokenized)
        #expect(segmenter.sentences(in: example.text) == example.sentences)
    }

    @Test func automaticStyleReadsTokenizedText() {
        let text = "the u.s. won . the u.k. lost , it seems . dr. who ?"
        #expect(looksTokenized(text))
        #expect(SentenceSegmenter().sentences(in: text) == ["the u.s. won .", "the u.k. lost , it seems .", "dr. who ?"])
        #expect(SentenceSegmenter(textStyle: .prose).sentences(in: text) == ["the u.s. won .", "the u.k. lost , it seems .", "dr. who ?"])
    }

    @Test func forcedStylesOverrideDetection() {
        let prose = "He met Dr. Smith. They talked. It went well."
        #expect(SentenceSegmenter(textStyle: .tokenized).sentences(in: prose) == [prose])
        #expect(SentenceSegmenter().sentences(in: prose) == ["He met Dr. Smith.", "They talked.", "It went well."])
    }
}

// MARK: - Ranges and robustness

@Suite struct SentenceSegmenterRobustnessTests {
    let segmenter = SentenceSegmenter()

    @Test func rangesSliceTheInput() {
        let text = "  Café owners met Señor Núñez. “¿Qué?” he said!  Then 😀 emoji followed.\n\nDone"
        let ranges = segmenter.sentenceRanges(in: text)
        #expect(ranges.map { String(text[$0]) } == ["Café owners met Señor Núñez.", "“¿Qué?” he said!", "Then 😀 emoji followed.", "Done"])
        #expect(ranges.first?.lowerBound == text.index(text.startIndex, offsetBy: 2))
        #expect(ranges.last?.upperBound == text.endIndex)
        expectWellFormed(text)
    }

    @Test(arguments: ["", " ", "\n\n\n", " \t\r\n\u{00A0}\u{2003}\u{3000}\u{2028}\u{2029}"])
    func emptyAndWhitespaceTextHasNoSentences(_ text: String) {
        #expect(segmenter.sentences(in: text).isEmpty)
        #expect(SentenceSegmenter(textStyle: .tokenized).sentenceRanges(in: text).isEmpty)
    }

    @Test(arguments: ["...", "?!?!", ". . . .", "!!! ??? ...", "\"'\")]", "… … …", ". , ; : ! ?", "1.", "-", "(a)", "\u{301}. \u{301}Next"])
    func punctuationOnlyText(_ text: String) {
        for style in SentenceSegmenter.TextStyle.allCases {
            let segmenter = SentenceSegmenter(textStyle: style)
            #expect(!segmenter.sentences(in: text).isEmpty)
            expectWellFormed(text, segmenter: segmenter)
        }
    }

    @Test func binaryJunkIsSegmentedWithoutCrashing() {
        var generator = SplitMix64(seed: 42)
        for length in [1, 7, 64, 1_000, 50_000] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let text = String(decoding: bytes, as: UTF8.self)
            for style in SentenceSegmenter.TextStyle.allCases {
                expectWellFormed(text, segmenter: SentenceSegmenter(textStyle: style))
            }
        }
    }

    @Test func punctuationHeavyJunkIsSegmentedWithoutCrashing() {
        let alphabet = Array(" .?!…\"'”’)(“‘\n\r\t-*•1aA.,:;\u{2028}\u{00A0}")
        var generator = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let text = String((0..<80).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            for style in SentenceSegmenter.TextStyle.allCases {
                expectWellFormed(text, segmenter: SentenceSegmenter(textStyle: style))
            }
        }
    }

    @Test(arguments: ["Total\u{00A0}       1. Next item", "Total\u{3000}       12. Next item", "x\u{2003}      3. Y"])
    func listNumberAfterWideSpaceDoesNotTrap(_ text: String) {
        // The look-back for a colon before `1.` starts inside the multi-byte space.
        #expect(segmenter.sentences(in: text).count == 2)
        expectWellFormed(text)
    }

    @Test func longLineWithoutBoundariesIsOneSentence() {
        let text = String(repeating: "word ", count: 2_000_000)
        let ranges = segmenter.sentenceRanges(in: text)
        #expect(ranges.count == 1)
        #expect(ranges.first.map { text.utf8[$0].count } == 10_000_000 - 1)
    }

    @Test func longRunsOfPunctuationAndWhitespace() {
        let text = String(repeating: "!", count: 1_000_000) + String(repeating: " ", count: 1_000_000)
            + "Then. " + String(repeating: ". ", count: 500_000) + String(repeating: "\n", count: 100_000) + "End"
        let sentences = segmenter.sentences(in: text)
        #expect(sentences.count == 3)
        #expect(sentences.first?.utf8.count == 1_000_000)
        #expect(sentences.dropFirst().first?.hasPrefix("Then. . .") == true)
        #expect(sentences.last == "End")
    }

    @Test func manyNumberedItemsAfterLongWhitespace() {
        // Each numbered item is checked against the current sentence start: must stay linear.
        let text = "Intro." + String(repeating: " ", count: 1_000_000)
            + (1...100_000).map { "\($0 % 1000). item" }.joined(separator: " ")
        let sentences = segmenter.sentences(in: text)
        #expect(sentences.first == "Intro.")
        #expect(sentences.count == 2)
    }
}

// MARK: - CNN/DailyMail tokenized articles

@Suite struct SentenceSegmenterDatasetTests {
    /// The shared tokenized CNN/DailyMail validation sample, in `$LEDE_DATASETS` or `../shared/datasets`.
    static let datasetPath: String? = {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let datasets = ProcessInfo.processInfo.environment["LEDE_DATASETS"]
            ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared/datasets").path
        let path = datasets + "/cnn_dailymail/validation_tokenized.jsonl.gz"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    @Test(.enabled(if: SentenceSegmenterDatasetTests.datasetPath != nil, "needs the shared CNN/DailyMail tokenized sample"))
    func firstArticlesSplitAtTerminalTokens() throws {
        let path = try #require(Self.datasetPath)
        let articles = try Self.articles(inGzipFile: path, limit: 200)
        #expect(articles.count == 200)
        let segmenter = SentenceSegmenter()
        var sentenceCount = 0
        for (index, article) in articles.enumerated() {
            let actual = segmenter.sentences(in: article).map { $0.split(separator: " ").map(String.init) }
            let expected = Self.referenceSentences(article)
            sentenceCount += expected.count
            if actual != expected {
                let mismatch = zip(actual, expected).first { $0 != $1 }
                Issue.record("article \(index): \(actual.count) sentences, expected \(expected.count); first difference: \(String(describing: mismatch))")
            }
        }
        #expect(sentenceCount > 200 * 10)
    }

    /// The reference split, written independently of the scanner over whole tokens: a
    /// sentence ends after a run of `.`, `?`, `!` tokens and the closing tokens that follow it.
    static func referenceSentences(_ article: String) -> [[String]] {
        let tokens = article.split(separator: " ").map(String.init)
        let closingBrackets: Set = [")", "]", "}", "-rrb-", "-rsb-", "-rcb-"]
        let closing = closingBrackets.union(["''", "’", "”", "»", "›"])
        let opening: Set = ["(", "[", "{", "-lrb-", "-lsb-", "-lcb-"]
        var openQuotes: [String: Bool] = ["\"": false, "'": false]
        var sentences: [[String]] = []
        var current: [String] = []
        var afterTerminal = false

        func isTerminal(_ token: String) -> Bool {
            token.allSatisfy { "?!.".contains($0) } && (token.count == 1 || token.contains { $0 != "." })
        }
        func closesQuote(_ quote: String, at index: Int) -> Bool {
            let previous = index > 0 ? tokens[index - 1] : nil
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let isOpen = openQuotes[quote] ?? false
            if quote == "'", !isOpen, let previous, let next, previous.count >= 2,
               previous.first.map({ $0.isASCII && $0.isLetter }) == true, previous.lowercased().hasSuffix("s"),
               next.first.map({ $0.isASCII && ($0.isLetter || $0.isNumber) }) == true {
                return false
            }
            if previous == nil || previous == ":" || opening.contains(previous ?? "") {
                openQuotes[quote] = true
                return false
            }
            if next == nil || isTerminal(next ?? "") || [",", ";", ":"].contains(next ?? "") || closingBrackets.contains(next ?? "") {
                openQuotes[quote] = false
                return true
            }
            openQuotes[quote] = !isOpen
            return isOpen
        }

        for (index, token) in tokens.enumerated() {
            let closes = token == "\"" || token == "'" ? closesQuote(token, at: index) : closing.contains(token)
            if afterTerminal && !isTerminal(token) && !closes {
                sentences.append(current)
                current = []
                afterTerminal = false
            }
            current.append(token)
            if isTerminal(token) { afterTerminal = true }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    /// The `article` fields of the first `limit` lines of a gzip-compressed JSON-lines file.
    static func articles(inGzipFile path: String, limit: Int) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["zcat", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        // Read to the end: stopping zcat early is not reliable from inside the test runner.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try data.split(separator: UInt8(ascii: "\n")).prefix(limit).map { line in
            let object = try JSONSerialization.jsonObject(with: line) as? [String: Any]
            return try #require(object?["article"] as? String)
        }
    }
}
