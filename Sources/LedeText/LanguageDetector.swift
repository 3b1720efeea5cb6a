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
/// - Otherwise each candidate scores one point per word of the sample in its stopword list and
///   a quarter point per distinctive letter (stopwords that more than three languages list do
///   not count) (two points for a letter only one language lists) (`ñ`, `ơ`, `ß`, …; see ``LanguageProfile``); the
///   best score wins, English on a tie, and English when the script is Latin and nothing
///   scores.
/// - A text without letters has no language (`nil`).
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
            var end = min(bytes.count, Self.sampleLength)
            while end < bytes.count && end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }  // a scalar boundary
            return language(ofSample: UnsafeBufferPointer(rebasing: bytes[..<end]))
        }
    }

    private func language(ofSample sample: UnsafeBufferPointer<UInt8>) -> Language? {
        let tables = Self.tables
        let text = String(decoding: sample, as: UTF8.self)
        var weights = [Int](repeating: 0, count: Script.allCases.count)
        var letters: [Unicode.Scalar: Int] = [:]
        // ASCII letters by byte; only the other scalars are decoded.
        var asciiLetters = 0
        for byte in sample where byte < 0x80 && (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { asciiLetters += 1 }
        weights[0] = asciiLetters  // Latin
        for scalar in text.unicodeScalars where !scalar.isASCII {
            guard let script = Script(of: scalar) else { continue }
            weights[Self.scriptIndex[script]!] += script.isUnspaced || script == .Hangul ? 3 : 1
            if tables.distinctive.contains(scalar) {
                letters[Unicode.Scalar(scalar.properties.lowercaseMapping) ?? scalar, default: 0] += 1
            }
        }
        guard let best = weights.indices.max(by: { weights[$0] < weights[$1] }), weights[best] > 0 else { return nil }
        var script = Script.allCases[best]
        if script == .Han || script == .Kana {
            let kana = weights[Self.scriptIndex[.Kana]!], han = weights[Self.scriptIndex[.Han]!]
            script = kana * 20 >= kana + han ? .Kana : .Han
            return try? Language(code: script == .Kana ? "ja" : "zh")
        }
        let candidates = tables.candidates[script] ?? []
        if candidates.count == 1 { return candidates[0] }
        guard !candidates.isEmpty else { return script == .Latin ? .english : nil }
        // Most texts are decided by their first few hundred bytes: score those first.
        let opening = text.utf8.count > Self.openingLength ? Self.prefix(of: sample, bytes: Self.openingLength) : nil
        if let opening, let early = bestCandidate(candidates, in: opening, letters: letters), early.isDecisive {
            return early.language
        }
        return bestCandidate(candidates, in: text, letters: letters)?.language ?? (script == .Latin ? .english : candidates[0])
    }

    /// How many bytes are scored first; the whole sample is scored when they do not decide.
    static let openingLength = 160

    /// The first `bytes` bytes of `sample` (at most), cut on a scalar boundary.
    private static func prefix(of sample: UnsafeBufferPointer<UInt8>, bytes: Int) -> String {
        var end = min(bytes, sample.count)
        while end < sample.count && end > 0 && sample[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: sample[..<end]), as: UTF8.self)
    }

    /// The candidate with the best stopword and letter score, `nil` when none scores; decisive
    /// when it scores at least 6 and twice the runner-up plus 2, or 8 more than the runner-up.
    private func bestCandidate(
        _ candidates: [Language], in text: String, letters: [Unicode.Scalar: Int]
    ) -> (language: Language, isDecisive: Bool)? {
        let tables = Self.tables
        var scores = [Double](repeating: 0, count: tables.languages.count)
        Tokenizer().forEachTokenUTF8(in: text) { token in
            guard let id = tables.stopwords.id(of: token) else { return }
            var mask = tables.masks[Int(id)]
            while mask != 0 {
                scores[mask.trailingZeroBitCount] += 1
                mask &= mask - 1
            }
        }
        for (letter, count) in letters {
            let owners = tables.languages.indices.filter { tables.letterSets[$0].contains(letter) }
            // A letter of one language only (`ђ`, `ß`, `ơ`) says more than one several share.
            let weight = owners.count == 1 ? 2 : 0.25
            for index in owners { scores[index] += weight * Double(count) }
        }
        var best: (language: Language, score: Double)?
        var runnerUp = 0.0
        for candidate in candidates {
            let score = scores[tables.index[candidate]!]
            guard score > 0 else { continue }
            if let current = best, score < current.score || (score == current.score && current.language == .english) {
                runnerUp = max(runnerUp, score)
                continue
            }
            runnerUp = max(runnerUp, best?.score ?? 0)
            best = (candidate, score)
        }
        return best.map { ($0.language, $0.score >= 6 && $0.score >= 2 * runnerUp + 2 || $0.score - runnerUp >= 8) }
    }

    private static let scriptIndex = Dictionary(uniqueKeysWithValues: Script.allCases.enumerated().map { ($1, $0) })

    /// Every language's stopwords in one table (each word with the set of languages that
    /// list it, as a bit mask), letters, and the candidates of each script.
    private final class Tables: Sendable {
        let languages: [Language] = Language.supported
        let index: [Language: Int]
        let stopwords: ByteStringTable
        let masks: [UInt64]
        let letterSets: [Set<Unicode.Scalar>]
        let distinctive: Set<Unicode.Scalar>
        let candidates: [Script: [Language]]

        /// Stopwords listed by more languages than this do not count.
        static let sharedLimit = 3

        init() {
            var index: [Language: Int] = [:]
            var stopwords = ByteStringTable(capacity: 1 << 14)
            var masks: [UInt64] = []
            var letterSets: [Set<Unicode.Scalar>] = []
            var distinctive = Set<Unicode.Scalar>()
            var candidates: [Script: [Language]] = [:]
            precondition(languages.count <= 64, "LanguageDetector: more languages than mask bits")
            for (position, language) in languages.enumerated() {
                index[language] = position
                let profile = language.profile
                for word in Stopwords.list(for: language.code).words {
                    var word = word
                    let id = word.withUTF8 { stopwords.insert($0).id }
                    if Int(id) == masks.count { masks.append(0) }
                    masks[Int(id)] |= 1 << UInt64(position)
                }
                letterSets.append(profile.distinctiveLetters)
                distinctive.formUnion(profile.distinctiveLetters.filter { !$0.isASCII })
                for script in profile.scripts { candidates[script, default: []].append(language) }
            }
            // A word that many languages list (`a`, `in`, `no`) tells them apart from none.
            for id in masks.indices where masks[id].nonzeroBitCount > Self.sharedLimit { masks[id] = 0 }
            (self.index, self.stopwords, self.masks, self.letterSets, self.distinctive, self.candidates) =
                (index, stopwords, masks, letterSets, distinctive, candidates)
        }
    }

    private static let tables = Tables()
}
