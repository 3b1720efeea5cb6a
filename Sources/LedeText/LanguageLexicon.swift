import Foundation
import Synchronization

/// The word lists and settings of one language's sentence-boundary rules, read from its block
/// of `Resources/Segmentation/languages.rules` (format in the README beside it).
///
/// Words are looked up as UTF-8 bytes without allocation. Each listed word is stored as
/// written, in lower case, in upper case and with a capital first letter, so lookups match
/// any of those spellings.
///
/// The lists live in one shared object, so that a lexicon (and an absent one, for English) is
/// a single reference that scanners copy for free.
struct LanguageLexicon: Sendable {
    /// A rules file that cannot be read.
    struct ParseError: Error, Equatable, CustomStringConvertible {
        var line: Int
        var reason: String
        var description: String { "line \(line): \(reason)" }
    }

    private final class Storage: Sendable {
        let lists: Lists
        init(_ lists: Lists) { self.lists = lists }
    }

    private let storage: Storage

    /// Whether a number of up to three digits with a full stop is an ordinal rather than the
    /// end of a sentence when a month name follows or an ordinal-taking word precedes it
    /// (German `am 3. Oktober`, `der 2. Weltkrieg`).
    var ordinals: Bool { storage.lists.ordinals }
    /// Whether `;` (and U+037E GREEK QUESTION MARK) ends a question, as in Greek.
    var semicolonIsQuestionMark: Bool { storage.lists.semicolonIsQuestionMark }
    /// Whether `.` ends a sentence; not in Armenian, where it marks a pause and `։` ends one.
    var fullStopEndsSentence: Bool { storage.lists.fullStopEndsSentence }

    /// Reads the rules file `text`.
    ///
    /// - Throws: ``ParseError`` for an unknown section or setting, or a word outside a section.
    init(parsing text: String) throws {
        storage = Storage(try Lists(parsing: text))
    }

    /// The abbreviation kind of `word` (without its final full stop), or `nil`.
    func abbreviationKind(of word: UnsafeBufferPointer<UInt8>) -> SegmentationLexicon.Kind? {
        storage.lists.abbreviationKind(of: word)
    }

    /// Whether `word` commonly opens a sentence, so that an ambiguous abbreviation before it
    /// ends one.
    func isSentenceStarter(_ word: UnsafeBufferPointer<UInt8>) -> Bool { storage.lists.starters.id(of: word) != nil }

    /// Whether `word` is a month name or abbreviation (without its full stop).
    func isMonth(_ word: UnsafeBufferPointer<UInt8>) -> Bool { storage.lists.months.id(of: word) != nil }

    /// Whether an ordinal number commonly follows `word` (`am`, `der`).
    func precedesOrdinal(_ word: UnsafeBufferPointer<UInt8>) -> Bool { storage.lists.ordinalBefore.id(of: word) != nil }
}

extension LanguageLexicon {
    /// The word lists and settings of a rules file.
    private struct Lists: Sendable {
        private(set) var ordinals = false
        private(set) var semicolonIsQuestionMark = false
        private(set) var fullStopEndsSentence = true

        private var abbreviations = ByteStringTable()
        /// The kind of each abbreviation, by its id in ``abbreviations``.
        private var kinds: [SegmentationLexicon.Kind] = []
        private(set) var starters = ByteStringTable()
        private(set) var months = ByteStringTable()
        private(set) var ordinalBefore = ByteStringTable()

        init(parsing text: String) throws {
            var section: String?
            for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let lineNumber = offset + 1
                let line = rawLine.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
                if line.isEmpty { continue }
                if line.hasPrefix("[") && line.hasSuffix("]") {
                    section = String(line.dropFirst().dropLast())
                    continue
                }
                if section == nil, let colon = line.firstIndex(of: ":") {
                    let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                    let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    guard value == "yes" || value == "no" else {
                        throw ParseError(line: lineNumber, reason: "setting '\(key)' must be yes or no")
                    }
                    switch key {
                    case "ordinals": ordinals = value == "yes"
                    case "semicolon-is-question-mark": semicolonIsQuestionMark = value == "yes"
                    case "full-stop-ends-sentence": fullStopEndsSentence = value == "yes"
                    default: throw ParseError(line: lineNumber, reason: "unknown setting '\(key)'")
                    }
                    continue
                }
                guard let section else { throw ParseError(line: lineNumber, reason: "a word outside a section") }
                for word in line.split(whereSeparator: \.isWhitespace).map(String.init) {
                    switch section {
                    case "titles": addAbbreviation(word, .title)
                    case "inner": addAbbreviation(word, .inner)
                    case "number-prefixes": addAbbreviation(word, .numberPrefix)
                    case "ambiguous": addAbbreviation(word, .ambiguous)
                    case "starters": Self.insertSpellings(of: word, into: &starters)
                    case "months": Self.insertSpellings(of: word, into: &months)
                    case "ordinal-before": Self.insertSpellings(of: word, into: &ordinalBefore)
                    default: throw ParseError(line: lineNumber, reason: "unknown section '\(section)'")
                    }
                }
            }
        }

        private mutating func addAbbreviation(_ word: String, _ kind: SegmentationLexicon.Kind) {
            // Written with its final full stop in the file, looked up without it.
            let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
            for spelling in Self.spellings(of: bare) {
                var spelling = spelling
                let id = spelling.withUTF8 { abbreviations.insert($0).id }
                if Int(id) == kinds.count { kinds.append(kind) } else { kinds[Int(id)] = kind }
            }
        }

        private static func insertSpellings(of word: String, into table: inout ByteStringTable) {
            for spelling in spellings(of: word) {
                var spelling = spelling
                _ = spelling.withUTF8 { table.insert($0) }
            }
        }

        /// `word` as written, in lower case, in upper case and with a capital first letter; a
        /// single letter only as written, since its capital is an initial (`с.` is a page, `С.` a
        /// name).
        private static func spellings(of word: String) -> [String] {
            if word.count == 1 { return [word] }
            let lower = word.lowercased()
            return [word, lower, word.uppercased(), lower.prefix(1).uppercased() + lower.dropFirst()]
        }

        func abbreviationKind(of word: UnsafeBufferPointer<UInt8>) -> SegmentationLexicon.Kind? {
            abbreviations.id(of: word).map { kinds[Int($0)] }
        }
    }
}

extension LanguageLexicon {
    /// The rules of the language with code `code` in the module's data
    /// (`Resources/Segmentation/languages.rules`), parsed on first use: a process reads only
    /// the languages it meets. `nil` when the data has no block for `code`, or when its block
    /// does not parse (a test parses every block).
    static func bundled(_ code: String) -> LanguageLexicon? {
        if let parsed = parsedBundles.withLock({ $0[code] }) { return parsed }
        guard let text = bundledTexts[code], let lexicon = try? LanguageLexicon(parsing: text) else { return nil }
        parsedBundles.withLock { $0[code] = lexicon }
        return lexicon
    }

    /// The codes of the languages with rules.
    static var bundledCodes: [String] { Array(bundledTexts.keys) }

    /// The block of each language in the module's data, by code (the last one for a code given
    /// twice, which a test rules out).
    private static let bundledTexts = Dictionary(bundledBlocks.map { ($0.code, $0.text) }) { _, last in last }

    /// The lexicons parsed so far, by code.
    private static let parsedBundles = Mutex<[String: LanguageLexicon]>([:])

    /// The rules of each language in the module's data, by code, in the data's order.
    static var bundledBlocks: [(code: String, text: String)] {
        blocks(of: String(decoding: PackageResources.languages_rules, as: UTF8.self))
    }

    /// The blocks of a rules file holding several languages, each opened by a
    /// `language: <code>` line (which is not part of its block). Lines before the first are
    /// left out; line numbers within a block are kept (earlier lines become blank), so that
    /// errors point at the file's lines.
    static func blocks(of text: String) -> [(code: String, text: String)] {
        var blocks: [(code: String, text: String)] = []
        // The open block: its code, the number (from 0) of its `language:` line, where its text starts.
        var open: (code: String, number: Int, start: String.Index)?
        func close(at end: String.Index) {
            guard let open else { return }
            blocks.append((open.code, String(repeating: "\n", count: open.number + 1) + text[open.start..<end]))
        }
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var number = 0
        while true {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if utf8[lineStart..<lineEnd].starts(with: "language:".utf8) {
                if open != nil { close(at: utf8.index(before: lineStart)) }  // before the line break
                let code = text[utf8.index(lineStart, offsetBy: "language:".utf8.count)..<lineEnd]
                let start = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
                open = (code.trimmingCharacters(in: .whitespaces), number, start)
            }
            guard lineEnd != utf8.endIndex else { break }
            lineStart = utf8.index(after: lineEnd)
            number += 1
        }
        close(at: utf8.endIndex)
        return blocks
    }
}
