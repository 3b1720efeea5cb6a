// Punctuation classes of UTF8Text: terminal marks, closing and opening quotes and brackets,
// line-final punctuation and list-item markers.

extension UTF8Text {
    /// The length of the sentence-final mark at `index`, or 0: `.`, `?`, `!`, `…`, `‼`, `⁇`,
    /// `⁈` and `⁉`.
    @inline(__always)
    func terminalLength(at index: Int) -> Int {
        switch bytes[index] {
        case ASCII.fullStop, ASCII.questionMark, ASCII.exclamationMark:
            return 1
        case 0xE2:
            guard index + 2 < count else { return 0 }
            switch (bytes[index + 1], bytes[index + 2]) {
            case (0x80, 0xA6), (0x80, 0xBC), (0x81, 0x87), (0x81, 0x88), (0x81, 0x89): return 3
            default: return 0
            }
        default:
            return 0
        }
    }

    /// Whether `…` starts at `index`.
    func isHorizontalEllipsis(at index: Int) -> Bool {
        hasGeneralPunctuation(0xA6, at: index)
    }

    /// The length of the closing quote or bracket at `index`, or 0: `"`, `'`, `)`, `]`, `}`,
    /// `»`, `”`, `’` and `›`.
    func closerLength(at index: Int) -> Int {
        punctuationLength(at: index, ascii: ASCII.isCloser, latin1: { $0 == 0xBB }) {
            switch $0 {
            case 0x9D, 0x99, 0xBA: true
            default: false
            }
        }
    }

    /// The length of the opening quote, bracket or inverted mark at `index`, or 0: `"`, `'`,
    /// `(`, `[`, `{`, `«`, `¿`, `¡`, `“`, `‘` and `‹`.
    func openerLength(at index: Int) -> Int {
        punctuationLength(
            at: index, ascii: ASCII.isOpener,
            latin1: {
                switch $0 {
                case 0xAB, 0xBF, 0xA1: true
                default: false
                }
            }
        ) {
            switch $0 {
            case 0x9C, 0x98, 0xB9: true
            default: false
            }
        }
    }

    /// The length of the punctuation scalar at `index` if the test for its UTF-8 form accepts
    /// it, or 0: `ascii` tests an ASCII byte, `latin1` the second byte of a Latin-1 scalar
    /// `C2 xx` and `generalPunctuation` the last byte of a General Punctuation scalar
    /// `E2 80 xx`.
    @inline(__always)
    private func punctuationLength(
        at index: Int, ascii: (UInt8) -> Bool, latin1: (UInt8) -> Bool, generalPunctuation: (UInt8) -> Bool
    ) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return ascii(lead) ? 1 : 0 }
        switch lead {
        case 0xC2:
            return index + 1 < count && latin1(bytes[index + 1]) ? 2 : 0
        case 0xE2:
            return index + 2 < count && bytes[index + 1] == 0x80 && generalPunctuation(bytes[index + 2]) ? 3 : 0
        default:
            return 0
        }
    }

    /// Whether the line content ending at `end` ends with punctuation that either ends the
    /// sentence there or continues it on the next line: terminal marks (possibly followed by
    /// closing quotes or brackets), `,`, `;`, `:`, `-`, `/`, `&`, en and em dashes, and opening
    /// brackets or typographic opening quotes.
    func endsWithFinalOrLinkingPunctuation(at end: Int) -> Bool {
        let last = scalarStart(before: end)
        switch bytes[last] {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "-"),
             UInt8(ascii: "/"), UInt8(ascii: "&"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            return true
        default:
            break
        }
        if terminalLength(at: last) > 0 || (bytes[last] >= 0x80 && openerLength(at: last) == end - last) {
            return true
        }
        if hasGeneralPunctuation(0x93, at: last) || hasGeneralPunctuation(0x94, at: last) {
            return true
        }
        var index = end
        while index > 0 {
            let start = scalarStart(before: index)
            guard closerLength(at: start) == index - start else { break }
            index = start
        }
        return index < end && index > 0 && terminalLength(at: scalarStart(before: index)) > 0
    }

    /// Whether a list item starts at `index`: a bullet (`-`, `*`, `+`, `•`, `‣`, `◦`, `▪`,
    /// `·`, `–`), a number of up to three digits with `.` or `)`, or a letter with `)`,
    /// optionally in parentheses, followed by a space or tab.
    func startsListItem(at index: Int) -> Bool {
        guard index < count else { return false }
        let markerEnd: Int
        switch bytes[index] {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            markerEnd = index + 1
        case 0xC2:
            guard index + 1 < count, bytes[index + 1] == 0xB7 else { return false }
            markerEnd = index + 2
        case 0xE2:
            guard index + 2 < count else { return false }
            switch (bytes[index + 1], bytes[index + 2]) {
            case (0x80, 0xA2), (0x80, 0xA3), (0x97, 0xA6), (0x96, 0xAA), (0x80, 0x93): markerEnd = index + 3
            default: return false
            }
        default:
            let opened = bytes[index] == UInt8(ascii: "(")
            var end = opened ? index + 1 : index
            let labelStart = end
            while end < count, end - labelStart < 3, ASCII.isDigit(bytes[end]) { end += 1 }
            let digits = end - labelStart
            if digits == 0, end < count, ASCII.isLetter(bytes[end]) { end += 1 }
            guard end > labelStart, end < count else { return false }
            let closing = bytes[end]
            guard closing == UInt8(ascii: ")") || (closing == ASCII.fullStop && digits > 0 && !opened) else { return false }
            markerEnd = end + 1
        }
        return markerEnd < count && (bytes[markerEnd] == ASCII.space || bytes[markerEnd] == ASCII.tab)
    }
}
