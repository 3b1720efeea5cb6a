/// English stopwords: function words that carry little topical content.
///
/// The list is Lede's own: articles, pronouns, auxiliary and modal verbs, prepositions,
/// conjunctions, common adverbs and determiners, and the contracted forms news text uses.
/// Entries are lower-case and use ASCII apostrophes; ``Tokenizer`` folds case and typographic
/// apostrophes before lookup, so `“Don’t”` matches `don't`.
public enum Stopwords {
    /// The English stopword set.
    public static let english: Set<String> = Set(englishWords)

    /// Whether `word` (already lower-cased, ASCII apostrophes) is an English stopword.
    public static func contains(_ word: String) -> Bool {
        english.contains(word)
    }

    /// Whether the UTF-8 bytes of a lower-cased word are an English stopword; no allocation.
    public static func contains(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
        englishTable.id(of: word) != nil
    }

    private static let englishTable = ByteStringTable(englishWords)

    static let englishWords: [String] = [
        // Articles and determiners.
        "a", "an", "the", "this", "that", "these", "those", "each", "every", "either", "neither",
        "some", "any", "no", "all", "both", "few", "more", "most", "less", "least", "many", "much",
        "several", "such", "other", "another", "same", "own",
        // Personal, possessive and reflexive pronouns.
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
        "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself",
        "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
        "theirs", "themselves", "one", "ones",
        // Interrogatives and relatives.
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "whether",
        "whatever", "whoever", "whenever", "wherever", "however",
        // Forms of be, have, do.
        "am", "is", "are", "was", "were", "be", "been", "being",
        "have", "has", "had", "having", "do", "does", "did", "doing", "done",
        // Modals.
        "can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought",
        // Prepositions.
        "about", "above", "across", "after", "against", "along", "among", "around", "at",
        "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by",
        "down", "during", "except", "for", "from", "in", "inside", "into", "near", "of", "off",
        "on", "onto", "out", "outside", "over", "past", "per", "since", "through", "throughout",
        "till", "to", "toward", "towards", "under", "underneath", "until", "up", "upon", "via",
        "with", "within", "without",
        // Conjunctions.
        "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "because", "as", "though",
        "although", "while", "whereas", "unless", "once",
        // Adverbs and particles with little content.
        "not", "only", "also", "just", "very", "too", "again", "further", "here", "there",
        "now", "ever", "even", "still", "already", "quite", "rather", "almost", "perhaps",
        "else", "instead", "indeed", "thus", "therefore", "hence", "otherwise", "often",
        "yes", "well", "really",
        // Contractions, with and without the apostrophe.
        "i'm", "i've", "i'd", "i'll", "you're", "you've", "you'd", "you'll", "he's", "he'd",
        "he'll", "she's", "she'd", "she'll", "it's", "it'd", "it'll", "we're", "we've", "we'd",
        "we'll", "they're", "they've", "they'd", "they'll", "that's", "there's", "here's",
        "what's", "who's", "let's", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
        "hadn't", "doesn't", "don't", "didn't", "won't", "wouldn't", "can't", "cannot",
        "couldn't", "shouldn't", "mustn't", "mightn't", "needn't", "shan't",
        "im", "ive", "dont", "didnt", "doesnt", "isnt", "wasnt", "cant", "wont",
        // Clitics left behind when a tokenizer splits at apostrophes.
        "s", "t", "d", "ll", "m", "re", "ve", "n't",
    ]
}
