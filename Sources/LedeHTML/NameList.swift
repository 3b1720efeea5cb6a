/// A list of ASCII names searched for inside class, id and other attribute values, byte by byte.
struct NameList: Sendable {
    private let names: [[UInt8]]

    init(_ names: [String]) {
        self.names = names.map { Array($0.utf8) }
    }

    /// Whether any of the names occurs in `text`.
    ///
    /// - Complexity: O(n * m) for a text of n bytes and names of m bytes in all; names are short.
    func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            names.contains { NameList.find($0, in: bytes) }
        }
    }

    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
