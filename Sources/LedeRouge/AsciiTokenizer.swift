/// The reference scorers' tokenizer over UTF-8 bytes: tokens are runs of `a`–`z` and `0`–`9`
/// after lower-casing, every other character separates.
///
/// `rouge-score` lower-cases with Python's `str.lower()` before dropping other characters, and
/// two non-ASCII characters become ASCII letters that way: KELVIN SIGN (U+212A) becomes `k`,
/// and LATIN CAPITAL LETTER I WITH DOT ABOVE (U+0130) becomes `i` followed by a combining dot,
/// which separates. ``pythonLowercasing`` reproduces that; ROUGE-1.5.5 lower-cases ASCII only.
struct AsciiTokenizer {
    /// Whether to apply the two non-ASCII lower-casings of Python's `str.lower()`.
    let pythonLowercasing: Bool
    /// What each byte is: its lower-case form for a token byte, 0 for a separator, and
    /// ``leadByte`` for the first byte of a character Python lower-cases to ASCII. One load
    /// per byte instead of a chain of range tests.
    private let byteClasses: [UInt8]
    private static let leadByte: UInt8 = 0xFF

    init(pythonLowercasing: Bool) {
        self.pythonLowercasing = pythonLowercasing
        byteClasses = Self.byteClasses(pythonLowercasing: pythonLowercasing)
    }

    private static func byteClasses(pythonLowercasing: Bool) -> [UInt8] {
        (0...255).map { (byte: Int) -> UInt8 in
            switch byte {
            case 0x61...0x7A, 0x30...0x39: UInt8(byte)
            case 0x41...0x5A: UInt8(byte) | 0x20
            case 0xC4, 0xE2: pythonLowercasing ? leadByte : 0
            default: 0
            }
        }
    }

    /// Calls `emit` with each token of `line` (lower-case bytes, valid only during the call).
    @inline(__always)
    func forEachToken(in line: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: line.count + 1) { buffer in
            byteClasses.withUnsafeBufferPointer { classes in
                guard let token = buffer.baseAddress else { return }
                var length = 0
                var index = 0
                let count = line.count
                while index < count {
                    let byte = line[index]
                    let mapped = classes[Int(byte)]
                    if mapped != 0 && mapped != Self.leadByte {
                        token[length] = mapped
                        length += 1
                    } else if mapped == Self.leadByte && byte == 0xC4 && index + 1 < count && line[index + 1] == 0xB0 {
                        // U+0130 lower-cases to "i" + U+0307: the dot ends the token.
                        token[length] = 0x69
                        length += 1
                        emit(UnsafeBufferPointer(start: token, count: length))
                        length = 0
                        index += 2
                        continue
                    } else if mapped == Self.leadByte && byte == 0xE2 && index + 2 < count
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
}
