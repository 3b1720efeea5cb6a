/// A list of ASCII names searched for inside class, id and other attribute values, byte by byte.
struct NameList: Sendable {
    /// The names by their first byte: at each position of a text only the names that can start
    /// there are compared.
    private let names: [[[UInt8]]]

    init(_ names: [String]) {
        var buckets = Array(repeating: [[UInt8]](), count: 256)
        for name in names where !name.isEmpty {
            let bytes = Array(name.utf8)
            buckets[Int(bytes[0])].append(bytes)
        }
        self.names = buckets
    }

    /// Whether any of the names occurs in `text`.
    ///
    /// - Complexity: O(n * k) for a text of n bytes, k the most names sharing a first byte.
    func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { occurs(in: $0) }
    }

    /// Whether any of the names occurs in the bytes.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in bytes.indices {
            for name in names[Int(bytes[start])] where name.count <= bytes.count - start {
                var matched = 1
                while matched < name.count, bytes[start + matched] == name[matched] { matched += 1 }
                if matched == name.count { return true }
            }
        }
        return false
    }
}
