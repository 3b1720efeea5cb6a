/// The word lists the sentence segmenter consults: abbreviations and their behaviour before a
/// full stop, common sentence starters, and linking words that cannot end a heading.
///
/// Lookups are allocation-free and hash-free: words are case-folded and packed into a
/// ``PackedWord``, whose integer value finds the word's traits in a small open-addressing
/// table. Scanners keep a copy of ``shared`` so that they look it up once per text.
struct SegmentationLexicon: Sendable {
    /// The lexicon of the built-in lists.
    static let shared = SegmentationLexicon()

    /// How an abbreviation behaves when its full stop is followed by whitespace.
    enum Kind: Sendable, Hashable {
        /// A title or honorific written before a name (`Mr.`, `Dr.`, `Sen.`): never ends a
        /// sentence.
        case title
        /// Written before a number (`No. 5`, `Vol. 2`): ends a sentence only when no digit
        /// follows, like an ordinary word.
        case numberPrefix
        /// Used only inside a sentence (`e.g.`, `i.e.`, `vs.`): never ends one.
        case inner
        /// Often mid-sentence but able to end one (`Inc.`, `U.S.`, `p.m.`, `Jan.`, `etc.`,
        /// initials such as `W.`): ends a sentence only when a common sentence starter such as
        /// `The` or `He` follows.
        case ambiguous
    }

    /// What the lists say about one word.
    private struct Entry {
        /// The word's kind as an abbreviation, or `nil` when it is none.
        var abbreviation: Kind?
        /// Whether the abbreviation only counts when written in title case in cased text, so
        /// that `sat.`, `SAT.` and `FT.` stay ordinary words while `Sat.` and `Ft.` do not.
        var requiresCapital = false
        var isSentenceStarter = false
        var isLinkingWord = false
        var isTimeWord = false
    }

    /// A slot of the table: a packed word (0 when empty) and its entry.
    private struct Slot {
        var word: UInt64
        var entry: Entry
    }

    /// log2 of the number of slots: 1,024 slots for under 400 words keep probe runs short.
    private static let slotBits = 10

    /// The words of all lists, by ``slot(of:)`` with linear probing.
    private var slots: [Slot]
    /// The length of the longest abbreviation: longer words need no lookup.
    private let longestAbbreviation: Int

    private init() {
        slots = Array(repeating: Slot(word: 0, entry: Entry()), count: 1 << Self.slotBits)
        longestAbbreviation = [Self.titles, Self.numberPrefixes, Self.innerAbbreviations, Self.ambiguousAbbreviations,
                               Self.capitalizedAmbiguousAbbreviations].joined().map(\.utf8.count).max() ?? 0
        addAbbreviations(Self.titles, .title, requiresCapital: true)
        addAbbreviations(Self.numberPrefixes, .numberPrefix, requiresCapital: false)
        addAbbreviations(Self.innerAbbreviations, .inner, requiresCapital: false)
        addAbbreviations(Self.ambiguousAbbreviations, .ambiguous, requiresCapital: false)
        addAbbreviations(Self.capitalizedAmbiguousAbbreviations, .ambiguous, requiresCapital: true)
        for word in Self.sentenceStarters { update(word) { $0.isSentenceStarter = true } }
        for word in Self.linkingWords { update(word) { $0.isLinkingWord = true } }
        for word in Self.timeWords { update(word) { $0.isTimeWord = true } }
    }

    private mutating func addAbbreviations(_ words: [String], _ kind: Kind, requiresCapital: Bool) {
        for word in words {
            update(word) {
                $0.abbreviation = kind
                $0.requiresCapital = requiresCapital
            }
        }
    }

    /// Applies `change` to the entry of the list word `literal`, adding the word if needed.
    private mutating func update(_ literal: String, _ change: (inout Entry) -> Void) {
        let word = PackedWord(literal: literal).rawValue
        var slot = Self.slot(of: word)
        while slots[slot].word != 0 && slots[slot].word != word { slot = (slot + 1) & (slots.count - 1) }
        slots[slot].word = word
        change(&slots[slot].entry)
    }

    /// The home slot of a packed word: the top bits of a Fibonacci hash.
    @inline(__always)
    private static func slot(of word: UInt64) -> Int {
        Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slotBits))
    }

    /// The entry of `word`, or `nil` when no list holds it.
    private func entry(_ word: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard let packed = PackedWord(caseFolding: word)?.rawValue else { return nil }
        var slot = Self.slot(of: packed)
        while true {
            let candidate = slots[slot]
            if candidate.word == packed { return candidate.entry }
            if candidate.word == 0 { return nil }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// The kind of abbreviation `word` is (the bytes before a full stop, without it), or `nil`
    /// for an ordinary word or a word of no more than letters, full stops and apostrophes.
    ///
    /// Besides the lexicon, single letters that stand alone (initials such as `W` in
    /// `George W. Bush`, but not the `T` of `AT&T`) and dotted acronyms made of one- or
    /// two-letter parts (`U.S`, `a.m`, `Ph.D`, `D.C`) are ``Kind/ambiguous``. In caseless text
    /// (all lower case), capitalisation requirements are ignored.
    ///
    /// - Parameters:
    ///   - word: The word, without its final full stop.
    ///   - standsAlone: Whether whitespace, an opening bracket or quote, or the start of the
    ///     text precedes the word.
    ///   - caseless: Whether the text is written without capitals.
    @inline(__always)
    func abbreviationKind(of word: UnsafeBufferPointer<UInt8>, standsAlone: Bool, caseless: Bool) -> Kind? {
        guard let first = word.first, ASCII.isLetter(first) else { return nil }
        if word.count == 1 { return standsAlone ? .ambiguous : nil }
        if word.count <= longestAbbreviation, let entry = entry(word), let kind = entry.abbreviation {
            if entry.requiresCapital && !caseless && !Self.isTitleCase(word) { return nil }
            return kind
        }
        return Self.isDottedAcronym(word) ? .ambiguous : nil
    }

    /// Whether `word` (letters only) is a word that commonly begins a sentence, such as
    /// `The`, `He`, `But` or `However`. Case is ignored.
    func isSentenceStarter(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        entry(word)?.isSentenceStarter ?? false
    }

    /// Whether `word` (letters only) is an article, conjunction, preposition or possessive
    /// that links to what follows, such as `and`, `the` or `of`: a line ending in one is not a
    /// heading. Case is ignored.
    func isLinkingWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        entry(word)?.isLinkingWord ?? false
    }

    /// Whether `word` (letters only) is a weekday, a month or a time zone, which may follow
    /// `a.m.` or `p.m.` inside a sentence (`at 5 p.m. Friday`, `7 p.m. ET`). Case is ignored.
    func isTimeWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        entry(word)?.isTimeWord ?? false
    }

    /// Whether `word` is a capital letter followed by lower-case letters only.
    private static func isTitleCase(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, ASCII.isUppercase(first) else { return false }
        return word.dropFirst().allSatisfy(ASCII.isLowercase)
    }

    /// Whether `word` is letters in groups of one or two separated by single full stops,
    /// with at least one full stop: `U.S`, `a.m`, `Ph.D`, `U.S.A`.
    private static func isDottedAcronym(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var groupLength = 0
        var groups = 0
        for byte in word {
            if byte == ASCII.fullStop {
                guard groupLength > 0 else { return false }
                groups += 1
                groupLength = 0
            } else if ASCII.isLetter(byte) {
                groupLength += 1
                guard groupLength <= 2 else { return false }
            } else {
                return false
            }
        }
        return groups >= 1 && groupLength > 0
    }

    private static let titles = [
        "mr", "mrs", "ms", "mx", "messrs", "mme", "mlle", "dr", "drs", "prof", "profs",
        "sen", "sens", "rep", "reps", "gov", "govs", "gen", "gens", "lt", "col", "capt", "cpt",
        "sgt", "cpl", "pvt", "maj", "adm", "cmdr", "cdr", "brig", "rev", "fr", "hon", "rt",
        "pres", "supt", "insp", "det", "atty", "amb", "mt", "ft",
    ]

    private static let numberPrefixes = [
        "no", "nos", "vol", "vols", "art", "arts", "pp", "fig", "figs", "ch", "chap", "sec",
        "para", "op", "tel", "ref", "pt",
    ]

    private static let innerAbbreviations = [
        "e.g", "i.e", "eg", "vs", "viz", "cf", "c.f", "approx", "incl", "esp",
    ]

    private static let ambiguousAbbreviations = [
        "etc", "al", "inc", "ltd", "corp", "co", "cos", "bros", "plc", "llc", "assn", "assoc",
        "dept", "univ", "inst", "intl", "natl", "govt", "mfg", "est", "jr", "sr", "esq",
        "ed", "eds", "st", "ave", "blvd", "rd", "hwy", "ste", "resp",
    ]

    /// Abbreviations that are also ordinary lower-case words (`sat.`, `mass.`, `ill.`).
    private static let capitalizedAmbiguousAbbreviations = [
        // Months and weekdays.
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // US states in AP style.
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
        "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
        "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    ]

    private static let sentenceStarters = [
        // Articles, determiners and pronouns.
        "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he",
        "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "some",
        "many", "most", "all", "both", "each", "every", "no", "one", "another", "other", "such",
        "what", "who", "why", "how", "where", "which",
        // Conjunctions, prepositions and adverbs that open news sentences.
        "but", "and", "or", "so", "yet", "if", "when", "while", "after", "before", "as", "at",
        "in", "on", "for", "from", "by", "with", "to", "of", "during", "since", "although",
        "though", "because", "however", "meanwhile", "still", "also", "then", "now", "later",
        "earlier", "instead", "yesterday", "today", "tomorrow", "last", "next", "according",
        "besides", "initially", "finally", "indeed", "overall", "currently", "previously",
        "recently", "nevertheless", "nonetheless", "moreover", "furthermore", "therefore",
        "despite", "much", "more", "only", "even", "thus", "hence", "similarly", "likewise",
        "consequently", "conversely", "additionally", "specifically",
        // Titles that open a new sentence about a person.
        "mr", "mrs", "ms",
    ]

    private static let timeWords = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec",
        "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "akst",
        "akdt", "hst", "gmt", "bst", "utc", "cet", "cest", "eet", "ist", "jst", "aest", "aedt",
        "eastern", "central", "mountain", "pacific", "local",
    ]

    private static let linkingWords = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
        "with", "from", "as", "into", "onto", "than", "that", "its", "his", "her", "their",
        "our", "my", "your",
    ]
}

/// A short ASCII word, case-folded and packed five bits a letter into an integer, so that
/// lexicon lookups need no allocation.
///
/// Letters, full stops and apostrophes are representable; a word of any other byte, or longer
/// than ``maximumLength``, is not.
struct PackedWord: Hashable, Sendable {
    /// The longest word that can be packed.
    static let maximumLength = 12

    /// The codes of the bytes, first byte highest; never 0, as every code is at least 1.
    let rawValue: UInt64

    /// Packs `bytes`, folding ASCII upper case to lower case; `nil` when a byte is not a
    /// letter, full stop or apostrophe, or when there are more than ``maximumLength`` bytes.
    init?<Bytes: Collection<UInt8>>(caseFolding bytes: Bytes) {
        guard !bytes.isEmpty, bytes.count <= Self.maximumLength else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            // A letter of either case folds to 1…26: its low five bits.
            var code = UInt64(byte & 0x1F)
            if !ASCII.isLetter(byte) {
                switch byte {
                case ASCII.fullStop: code = 27
                case UInt8(ascii: "'"): code = 28
                default: return nil
                }
            }
            value = value << 5 | code
        }
        rawValue = value
    }

    /// Packs a word of the built-in lists.
    fileprivate init(literal: String) {
        guard let packed = PackedWord(caseFolding: literal.utf8) else {
            preconditionFailure("lexicon word '\(literal)' cannot be packed")
        }
        self = packed
    }
}
