import Testing
@testable import LedeText

/// `Tokenizer` against a plain reference of its rules, scalar by scalar, on random texts made
/// of the pieces its fast paths and its general path treat differently.
@Suite struct TokenizerReferenceTests {
    /// The documented rules, without fast paths: letters and digits of any script make tokens,
    /// a combining mark continues one, an apostrophe (`'`, `’`, `‘`) between two letters stays,
    /// case is folded, a trailing `'s` is dropped, anything else separates.
    static func referenceTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var token = ""
        var isOpen = false, pendingApostrophe = false, lastWasLetter = false
        func flush() {
            if isOpen { tokens.append(token.hasSuffix("'s") && token.utf8.count > 2 ? String(token.dropLast(2)) : token) }
            token = ""
            isOpen = false
            pendingApostrophe = false
            lastWasLetter = false
        }
        func add(_ text: String, isLetter: Bool) {
            if pendingApostrophe {
                if lastWasLetter && isLetter {
                    token += "'"
                    pendingApostrophe = false
                } else {
                    flush()
                }
            }
            isOpen = true
            lastWasLetter = isLetter
            token += text
        }
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if scalar == "'" || scalar == "’" || scalar == "‘" {
                if !isOpen || pendingApostrophe { flush() } else { pendingApostrophe = true }
            } else if properties.isAlphabetic {
                add(properties.lowercaseMapping, isLetter: true)
            } else if properties.numericType != nil {
                add(String(scalar), isLetter: false)
            } else if isOpen, !pendingApostrophe,
                      properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                add(String(scalar), isLetter: true)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    static let pieces = [
        "a", "s", "z", "0", "9", "A", "Z", "Ab", "ABC", "xyz", "abcdefghijklmnopq", "'", "’", "‘", "'s", "’s",
        " ", "  ", ".", ",", "-", "\n", "(", "é", "É", "À", "Þ", "þ", "ÿ", "×", "÷", "ª", "ß", "İ", "\u{0301}", "東京", "٣", "😀", "\u{00A0}",
    ]

    @Test func agreesWithTheReferenceOnRandomTexts() {
        var generator = SplitMix64(seed: 20261206)
        let tokenizer = Tokenizer()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator))
                .map { _ in Self.pieces.randomElement(using: &generator)! }
                .joined()
            #expect(tokenizer.tokens(in: text) == Self.referenceTokens(text), "\(text.debugDescription)")
        }
    }

    @Test func everyLatin1ScalarAgreesWithTheReference() {
        let tokenizer = Tokenizer()
        for value in UInt32(0xA0)...0x17F {
            let scalar = String(Unicode.Scalar(value)!)
            for text in [scalar, "a\(scalar)b", "A\(scalar)\(scalar)", "\(scalar)'s x"] {
                #expect(tokenizer.tokens(in: text) == Self.referenceTokens(text), "\(text.debugDescription)")
            }
        }
    }

    @Test func referenceMatchesTheDocumentedExamples() {
        #expect(Self.referenceTokens("Mexico’s President Rejects U.S. Aid") == ["mexico", "president", "rejects", "u", "s", "aid"])
        #expect(Self.referenceTokens("Don’t stop O'Brien's band") == ["don't", "stop", "o'brien", "band"])
    }
}
