import Foundation

/// Tokens made of letters, combining marks and decimal digits of any script (see
/// ``RougeTokenization/unicode``), lower-cased and put in Unicode normalization form C.
enum UnicodeTokenizer {
    /// The tokens of `line`, in order.
    static func tokens(of line: Substring) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(String(current).lowercased().precomposedStringWithCanonicalMapping)
            current = String.UnicodeScalarView()
        }
        for scalar in line.unicodeScalars {
            if isIdeographic(scalar) {
                flush()
                current.append(scalar)
                flush()
            } else if isWordScalar(scalar) {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }

    /// Han ideographs, Hiragana and Katakana: scripts written without spaces between words.
    private static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF,  // Hiragana, Katakana
             0x31F0...0x31FF,  // Katakana phonetic extensions
             0x3400...0x4DBF,  // CJK Extension A
             0x4E00...0x9FFF,  // CJK Unified Ideographs
             0xF900...0xFAFF,  // CJK Compatibility Ideographs
             0xFF66...0xFF9D,  // half-width Katakana
             0x20000...0x323AF:  // CJK Extensions B to H, compatibility supplement
            return true
        default:
            return false
        }
    }
}
