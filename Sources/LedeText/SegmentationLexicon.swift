/// The word lists the sentence segmenter consults: abbreviations and their behaviour before a
/// full stop, common sentence starters, and linking words that cannot end a heading.
///
/// Lookups are allocation-free: words are case-folded and packed into a ``PackedWord``.
enum SegmentationLexicon {
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

    private struct Entry {
        var kind: Kind
        /// Whether the abbreviation only counts when written in title case in cased text, so
        /// that `sat.`, `SAT.` and `FT.` stay ordinary words while `Sat.` and `Ft.` do not.
        var requiresCapital: Bool
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
    static func abbreviationKind<Word: Collection<UInt8>>(of word: Word, standsAlone: Bool, caseless: Bool) -> Kind? {
        guard let first = word.first, ASCII.isLetter(first) else { return nil }
        if word.count == 1 { return standsAlone ? .ambiguous : nil }
        if let packed = PackedWord(caseFolding: word), let entry = lexicon[packed] {
            if entry.requiresCapital && !caseless && !isTitleCase(word) { return nil }
            return entry.kind
        }
        return isDottedAcronym(word) ? .ambiguous : nil
    }

    /// Whether `word` (letters only) is a word that commonly begins a sentence, such as
    /// `The`, `He`, `But` or `However`. Case is ignored.
    static func isSentenceStarter<Word: Collection<UInt8>>(_ word: Word) -> Bool {
        guard let packed = PackedWord(caseFolding: word) else { return false }
        return sentenceStarters.contains(packed)
    }

    /// Whether `word` (letters only) is an article, conjunction, preposition or possessive
    /// that links to what follows, such as `and`, `the` or `of`: a line ending in one is not a
    /// heading. Case is ignored.
    static func isLinkingWord<Word: Collection<UInt8>>(_ word: Word) -> Bool {
        guard let packed = PackedWord(caseFolding: word) else { return false }
        return linkingWords.contains(packed)
    }

    /// Whether `word` is a capital letter followed by lower-case letters only.
    private static func isTitleCase<Word: Collection<UInt8>>(_ word: Word) -> Bool {
        guard let first = word.first, ASCII.isUppercase(first) else { return false }
        return word.dropFirst().allSatisfy(ASCII.isLowercase)
    }

    /// Whether `word` is letters in groups of one or two separated by single full stops,
    /// with at least one full stop: `U.S`, `a.m`, `Ph.D`, `U.S.A`.
    private static func isDottedAcronym<Word: Collection<UInt8>>(_ word: Word) -> Bool {
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

    private static let lexicon: [PackedWord: Entry] = {
        var table: [PackedWord: Entry] = [:]
        func add(_ words: [String], _ kind: Kind, requiresCapital: Bool) {
            for word in words {
                table[PackedWord(literal: word)] = Entry(kind: kind, requiresCapital: requiresCapital)
            }
        }
        add(titles, .title, requiresCapital: true)
        add(numberPrefixes, .numberPrefix, requiresCapital: false)
        add(innerAbbreviations, .inner, requiresCapital: false)
        add(ambiguousAbbreviations, .ambiguous, requiresCapital: false)
        add(capitalizedAmbiguousAbbreviations, .ambiguous, requiresCapital: true)
        return table
    }()

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

    private static let sentenceStarters: Set<PackedWord> = Set([
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
    ].map { PackedWord(literal: $0) })

    private static let linkingWords: Set<PackedWord> = Set([
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
        "with", "from", "as", "into", "onto", "than", "that", "its", "his", "her", "their",
        "our", "my", "your",
    ].map { PackedWord(literal: $0) })
}

/// A short ASCII word, case-folded and packed five bits a letter into an integer, so that
/// lexicon lookups need no allocation.
///
/// Letters, full stops and apostrophes are representable; a word of any other byte, or longer
/// than ``maximumLength``, is not.
struct PackedWord: Hashable, Sendable {
    /// The longest word that can be packed.
    static let maximumLength = 12

    private let rawValue: UInt64

    /// Packs `bytes`, folding ASCII upper case to lower case; `nil` when a byte is not a
    /// letter, full stop or apostrophe, or when there are more than ``maximumLength`` bytes.
    init?<Bytes: Collection<UInt8>>(caseFolding bytes: Bytes) {
        guard !bytes.isEmpty, bytes.count <= Self.maximumLength else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            let code: UInt8
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): code = byte - UInt8(ascii: "a") + 1
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): code = byte - UInt8(ascii: "A") + 1
            case ASCII.fullStop: code = 27
            case UInt8(ascii: "'"): code = 28
            default: return nil
            }
            value = value << 5 | UInt64(code)
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
