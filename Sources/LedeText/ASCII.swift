/// ASCII byte values and classes.
enum ASCII {
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let fullStop = UInt8(ascii: ".")
    static let questionMark = UInt8(ascii: "?")
    static let exclamationMark = UInt8(ascii: "!")

    static func isUppercase(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
    static func isLowercase(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "a") < 26 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    /// Whether `byte` ends a word as ``Tokenizer`` cuts words and does nothing else: an ASCII
    /// byte that is no letter, digit or apostrophe.
    @inline(__always)
    static func isPlainSeparator(_ byte: UInt8) -> Bool {
        byte < 0x80 && !(isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "'"))
    }
    /// Space, tab, line feed, vertical tab, form feed and carriage return.
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == space || (byte >= 0x09 && byte <= 0x0D) }
    /// The ASCII closing quotes and brackets: `"`, `'`, `)`, `]` and `}`.
    static func isCloser(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return true
        default: return false
        }
    }
    /// The ASCII opening quotes and brackets: `"`, `'`, `(`, `[` and `{`.
    static func isOpener(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return true
        default: return false
        }
    }
}
