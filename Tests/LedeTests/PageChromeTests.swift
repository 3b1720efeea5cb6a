import Testing
@testable import Lede

@Suite struct PageChromeTests {
    @Test func chromeLinesAreFoundWhateverTheirScript() {
        for line in ["Read more: Hà Nội tăng trưởng", "PHOTO: Nguyễn Văn An / Reuters", "Share this", "By Trần Minh",
                     "Follow us on Zalo", "5 min read", "12 March 2024 10:30 GMT"] {
            #expect(PageChrome.isChrome(line[...]), "\(line)")
        }
        for line in ["Hà Nội tăng trưởng 7% trong quý ba, theo số liệu mới công bố.",
                     "Read more about it, said the minister, in a speech that lasted for an hour and surprised everyone present.",
                     "Ông Nguyễn cho biết dự án sẽ hoàn thành vào năm 2025."] {
            #expect(!PageChrome.isChrome(line[...]), "\(line)")
        }
    }

    @Test func onlyASCIICapitalsAreLowerCased() {
        #expect(PageChrome.lowercasingASCII("ĐÀ NẴNG Read MORE: Ωmega"[...]) == "ĐÀ nẴng read more: Ωmega")
        #expect(PageChrome.lowercasingASCII(""[...]) == "")
    }

    @Test func bytePrefixesAgreeWithStringPrefixes() {
        let texts = ["source: x", "source:", "sourc", "source:\u{0301} x", "© 2024 ABC", "don’t miss this", "by ", "by\u{0301} a", "Ωsource:"]
        for text in texts {
            for prefix in ["source:", "©", "don’t miss", "by ", "sourc"] {
                #expect(PageChrome.hasPrefix(text, prefix) == text.hasPrefix(prefix), "\(text.debugDescription) \(prefix)")
            }
        }
    }

    @Test func wordsAreSplitAtSpacesAndTabs() {
        for text in ["", " ", "one", " two  words ", "tab\tand space", "Hà Nội\t tăng", "a b c d e f g h i j k l m n o"] {
            let expected = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            #expect(PageChrome.words(of: text) == expected, "\(text.debugDescription)")
            #expect(PageChrome.wordCount(of: text) == expected.count, "\(text.debugDescription)")
        }
    }
}
