import Testing
import LedeText

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    @Test func foldsCaseAndSplitsOnPunctuation() {
        #expect(tokenizer.tokens(in: "Mexico’s President Rejects U.S. Military-Aid!") ==
            ["mexico", "president", "rejects", "u", "s", "military", "aid"])
    }

    @Test func keepsInnerApostrophesAndDropsPossessives() {
        #expect(tokenizer.tokens(in: "Don’t stop O'Brien's band; it's 'quoted'") ==
            ["don't", "stop", "o'brien", "band", "it", "quoted"])
    }

    @Test func typographicAndASCIIApostrophesAgree() {
        #expect(tokenizer.tokens(in: "can’t won‘t") == tokenizer.tokens(in: "can't won't"))
    }

    @Test func keepsNumbersAndDecimalsAsDigitRuns() {
        #expect(tokenizer.tokens(in: "$1.13bn rose 2.5% in 2004") == ["1", "13bn", "rose", "2", "5", "in", "2004"])
    }

    @Test func handlesOtherScripts() {
        #expect(tokenizer.tokens(in: "Über Straße, ΑΘΗΝΑ и Москва 東京") == ["über", "straße", "αθηνα", "и", "москва", "東京"])
        #expect(tokenizer.tokens(in: "हिन्दी भाषा") == ["हिन्दी", "भाषा"])
    }

    @Test func emptyAndSymbolOnlyInputsGiveNoTokens() {
        #expect(tokenizer.tokens(in: "").isEmpty)
        #expect(tokenizer.tokens(in: " \n\t--- … !!! ''' ").isEmpty)
        #expect(tokenizer.tokens(in: "\u{FFFD}\u{0000}\u{0007}").isEmpty)
    }

    @Test func foldsTokensLongerThanItsScratchSpace() {
        let long = String(repeating: "Ab", count: 300)
        #expect(tokenizer.tokens(in: "x \(long) y") == ["x", long.lowercased(), "y"])
        let accented = String(repeating: "É", count: 200)
        #expect(tokenizer.tokens(in: accented) == [accented.lowercased()])
    }

    @Test func longLowerCaseRunsEndWhereTheyShould() {
        // Runs of 15 to 40 letters and digits, so that runs end inside, at and across the
        // 16-byte chunks the scanner reads.
        for length in 15...40 {
            let word = String((0..<length).map { Character(UnicodeScalar(UInt8(0x61 + $0 % 26))) }) + "9"
            #expect(tokenizer.tokens(in: "a \(word), Next's b") == ["a", word, "next", "b"], "length \(length)")
            #expect(tokenizer.tokens(in: "x\(word)Y") == ["x\(word)y"])
        }
    }

    @Test func worksOnSubstrings() {
        let text = "alpha beta gamma"
        let middle = text.dropFirst(6).prefix(4)
        #expect(tokenizer.tokens(in: middle) == ["beta"])
    }
}
