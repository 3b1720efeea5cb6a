/// Splits text into sentences, each a verbatim slice of the input.
///
/// A sentence is the input between two boundaries with surrounding whitespace trimmed; it is
/// never empty and never contains a blank line. The segmenter reads one of two styles of text
/// (see ``TextStyle``), detected per text by default.
///
/// ## Prose
///
/// - **Full stops, question and exclamation marks** end a sentence when whitespace and a
///   word that can start a sentence follow: an upper-case letter, a digit or a symbol, but not
///   a lower-case letter (`"Really?" he asked` is one sentence) nor `,`, `;`, `:` or a closing
///   bracket. Closing quotes and brackets after the mark stay with the sentence
///   (`He said "it's true." Then` splits after the quote).
/// - **Abbreviations** before a full stop (see `SegmentationLexicon.swift`):
///   titles (`Mr.`, `Dr.`, `Sen.`, `Gen.`) and inner abbreviations (`e.g.`, `i.e.`, `vs.`) never
///   end a sentence; number prefixes (`No.`, `Vol.`) do not before a digit; ambiguous ones
///   (`Inc.`, `Co.`, `Jr.`, `etc.`, `St.`, `Jan.`, `a.m.`, `p.m.`, dotted acronyms such as
///   `U.S.` and `D.C.`, and single-letter initials such as `W.`) end a sentence only when the
///   next word is a common sentence starter such as `The`, `He`, `But` or `In`. So
///   `at 5 p.m. The meeting` splits while `U.S. President`, `George W. Bush` and `Apple Inc.
///   said` do not.
/// - **Numbers** (`3.5`, `$1.13bn`, `10.30am`, `1.2.3`) never split: a boundary needs
///   whitespace after the mark, with the exception below.
/// - **Missing spaces** in scraped text (`$10.9bn.For the full-year`) split when a lower-case
///   word of two or more letters that is not an abbreviation meets a capitalised word
///   (`bn.For`, `dangerous.The`), or when a closing quote or bracket sits between the mark and
///   a capital (`said."Then`). Dotted names such as `Halo.Bungie.Org` and acronyms such as
///   `U.S.` do not split.
/// - **Ellipses** (`...`, `…`, `. . .`) end a sentence only before a capitalised word.
/// - **Lines.** A blank line always ends a sentence. At a single line break a sentence ends
///   when the line ends with sentence-final punctuation (as above, except that a lower-case
///   next line is then accepted too), when the next line is a list item (`-`, `*`, `+`, `•`,
///   `–`, `1.`, `2)`, `a)`, `(a)` followed by a space), or when the break was not made by
///   wrapping: the line has no final punctuation and does not end with `,`, `;`, `:`, a dash,
///   an opening bracket or a linking word such as `and`, `the` or `of`, the next line starts
///   with a capital or a digit, and the next line's first word would have fitted on the line
///   at the width of the surrounding lines (taken as at least 40 bytes). Hard-wrapped prose is
///   therefore joined, while headings and unwrapped paragraphs without final punctuation
///   stand alone. Numbers such as `1.` at the start of a
///   sentence or after a colon are list markers and stay with their item.
/// - **Caseless text.** When fewer than 1% of the letters are upper case (lower-cased corpora)
///   or fewer than 1% are lower case (all-caps text), a lower-case word can start a sentence
///   and the lexicon's capitalisation requirements are dropped; ellipses then split only
///   before a capital.
/// - **Inline enumerations.** A sentence that starts with an item marker (`1.`, `1)`, `1.)`,
///   `a.`, `• 9.`) ends before the next marker of the same style on the same line
///   (`1. The first item 2. The second item` is two sentences).
/// - **English specifics.** `a.m.` and `p.m.` after a number end a sentence before a
///   capitalised word other than a weekday, month or time zone, unless the sentence so far is
///   an opening time phrase (`At 5 a.m. Mr. Smith went`); the pronoun `I.` after a lower-case
///   word ends one like an ordinary word; a parenthetical citation after a closing quote
///   (`." (Smith 55).`) stays with its sentence; the pronoun `I` after a spaced ellipsis
///   (`the thing is . . . I didn't`) starts no sentence, its capital being no evidence.
///
/// ## Tokenized
///
/// In PTB-tokenized text such as the See et al. CNN/DailyMail files
/// (`he said " it 's true . " the u.s. ambassador`), sentences end only after standalone
/// `.`, `?` and `!` tokens (runs of them, such as `? !`, end one sentence; `...` does not),
/// together with the closing tokens that follow: `)`, `]`, `}`, `-rrb-`, `''`, `’`, `”`, `»`
/// and the ASCII quotes `"` and `'` when they close a quotation. A blank line also ends a
/// sentence; a single line break is a space. Tokens are separated by whitespace other than
/// no-break spaces. Tokens such as `u.s.` never split.
///
/// Whether an ASCII quote token closes is decided from its neighbours and the open
/// quotations: a `'` after a word ending in `s` and before a word, with no single quotation
/// open, is a possessive (`the players ' union`); a quote at the start of a paragraph or after
/// `:` or an opening bracket opens; one before a terminal token, `,`, `;`, `:`, a closing
/// bracket or the end closes; any other toggles the quotation.
///
/// ## Other languages
///
/// ``rules`` selects a language's abbreviations, sentence starters and settings (see
/// ``SegmentationRules``); all languages but English also end sentences at other scripts'
/// terminators (`。！？`, `।`, `؟`, `۔`, `։`, `።`, `။`, and `;` in Greek).
///
/// ## Limits
///
/// Scanning is linear in the input's UTF-8 length and allocates only for the result. A text
/// without any boundary, however long, is returned as a single sentence; callers that need
/// bounded sentences should cap them. Boundaries always fall on Unicode scalar boundaries.
public struct SentenceSegmenter: Sendable, Hashable {
    /// How the segmenter reads its input.
    public enum TextStyle: Sendable, Hashable, CaseIterable {
        /// Detect the style of each text: ``tokenized`` when, in its first 64 KiB, at least two
        /// punctuation marks stand alone as tokens (` , `, ` . `) and they outnumber marks
        /// attached to the end of a word (the dots of spaced ellipses, `. . .`, do not count),
        /// otherwise ``prose``.
        case automatic
        /// Ordinary running text with capitalisation, abbreviations and line structure.
        case prose
        /// Penn Treebank–style tokens separated by whitespace, split only at standalone
        /// terminal tokens.
        case tokenized
    }

    /// The style the segmenter reads its input in.
    public var textStyle: TextStyle

    /// The language's boundary rules for prose; English by default.
    public var rules: SegmentationRules

    /// Creates a segmenter.
    ///
    /// - Parameters:
    ///   - textStyle: How to read the input; by default it is detected per text.
    ///   - rules: The language's boundary rules; English by default.
    public init(textStyle: TextStyle = .automatic, rules: SegmentationRules = .english) {
        self.textStyle = textStyle
        self.rules = rules
    }

    /// Creates a segmenter for the language with ISO 639-1 code `languageCode` (such as `de`,
    /// `zh` or `ru`), or `nil` when ``SegmentationRules/supportedLanguageCodes`` lacks it.
    ///
    /// - Parameters:
    ///   - languageCode: The language's ISO 639-1 code; case is ignored.
    ///   - textStyle: How to read the input; by default it is detected per text.
    public init?(languageCode: String, textStyle: TextStyle = .automatic) {
        guard let rules = SegmentationRules(languageCode: languageCode) else { return nil }
        self.init(textStyle: textStyle, rules: rules)
    }

    /// The sentences of `text`, in order, as verbatim copies of its slices with surrounding
    /// whitespace trimmed.
    ///
    /// - Parameter text: The text to segment.
    /// - Returns: The sentences; empty when `text` is empty or only whitespace.
    public func sentences(in text: String) -> [String] {
        sentenceRanges(in: text).map { String(text[$0]) }
    }

    /// The ranges of the sentences of `text`, in order and without overlap.
    ///
    /// Each range is non-empty, starts and ends outside whitespace, and lies on Unicode scalar
    /// boundaries of `text`; `text[range]` is the sentence as ``sentences(in:)`` returns it.
    ///
    /// - Parameter text: The text to segment.
    /// - Returns: The ranges; empty when `text` is empty or only whitespace.
    public func sentenceRanges(in text: String) -> [Range<String.Index>] {
        var contiguous = text
        let offsets = contiguous.withUTF8(byteRanges(inUTF8:))
        let utf8 = text.utf8
        return offsets.map { offsets in
            let lower = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
            let upper = utf8.index(lower, offsetBy: offsets.count)
            return lower..<upper
        }
    }

    /// The sentences of the valid UTF-8 text `bytes` as ranges of offsets into it, the ranges
    /// of ``sentenceRanges(in:)`` counted in bytes.
    package func byteRanges(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        byteRanges(in: UTF8Text(bytes))
    }

    /// The sentences of `text` as ranges of UTF-8 offsets.
    func byteRanges(in text: UTF8Text) -> [Range<Int>] {
        let tokenized: Bool
        switch textStyle {
        case .automatic: tokenized = TokenizedTextDetector.looksTokenized(text)
        case .prose: tokenized = false
        case .tokenized: tokenized = true
        }
        if tokenized {
            var scanner = TokenizedSentenceScanner(text: text)
            return scanner.scan()
        } else {
            var scanner = ProseSentenceScanner(text: text, rules: rules)
            return scanner.scan()
        }
    }
}
