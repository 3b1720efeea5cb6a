import Testing
@testable import LedeText

@Suite struct StopwordsTests {
    @Test func functionWordsAreStopwords() {
        for word in ["the", "and", "of", "she", "would", "don't", "it's"] {
            #expect(Stopwords.contains(word), "\(word)")
        }
    }

    @Test func contentWordsAreNot() {
        for word in ["president", "cartel", "mexico", "sovereignty", "drug", "report"] {
            #expect(!Stopwords.contains(word), "\(word)")
        }
    }

    @Test func entriesAreLowercaseWithoutDuplicates() {
        #expect(Stopwords.english.count == Stopwords.englishWords.count)
        for word in Stopwords.englishWords {
            #expect(word == word.lowercased())
            #expect(!word.contains("\u{2019}"))
        }
    }
}
