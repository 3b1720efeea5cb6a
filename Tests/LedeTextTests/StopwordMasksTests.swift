import Testing
@testable import LedeText

@Suite struct StopwordMasksTests {
    static func mask(_ table: LanguageDetector.StopwordMasks, _ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { table.mask(of: $0) }
    }

    static func add(_ word: String, _ mask: UInt64, to table: inout LanguageDetector.StopwordMasks) {
        var word = word
        word.withUTF8 { table.formUnion($0, mask: mask) }
    }

    /// Keys of every length from 1 to 40 bytes (packed in one word, two, or kept whole),
    /// differing only in their last, middle or first byte, and some that are not ASCII.
    static let keys: [String] = {
        var keys: [String] = []
        for length in 1...40 {
            let base = String(String(repeating: "ab", count: length).prefix(length))
            keys.append(base)
            keys.append(String(base.dropLast()) + "z")
            keys.append("z" + String(base.dropFirst()))
            var middle = Array(base.utf8)
            middle[length / 2] = UInt8(ascii: "q")
            keys.append(String(decoding: middle, as: UTF8.self))
        }
        return Array(Set(keys + ["это", "Это", "jeśli", "जिन्हें", "particulièrement"])).sorted()
    }()

    @Test func findsWordsOfEveryLengthAndGrows() {
        // Room for four words: the table grows many times.
        var table = LanguageDetector.StopwordMasks(capacity: 4)
        for (position, key) in Self.keys.enumerated() { Self.add(key, 1 << UInt64(position % 64), to: &table) }
        for (position, key) in Self.keys.enumerated() {
            #expect(Self.mask(table, key) == 1 << UInt64(position % 64), "\(key)")
        }
        for absent in ["", "abc" + "x", "ababababx", "Abab", "ЭТО", String(repeating: "ab", count: 30)] {
            #expect(Self.mask(table, absent) == 0, "\(absent)")
        }
    }

    @Test func packedLookupsMatchByteLookups() {
        var table = LanguageDetector.StopwordMasks(capacity: 64)
        for (position, key) in Self.keys.enumerated() { Self.add(key, 1 << UInt64(position % 64), to: &table) }
        for key in Self.keys + ["abq", "zzzzzzzzzzzz"] where key.utf8.count <= 16 {
            var key = key
            let (byBytes, packed) = key.withUTF8 { bytes in
                let (low, high) = ByteStringTable.Key.pack(UnsafeRawPointer(bytes.baseAddress!), count: bytes.count)
                return (table.mask(of: bytes), table.mask(low: low, high: high))
            }
            #expect(byBytes == packed, "\(key)")
        }
    }

    @Test func packingMatchesByteStringTableKeys() {
        // The detector packs words as ByteStringTable packs its keys of up to 16 bytes.
        for key in Self.keys where key.utf8.count <= 16 {
            var key = key
            key.withUTF8 { bytes in
                let table = ByteStringTable.Key(bytes)
                let packed = ByteStringTable.Key.pack(UnsafeRawPointer(bytes.baseAddress!), count: bytes.count)
                #expect(table.low == packed.low && table.high == packed.high, "\(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }

    @Test func masksAreUnitedAndSharedWordsCleared() {
        var table = LanguageDetector.StopwordMasks(capacity: 8)
        let long = "particulièrement-long"
        for bit in 0..<4 {
            Self.add("de", 1 << UInt64(bit), to: &table)
            Self.add(long, 1 << UInt64(bit), to: &table)
        }
        Self.add("la", 0b01, to: &table)
        Self.add("la", 0b10, to: &table)
        #expect(Self.mask(table, "de") == 0b1111 && Self.mask(table, long) == 0b1111 && Self.mask(table, "la") == 0b11)
        table.clearShared(moreThan: 3)
        #expect(Self.mask(table, "de") == 0 && Self.mask(table, long) == 0 && Self.mask(table, "la") == 0b11)
    }

    @Test func detectorTableHoldsEveryScoredList() throws {
        let tables = LanguageDetector.tables
        for code in ["en", "fr", "de", "ru", "hi"] {
            let bit = UInt64(1) << UInt64(try #require(tables.languages.firstIndex(of: try Language(code: code))))
            let words = Stopwords.list(for: code).words
            #expect(!words.isEmpty)
            for word in words {
                let mask = Self.mask(tables.stopwords, word)
                // A word of more than three lists counts for none.
                #expect(mask & bit != 0 || mask == 0, "\(code): \(word)")
            }
        }
        #expect(Self.mask(tables.stopwords, "the") != 0 && Self.mask(tables.stopwords, "gouvernement") == 0)
    }
}
