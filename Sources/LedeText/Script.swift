/// The writing systems language detection tells apart.
public enum Script: String, Sendable, Hashable, CaseIterable {
    case Latin, Cyrillic, Greek, Arabic, Hebrew, Armenian, Devanagari, Tamil, Thai
    /// Chinese characters (also used in Japanese).
    case Han
    /// Hiragana and Katakana.
    case Kana
    case Hangul

    /// The script of a letter, or `nil` for anything else (digits, punctuation, symbols, and
    /// letters of other scripts).
    ///
    /// The ranges are tested in four bands of scalar values, so that a letter costs a few
    /// comparisons, not one per range (detection reads every letter of a Chinese sample).
    @inline(__always)
    public init?(of scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x370 {
            switch value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: self = .Latin
            default: return nil
            }
        } else if value < 0x1100 {
            switch value {
            case 0x370...0x3FF: self = .Greek
            case 0x400...0x52F: self = .Cyrillic
            case 0x531...0x58F: self = .Armenian
            case 0x591...0x5F4: self = .Hebrew
            case 0x600...0x6FF, 0x750...0x77F: self = .Arabic
            case 0x900...0x97F: self = .Devanagari
            case 0xB80...0xBFF: self = .Tamil
            case 0xE00...0xE7F: self = .Thai
            default: return nil
            }
        } else if value < 0x3040 {
            switch value {
            case 0x1100...0x11FF: self = .Hangul
            case 0x1E00...0x1EFF: self = .Latin
            case 0x1F00...0x1FFF: self = .Greek
            default: return nil
            }
        } else {
            switch value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x323AF: self = .Han
            case 0xAC00...0xD7AF, 0x3130...0x318F: self = .Hangul
            case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: self = .Kana
            case 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .Arabic
            default: return nil
            }
        }
    }

    /// Whether the script is written without spaces between words.
    public var isUnspaced: Bool {
        self == .Han || self == .Kana || self == .Thai
    }
}

extension Script {
    /// Every script in declaration order, built once (``allCases`` builds a new array at each
    /// use).
    static let ordered = allCases

    /// The script's position in ``ordered``.
    var ordinal: Int {
        switch self {
        case .Latin: 0
        case .Cyrillic: 1
        case .Greek: 2
        case .Arabic: 3
        case .Hebrew: 4
        case .Armenian: 5
        case .Devanagari: 6
        case .Tamil: 7
        case .Thai: 8
        case .Han: 9
        case .Kana: 10
        case .Hangul: 11
        }
    }

    /// What a letter of the script weighs when detection compares scripts: 3 for the
    /// characters of scripts without spaces and for Hangul syllables (about a word's share),
    /// 1 for the others.
    @inline(__always)
    var letterWeight: Int32 {
        switch self {
        case .Han, .Kana, .Thai, .Hangul: 3
        default: 1
        }
    }
}
