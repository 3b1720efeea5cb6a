import Foundation

/// Tokens of rougers' `unicode-v1` and `character-v1` profiles (pip `rouge-score-rs` 0.2.1,
/// its `UnicodeTokenizer` and `CharacterTokenizer`; see ``RougeTokenization/words`` and
/// ``RougeTokenization/characters``).
///
/// The text is normalized (NFKC, full case folding, NFKC again), then cut into words by the
/// Unicode word boundary rules (UAX #29) or into characters (extended grapheme clusters); a
/// word or character is a token when it holds a letter (an alphabetic character) or a number.
enum WordBoundaryTokenizer {
    /// The UAX #29 words of `line` that hold a letter or a number, normalized.
    static func words(of line: Substring) -> [String] {
        let scalars = Array(normalized(line).unicodeScalars)
        guard !scalars.isEmpty else { return [] }
        let classes = scalars.map(WordBreak.init)
        var tokens: [String] = []
        var start = 0
        for index in 1...scalars.count {
            guard index == scalars.count || WordBreak.breaks(classes, before: index) else { continue }
            let word = scalars[start..<index]
            if word.contains(where: isLetterOrNumber) {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: word)
                tokens.append(String(view))
            }
            start = index
        }
        return tokens
    }

    /// The characters of `line` that hold a letter or a number, normalized.
    static func characters(of line: Substring) -> [String] {
        normalized(line).filter { $0.unicodeScalars.contains(where: isLetterOrNumber) }.map(String.init)
    }

    /// NFKC, full case folding, NFKC.
    static func normalized(_ text: Substring) -> String {
        String(text).precomposedStringWithCompatibilityMapping
            .folding(options: .caseInsensitive, locale: nil)
            .precomposedStringWithCompatibilityMapping
    }

    private static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }
}

/// The Word_Break property of UAX #29, as far as the rules need it.
enum WordBreak: Equatable {
    case cr, lf, newline, extend, zwj, regionalIndicator, format, katakana, hebrewLetter, aLetter
    case singleQuote, doubleQuote, midNumLet, midLetter, midNum, numeric, extendNumLet, wSegSpace, other

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        let properties = scalar.properties
        switch value {
        case 0x0D: self = .cr; return
        case 0x0A: self = .lf; return
        case 0x0B, 0x0C, 0x85, 0x2028, 0x2029: self = .newline; return
        case 0x200D: self = .zwj; return
        case 0x27: self = .singleQuote; return
        case 0x22: self = .doubleQuote; return
        case 0x2E, 0x2018, 0x2019, 0x2024, 0xFE52, 0xFF07, 0xFF0E: self = .midNumLet; return
        case 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2027, 0xFE13, 0xFE55, 0xFF1A: self = .midLetter; return
        case 0x2C, 0x3B, 0x37E, 0x589, 0x60C, 0x60D, 0x66C, 0x7F8, 0x2044, 0xFE10, 0xFE14, 0xFE50, 0xFE54, 0xFF0C, 0xFF1B:
            self = .midNum; return
        case 0x202F: self = .extendNumLet; return
        case 0x1F1E6...0x1F1FF: self = .regionalIndicator; return
        case 0x3031...0x3035, 0x309B, 0x309C, 0x30A0...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF,
             0x32D0...0x32FE, 0x3300...0x3357, 0xFF66...0xFF9D, 0x1B000, 0x1B120...0x1B122, 0x1B164...0x1B167, 0x1AFF0...0x1AFFE:
            self = .katakana; return
        case 0x5D0...0x5EA, 0x5EF...0x5F2, 0xFB1D, 0xFB1F...0xFB28, 0xFB2A...0xFB4F:
            self = .hebrewLetter; return
        case 0x5F3: self = .aLetter; return
        default: break
        }
        if properties.isGraphemeExtend || properties.generalCategory == .spacingMark
            || (0x1F3FB...0x1F3FF).contains(value) {
            self = .extend
            return
        }
        switch properties.generalCategory {
        case .format where value != 0x200B && value != 0x200C && value != 0x2060 && value != 0xFEFF:
            self = .format
        case .format:
            self = value == 0x2060 || value == 0xFEFF ? .format : .other
        case .decimalNumber:
            self = .numeric
        case .connectorPunctuation:
            self = .extendNumLet
        case .spaceSeparator where value != 0xA0 && value != 0x2007 && value != 0x202F:
            self = .wSegSpace
        default:
            self = properties.isAlphabetic && !Self.excludedFromALetter(scalar) ? .aLetter : .other
        }
    }

    /// Alphabetic characters that are not ALetter: ideographs, Hiragana, and the scripts of
    /// line-break class SA (Thai, Lao, Myanmar, Khmer and their neighbours).
    private static func excludedFromALetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isIdeographic { return true }
        switch scalar.value {
        case 0x3040...0x309F, 0x1B001...0x1B11F, 0x1F200,  // Hiragana
             0xE00...0xEFF, 0x1000...0x109F, 0x1780...0x17FF, 0x1950...0x19DF, 0x1A20...0x1AAF,
             0xA9E0...0xA9FF, 0xAA60...0xAADF, 0x11700...0x1174F:
            return true
        default:
            return false
        }
    }

    private var isIgnorable: Bool { self == .extend || self == .format || self == .zwj }
    private var isAHLetter: Bool { self == .aLetter || self == .hebrewLetter }
    private var isMidNumLetQ: Bool { self == .midNumLet || self == .singleQuote }

    /// Whether UAX #29 puts a word boundary between `classes[index - 1]` and `classes[index]`.
    static func breaks(_ classes: [WordBreak], before index: Int) -> Bool {
        let before = classes[index - 1], current = classes[index]
        if before == .cr && current == .lf { return false }  // WB3
        if [.cr, .lf, .newline].contains(before) || [.cr, .lf, .newline].contains(current) { return true }  // WB3a, WB3b
        if before == .wSegSpace && current == .wSegSpace { return false }  // WB3d
        if current.isIgnorable { return false }  // WB4
        // WB4: the rules below see through Extend, Format and ZWJ.
        func previous(from position: Int) -> Int? {
            var position = position
            while position >= 0 && classes[position].isIgnorable { position -= 1 }
            return position >= 0 ? position : nil
        }
        func following(from position: Int) -> WordBreak? {
            var position = position
            while position < classes.count && classes[position].isIgnorable { position += 1 }
            return position < classes.count ? classes[position] : nil
        }
        guard let p = previous(from: index - 1) else { return true }
        let left = classes[p]
        let leftLeft = previous(from: p - 1).map { classes[$0] }
        let right = following(from: index + 1)
        if left.isAHLetter && current.isAHLetter { return false }  // WB5
        if left.isAHLetter && (current == .midLetter || current.isMidNumLetQ) && right?.isAHLetter == true { return false }  // WB6
        if leftLeft?.isAHLetter == true && (left == .midLetter || left.isMidNumLetQ) && current.isAHLetter { return false }  // WB7
        if left == .hebrewLetter && current == .singleQuote { return false }  // WB7a
        if left == .hebrewLetter && current == .doubleQuote && right == .hebrewLetter { return false }  // WB7b
        if leftLeft == .hebrewLetter && left == .doubleQuote && current == .hebrewLetter { return false }  // WB7c
        if left == .numeric && current == .numeric { return false }  // WB8
        if left.isAHLetter && current == .numeric { return false }  // WB9
        if left == .numeric && current.isAHLetter { return false }  // WB10
        if leftLeft == .numeric && (left == .midNum || left.isMidNumLetQ) && current == .numeric { return false }  // WB11
        if left == .numeric && (current == .midNum || current.isMidNumLetQ) && right == .numeric { return false }  // WB12
        if left == .katakana && current == .katakana { return false }  // WB13
        if (left.isAHLetter || left == .numeric || left == .katakana || left == .extendNumLet) && current == .extendNumLet { return false }  // WB13a
        if left == .extendNumLet && (current.isAHLetter || current == .numeric || current == .katakana) { return false }  // WB13b
        if left == .regionalIndicator && current == .regionalIndicator {  // WB15, WB16
            var count = 0
            var position: Int? = p
            while let q = position, classes[q] == .regionalIndicator {
                count += 1
                position = previous(from: q - 1)
            }
            return count % 2 == 0
        }
        return true  // WB999
    }
}
