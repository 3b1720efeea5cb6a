/// Unicode scalars decoded from the bytes: the one UTF-8 decoder of LedeText (the sentence
/// scanners and ``Tokenizer`` use it).
extension UTF8Text {
    /// The start of the scalar that ends right before `end`.
    func scalarStart(before end: Int) -> Int {
        var start = end - 1
        while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The scalar that starts at `index`, or U+FFFD if none starts there.
    func scalar(at index: Int) -> Unicode.Scalar {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0..<0x80: return Unicode.Scalar(lead)
        case 0xC0..<0xE0: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0..<0xF8: length = 4; value = UInt32(lead & 0x07)
        default: return "\u{FFFD}"
        }
        guard index + length <= count else { return "\u{FFFD}" }
        for offset in 1..<length {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The length in bytes of the scalar whose lead byte is at `index` (1 for a stray
    /// continuation byte).
    func scalarLength(at index: Int) -> Int {
        switch bytes[index] {
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        case 0xF0..<0xF8: 4
        default: 1
        }
    }

    /// The scalar that starts at `index` and its length in bytes; U+FFFD and 1 for a sequence
    /// cut off by the end of the bytes (a sample cut from a longer text may end mid-scalar).
    func decodedScalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let length = scalarLength(at: index)
        guard index + length <= count else { return ("\u{FFFD}", 1) }
        return (scalar(at: index), length)
    }
}
