/// Tells which supported language a text is written in, from its opening: the script of its
/// letters first, then, among the languages written in that script, stopwords and distinctive
/// letters. Needs no model and reads at most ``sampleLength`` bytes.
///
/// The rules:
/// - Letters are counted by ``Script``; characters of scripts written without spaces (Han,
///   Kana, Thai) and Hangul syllables weigh three letters, about a word's share. The script with
///   the largest weight wins (so mixed-script text gets the language of its main script).
/// - Han with Kana making up at least a twentieth of the two is Japanese; Han alone is Chinese.
/// - A script that one supported language uses is that language (Hebrew: Yiddish, Armenian,
///   Greek, Tamil, Thai, Hangul: Korean, Arabic: Arabic).
/// - Otherwise each candidate scores one point per word of the sample in its stopword list
///   (stopwords that more than three languages list do not count) and a quarter point per
///   distinctive letter (two points for a letter only one language lists: `ñ`, `ơ`, `ß`, …;
///   see ``LanguageProfile``); the best score wins, English on a tie, and English when the
///   script is Latin and nothing scores. Words are scored in order, and scoring stops as soon
///   as one candidate is decisive (at least 6 points, and twice the runner-up's score plus 2 or
///   8 points more): most texts are decided by their first twenty words or so.
/// - A text without letters has no language (`nil`).
///
/// Words are cut as ``Tokenizer`` cuts them and matched as written, with ASCII letters
/// lower-cased, against one table of the stopwords of every language that shares its script
/// (which also holds the capitalized form of the words that start with another letter, such as
/// `Это` or `Él`), packed into integer keys. The sample is read in stack storage, with an ASCII
/// fast path, so that a detection allocates nothing; on an English news article it costs about
/// 4,300 instructions, under 1% of a summary (see `Eval/languages/README.md`).
///
/// ```swift
/// LanguageDetector().language(of: "Le gouvernement a annoncé mardi un plan.")  // fr
/// ```
public struct LanguageDetector: Sendable {
    /// How many bytes of the text's start are read.
    public static let sampleLength = 512

    /// Creates a detector (its tables are built once per process).
    public init() {}

    /// The language of `text`, or `nil` when it has no letters.
    ///
    /// - Complexity: O(1): reads at most ``sampleLength`` bytes.
    public func language(of text: String) -> Language? {
        var text = text
        return text.withUTF8 { bytes in
            language(ofSample: UnsafeBufferPointer(rebasing: bytes[..<Self.scalarBoundary(in: bytes, atMost: Self.sampleLength)]))
        }
    }

    /// The language of `paragraphs` read as one text, one paragraph a line (only the first
    /// ``sampleLength`` bytes of that text are read), or `nil` when it has no letters.
    ///
    /// - Complexity: O(1): reads at most ``sampleLength`` bytes.
    public func language(ofParagraphs paragraphs: [String]) -> Language? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.sampleLength) { sample in
            var count = 0
            var full = false
            for var paragraph in paragraphs where !full {
                if count > 0 {
                    sample[count] = UInt8(ascii: "\n")
                    count += 1
                }
                paragraph.withUTF8 { bytes in
                    let taken = Self.scalarBoundary(in: bytes, atMost: Self.sampleLength - count)
                    full = taken < bytes.count || count + taken == Self.sampleLength
                    guard taken > 0, let source = bytes.baseAddress, let target = sample.baseAddress else { return }
                    (target + count).update(from: source, count: taken)
                    count += taken
                }
            }
            return language(ofSample: UnsafeBufferPointer(rebasing: sample[..<count]))
        }
    }

    /// `limit` (at most `bytes.count`), or the start of the scalar that `limit` cuts: a scalar
    /// cut off at the end is left out.
    static func scalarBoundary(in bytes: UnsafeBufferPointer<UInt8>, atMost limit: Int) -> Int {
        let end = min(limit, bytes.count)
        if end == bytes.count || bytes[end] & 0xC0 != 0x80 { return end }
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    private func language(ofSample sample: UnsafeBufferPointer<UInt8>) -> Language? {
        let tables = Self.tables
        // Each language's score, in quarter points so that they add exactly.
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 64) { scores in
            scores.initialize(repeating: 0)
            return language(ofSample: sample, scores: scores, tables: tables)
        }
    }

    private func language(ofSample sample: UnsafeBufferPointer<UInt8>, scores: UnsafeMutableBufferPointer<Int32>, tables: Tables) -> Language? {
        let (weights, letterScore, scored) = Self.countLetters(in: sample, scoringInto: scores, tables: tables)
        // The first script with the largest weight.
        let heaviest = weights.max()
        guard heaviest > 0 else { return nil }
        var best = 0
        while weights[best] != heaviest { best += 1 }
        let script = Script.ordered[best]
        if script == .Han || script == .Kana {
            let kana = weights[Script.Kana.ordinal], han = weights[Script.Han.ordinal]
            return kana * 20 >= kana + han ? tables.japanese : tables.chinese
        }
        let candidates = tables.candidates[best]
        if candidates.nonzeroBitCount == 1 { return tables.languages[candidates.trailingZeroBitCount] }
        guard candidates != 0 else { return script == .Latin ? .english : nil }

        // Distinctive letters alone can decide (Vietnamese `ơ`, `ư`).
        var found = letterScore < Self.decisiveMinimum ? nil : Self.bestCandidate(candidates, scores: scores, englishIndex: tables.englishIndex)
        if found?.isDecisive != true {
            found = Self.scoreWords(in: sample, candidates: candidates, scored: scored, into: scores, tables: tables)
                ?? Self.bestCandidate(candidates, scores: scores, englishIndex: tables.englishIndex)
        }
        if let found { return tables.languages[found.index] }
        return script == .Latin ? .english : tables.languages[candidates.trailingZeroBitCount]
    }

    /// The least score (in quarter points) that can be decisive.
    static let decisiveMinimum: Int32 = 24

    /// The candidate with the best score (in quarter points), `nil` when none scores, English
    /// winning a tie; decisive when it scores at least 6 points (``decisiveMinimum``) and
    /// twice the runner-up plus 2, or 8 more than the runner-up. `bar` is the least score a
    /// candidate needs to be decisive against the runner-up's score.
    static func bestCandidate(_ candidates: UInt64, scores: UnsafeMutableBufferPointer<Int32>, englishIndex: Int) -> (index: Int, isDecisive: Bool, bar: Int32)? {
        var bestIndex = -1
        var bestScore: Int32 = 0
        var runnerUp: Int32 = 0
        var remaining = candidates
        while remaining != 0 {
            let candidate = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            let score = scores[candidate]
            guard score > 0 else { continue }
            if bestIndex >= 0 && (score < bestScore || (score == bestScore && bestIndex == englishIndex)) {
                runnerUp = max(runnerUp, score)
                continue
            }
            runnerUp = max(runnerUp, bestScore)
            (bestIndex, bestScore) = (candidate, score)
        }
        guard bestIndex >= 0 else { return nil }
        let bar = max(decisiveMinimum, min(2 * runnerUp + 8, runnerUp + 32))
        return (bestIndex, bestScore >= bar, bar)
    }

    static let tables = Tables()
}
