/// The reference scorers' tokenizer over UTF-8 bytes: tokens are runs of `a`–`z` and `0`–`9`
/// after lower-casing, every other character separates.
///
/// `rouge-score` lower-cases with Python's `str.lower()` before dropping other characters, and
/// two non-ASCII characters become ASCII letters that way: KELVIN SIGN (U+212A) becomes `k`,
/// and LATIN CAPITAL LETTER I WITH DOT ABOVE (U+0130) becomes `i` followed by a combining dot,
/// which separates. ``pythonLowercasing`` reproduces that; ROUGE-1.5.5 lower-cases ASCII only.
struct AsciiTokenizer {
    /// Whether to apply the two non-ASCII lower-casings of Python's `str.lower()`.
    var pythonLowercasing: Bool

    /// Calls `emit` with each token of `line` (lower-case bytes, valid only during the call).
    @inline(__always)
    func forEachToken(in line: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: line.count + 1) { buffer in
            guard let token = buffer.baseAddress else { return }
            var length = 0
            var index = 0
            let count = line.count
            while index < count {
                let byte = line[index]
                if byte &- 0x61 < 26 || byte &- 0x30 < 10 {
                    token[length] = byte
                    length += 1
                } else if byte &- 0x41 < 26 {
                    token[length] = byte | 0x20
                    length += 1
                } else if pythonLowercasing && byte == 0xC4 && index + 1 < count && line[index + 1] == 0xB0 {
                    // U+0130 lower-cases to "i" + U+0307: the dot ends the token.
                    token[length] = 0x69
                    length += 1
                    emit(UnsafeBufferPointer(start: token, count: length))
                    length = 0
                    index += 2
                    continue
                } else if pythonLowercasing && byte == 0xE2 && index + 2 < count
                    && line[index + 1] == 0x84 && line[index + 2] == 0xAA {
                    // U+212A KELVIN SIGN lower-cases to "k".
                    token[length] = 0x6B
                    length += 1
                    index += 3
                    continue
                } else if length > 0 {
                    emit(UnsafeBufferPointer(start: token, count: length))
                    length = 0
                }
                index += 1
            }
            if length > 0 {
                emit(UnsafeBufferPointer(start: token, count: length))
            }
        }
    }
}
