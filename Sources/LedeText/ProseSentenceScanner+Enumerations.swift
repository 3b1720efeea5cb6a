/// An enumeration written on one line, such as `1. The first item 2. The second item`: the
/// item the current sentence starts with and where the next item starts.
struct InlineEnumeration {
    /// The sentence start (``SentenceCollector/contentStart``) this was found for, or -1.
    var sentenceStart = -1
    /// The end of the label of the item the current sentence starts with (`9` in `• 9.`, `a`
    /// in `a.`) when its full stop belongs to the item rather than ending a sentence, or -1.
    var labelEnd = -1
    /// Where the next item of the same enumeration starts on the line, or `Int.max`.
    var nextItem = Int.max
}

/// A list-item marker: an optional bullet, a label (a number of up to three digits or a
/// lower-case letter) and a delimiter (`.`, `)` or `.)`), followed by a space.
private struct ItemMarker {
    enum Delimiter { case fullStop, parenthesis, fullStopParenthesis }
    var hasBullet: Bool
    var label: Range<Int>
    /// The number, or the letter's place in the alphabet (`a` is 1).
    var value: Int
    var isLetter: Bool
    var delimiter: Delimiter
    /// The byte after the marker's space.
    var end: Int

    func isNext(after other: ItemMarker) -> Bool {
        value == other.value + 1 && isLetter == other.isLetter && delimiter == other.delimiter && hasBullet == other.hasBullet
    }
}

extension ProseSentenceScanner {
    /// How far along a line the next item of an enumeration is looked for.
    static let maximumItemDistance = 2_000

    /// Cuts before every item of an inline enumeration that starts before `index` (the scan
    /// calls it only when a sentence has started or an item lies before `index`): when the
    /// current sentence starts with an item marker (`1.`, `1)`, `1.)`, `a.`, `• 9.`), the
    /// next marker of the same style and number on the same line (`2.`, `b.`, `• 10.`) starts
    /// a sentence.
    mutating func cutAtEnumerationItems(before index: Int) {
        while true {
            if enumeration.sentenceStart != collector.contentStart {
                enumeration = findEnumeration(at: collector.contentStart)
            }
            guard enumeration.nextItem < index else { return }
            collector.cut(at: enumeration.nextItem)
            enumeration = findEnumeration(at: collector.contentStart, continuing: true)
        }
    }

    /// The enumeration a sentence starting at `start` begins, if any; `continuing` when the
    /// sentence is the next item of an enumeration already found.
    private func findEnumeration(at start: Int, continuing: Bool = false) -> InlineEnumeration {
        var found = InlineEnumeration(sentenceStart: start)
        // Most sentences start with a capital: no marker.
        guard start < text.count, !ASCII.isUppercase(text[start]), let marker = itemMarker(at: start) else { return found }
        // A bulleted number is an item label; a lone letter only when another item confirms it.
        if marker.hasBullet || continuing { found.labelEnd = marker.label.upperBound }
        var index = marker.end
        let limit = min(text.count, index + Self.maximumItemDistance)
        while index < limit, text.lineBreakLength(at: index) == 0 {
            if text[index] == ASCII.space, index + 1 < limit, let next = itemMarker(at: index + 1), next.isNext(after: marker),
               next.end < text.count, !ASCII.isLowercase(text[next.end]) {
                found.nextItem = index + 1
                found.labelEnd = marker.label.upperBound
                return found
            }
            index += 1
        }
        return found
    }

    /// The item marker at `index`, if one starts there.
    private func itemMarker(at index: Int) -> ItemMarker? {
        var position = index
        var hasBullet = false
        // `•` (U+2022) or `⁃` (U+2043), then optional spaces.
        if position + 2 < text.count, text[position] == 0xE2,
           (text[position + 1] == 0x80 && text[position + 2] == 0xA2) || (text[position + 1] == 0x81 && text[position + 2] == 0x83) {
            hasBullet = true
            position += 3
            while position < text.count, text[position] == ASCII.space { position += 1 }
        }
        let labelStart = position
        var value = 0
        while position < text.count, position - labelStart < 3, ASCII.isDigit(text[position]) {
            value = value * 10 + Int(text[position] - UInt8(ascii: "0"))
            position += 1
        }
        let isLetter = position == labelStart
        if isLetter {
            guard position < text.count, ASCII.isLowercase(text[position]) else { return nil }
            value = Int(text[position] - UInt8(ascii: "a")) + 1
            position += 1
        }
        let label = labelStart..<position
        guard position + 1 < text.count else { return nil }
        let delimiter: ItemMarker.Delimiter
        switch (text[position], text[position + 1]) {
        case (ASCII.fullStop, UInt8(ascii: ")")): delimiter = .fullStopParenthesis; position += 2
        case (ASCII.fullStop, _): delimiter = .fullStop; position += 1
        case (UInt8(ascii: ")"), _): delimiter = .parenthesis; position += 1
        default: return nil
        }
        guard position + 1 < text.count, text[position] == ASCII.space else { return nil }
        return ItemMarker(hasBullet: hasBullet, label: label, value: value, isLetter: isLetter, delimiter: delimiter, end: position + 1)
    }
}
