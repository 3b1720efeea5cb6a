import Testing
import LedeText

@Suite struct ByteStringTableTests {
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        return text.withUTF8(body)
    }

    @Test func insertAndFindKeysOfEveryLength() {
        var table = ByteStringTable(capacity: 4)
        var expected: [String: Int32] = [:]
        // Lengths 0 to 40, differing only in their last byte, in the middle, or in the first.
        var keys: [String] = []
        for length in 0...40 {
            let base = String(repeating: "ab", count: length).prefix(length)
            keys.append(String(base))
            if length > 0 {
                keys.append(String(base.dropLast()) + "z")
                keys.append("z" + String(base.dropFirst()))
                var middle = Array(base.utf8)
                middle[length / 2] = UInt8(ascii: "q")
                keys.append(String(decoding: middle, as: UTF8.self))
            }
        }
        keys += ["über", "東京", "naïve", "naive"]
        for key in keys where expected[key] == nil {
            let (id, inserted) = Self.withBytes(key) { table.insert($0) }
            #expect(inserted, "\(key)")
            #expect(id == Int32(expected.count))
            expected[key] = id
        }
        #expect(table.count == expected.count)
        for (key, id) in expected {
            #expect(Self.withBytes(key) { table.id(of: $0) } == id, "\(key)")
            #expect(Self.withBytes(key) { table.insert($0) } == (id, false))
            #expect(table.key(id) == key)
        }
        for absent in ["abc", "zz", "ba", "東", "naïv"] where expected[absent] == nil {
            #expect(Self.withBytes(absent) { table.id(of: $0) } == nil, "\(absent)")
        }
    }

    @Test func growsPastItsInitialCapacity() {
        var table = ByteStringTable(capacity: 2)
        for i in 0..<10_000 { _ = Self.withBytes("word\(i)") { table.insert($0) } }
        #expect(table.count == 10_000)
        #expect(Self.withBytes("word9999") { table.id(of: $0) } == 9_999)
        #expect(Self.withBytes("word10000") { table.id(of: $0) } == nil)
    }

    @Test func initializesFromWords() {
        let table = ByteStringTable(["the", "a", "of"])
        #expect(Self.withBytes("of") { table.id(of: $0) } == 2)
        #expect(table.key(0) == "the")
    }
}
