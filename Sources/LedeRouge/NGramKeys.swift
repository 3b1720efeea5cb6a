/// Exact 64-bit keys for n-grams and skip-bigrams of term ids.
///
/// Term ids are below 2^31, so two of them pack into one key without loss. Longer n-grams are
/// built a level at a time: the (n-1)-gram at a position is first interned as a small id (shared
/// by every text of the item), then packed with the next term.
enum NGramKeys {
    @inline(__always)
    static func pack(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    /// Marks a unigram among skip-bigrams; packed pairs never have the top bit set.
    static let unigramTag: UInt64 = 1 << 63

    /// Keys of the (level + 1)-grams, from the ids of the level-grams and the terms.
    static func nextLevel(ids: [Int32], terms: [Int32], level: Int) -> [UInt64] {
        let count = terms.count - level
        guard count > 0 else { return [] }
        var keys = [UInt64](repeating: 0, count: count)
        for index in 0..<count {
            keys[index] = pack(ids[index], terms[index + level])
        }
        return keys
    }

    /// ROUGE-1.5.5's skip-bigrams: every ordered pair (i, j), i < j, at most `maxSkip` terms
    /// apart (`nil`: any distance), plus, when `unigrams` is set, term i for every i but the last
    /// (the script never counts the last term's unigram).
    static func skipBigrams(_ terms: [Int32], maxSkip: Int?, unigrams: Bool) -> [UInt64] {
        var keys: [UInt64] = []
        guard terms.count >= 2 else { return keys }
        let reach = maxSkip.map { $0 + 1 } ?? terms.count
        keys.reserveCapacity((terms.count - 1) * (min(reach, terms.count) + (unigrams ? 1 : 0)))
        for first in 0..<(terms.count - 1) {
            if unigrams { keys.append(unigramTag | UInt64(UInt32(bitPattern: terms[first]))) }
            let last = min(terms.count - 1, first + reach)
            for second in (first + 1)...last {
                keys.append(pack(terms[first], terms[second]))
            }
        }
        return keys
    }
}
