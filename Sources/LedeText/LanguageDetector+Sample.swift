extension LanguageDetector {
    /// Counts the letters of `sample` by script and returns the weight of each script (by
    /// ``Script/ordinal``); adds the score of its distinctive letters to each language's
    /// score in `scores`, in quarter points, and also returns their sum over all languages'
    /// letters (no language's letters score more). Sixteen ASCII bytes are counted at once;
    /// only the other scalars are decoded.
    static func countLetters(
        in sample: UnsafeBufferPointer<UInt8>, scoringInto scores: UnsafeMutableBufferPointer<Int32>, tables: Tables
    ) -> (weights: SIMD16<Int32>, letterScore: Int32) {
        var weights = SIMD16<Int32>()
        var letterScore: Int32 = 0
        guard let base = sample.baseAddress else { return (weights, 0) }
        let raw = UnsafeRawPointer(base)
        let count = sample.count
        var asciiLetters = 0
        // ASCII letters by lane, over at most 31 chunks (see ``ByteChunk/sum(_:)``).
        var counters = SIMD16<UInt8>()
        var countedChunks = 0
        var index = 0
        while index < count {
            if index + ByteChunk.width <= count {
                let chunk = ByteChunk(raw, at: index)
                if ByteChunk.isEmpty(chunk.lanes(in: 0x80...0xFF)) {
                    ByteChunk.count(chunk.lanes(in: 0x61...0x7A, ignoring: 0x20), into: &counters)
                    countedChunks += 1
                    if countedChunks == 31 {
                        asciiLetters += ByteChunk.sum(counters)
                        counters = SIMD16<UInt8>()
                        countedChunks = 0
                    }
                    index += ByteChunk.width
                    continue
                }
            }
            // Byte by byte to the end of the chunk (a scalar may end past it).
            let stop = min(index + ByteChunk.width, count)
            while index < stop {
                let byte = sample[index]
                if byte < 0x80 {
                    if (byte | 0x20) &- 0x61 < 26 { asciiLetters += 1 }
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Text(sample).decodedScalar(at: index)
                index += length
                guard let script = Script(of: scalar) else { continue }
                weights[script.ordinal] &+= script.isUnspaced || script == .Hangul ? 3 : 1
                guard scalar.value < UInt32(tables.letterIndex.count), tables.letterIndex[Int(scalar.value)] != 0 else { continue }
                var owners = tables.letterOwners[Int(tables.letterIndex[Int(scalar.value)]) - 1]
                // A letter of one language only (`ђ`, `ß`, `ơ`) says more than one several share.
                let weight: Int32 = owners.nonzeroBitCount == 1 ? 8 : 1
                letterScore &+= weight
                while owners != 0 {
                    scores[owners.trailingZeroBitCount] &+= weight
                    owners &= owners - 1
                }
            }
        }
        asciiLetters += ByteChunk.sum(counters)
        weights[Script.Latin.ordinal] &+= Int32(asciiLetters)
        return (weights, letterScore)
    }

    /// The end of the run of ASCII letters that starts at `start`.
    @inline(__always)
    private static func letterRunEnd(in sample: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start + 1
        if let base = sample.baseAddress {
            let raw = UnsafeRawPointer(base)
            while end + ByteChunk.width <= sample.count {
                let letters = ByteChunk(raw, at: end).lanes(in: 0x61...0x7A, ignoring: 0x20)
                if let stop = LaneBits(.!letters).first { return end + stop }
                end += ByteChunk.width
            }
        }
        while end < sample.count && (sample[end] | 0x20) &- 0x61 < 26 { end += 1 }
        return end
    }

    /// Whether the ASCII byte `byte` continues a word: a letter, a digit or an apostrophe.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == UInt8(ascii: "'")
    }

    /// Adds four (a point) to the score of each language listing a word of `sample` as a
    /// stopword, word by word, until one of `candidates` is decisive (see
    /// ``bestCandidate(_:scores:englishIndex:)``) or the sample ends.
    ///
    /// Words are cut as ``Tokenizer`` cuts them (letters, digits and combining marks, with an
    /// apostrophe between two letters kept as `'`, and a final `'s` dropped), with only ASCII
    /// letters lower-cased. A word of ASCII letters alone, the common case, is packed for the
    /// lookup straight from the sample.
    static func scoreWords(
        in sample: UnsafeBufferPointer<UInt8>, candidates: UInt64, into scores: UnsafeMutableBufferPointer<Int32>, tables: Tables
    ) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WordScorer.longestWord) { word in
            var scorer = WordScorer(word: word, scores: scores, candidates: candidates, tables: tables)
            scorer.scan(sample)
        }
    }

    /// The state of ``scoreWords(in:candidates:into:tables:)``.
    private struct WordScorer {
        /// The longest word looked up; longer ones are no stopwords.
        static let longestWord = 64

        /// The current word, when it is not scored straight from the sample.
        let word: UnsafeMutableBufferPointer<UInt8>
        let scores: UnsafeMutableBufferPointer<Int32>
        let candidates: UInt64
        let tables: Tables
        /// The word's length in `word`; past `longestWord` once it is too long.
        var length = 0
        var lastWasLetter = false
        var pendingApostrophe = false
        /// No candidate can be decisive before one reaches this score: scores only grow, and
        /// so does the runner-up's, which sets the bar.
        var bar = decisiveMinimum

        init(word: UnsafeMutableBufferPointer<UInt8>, scores: UnsafeMutableBufferPointer<Int32>, candidates: UInt64, tables: Tables) {
            (self.word, self.scores, self.candidates, self.tables) = (word, scores, candidates, tables)
        }

        /// Scores the words of `sample` until a candidate is decisive.
        mutating func scan(_ sample: UnsafeBufferPointer<UInt8>) {
            guard let base = sample.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var index = 0
            let count = sample.count
            while index < count {
                let byte = sample[index]
                if byte < 0x80 {
                    let folded = byte | 0x20
                    if folded &- 0x61 < 26 {
                        guard length == 0 && !pendingApostrophe else {
                            if begin(isLetter: true) { return }
                            append(folded)
                            index += 1
                            continue
                        }
                        // A word starts: its ASCII letters are found sixteen at a time, and
                        // when a plain separator follows them, they are the whole word.
                        let end = letterRunEnd(in: sample, from: index)
                        let runLength = end - index
                        if runLength <= 16 && (end == count || (sample[end] < 0x80 && !isWordByte(sample[end]))) {
                            var (low, high) = ByteStringTable.Key.pack(raw + index, count: runLength)
                            // Lower-case: set bit 5 of each of the word's bytes, letters all.
                            low |= 0x2020_2020_2020_2020 & (UInt64.max &>> UInt64(64 - 8 * min(runLength, 8)))
                            if runLength > 8 { high |= 0x2020_2020_2020_2020 & (UInt64.max &>> UInt64(128 - 8 * runLength)) }
                            if score(tables.stopwords.mask(low: low, high: high)) { return }
                            index = end + 1
                            continue
                        }
                        length = min(runLength, Self.longestWord + 1)
                        for offset in 0..<min(length, Self.longestWord) { word[offset] = sample[index + offset] | 0x20 }
                        lastWasLetter = true
                        index = end
                        continue
                    }
                    if byte &- 0x30 < 10 {
                        if begin(isLetter: false) { return }
                        append(byte)
                        index += 1
                        continue
                    }
                    index += 1
                    if byte == UInt8(ascii: "'") {
                        if apostrophe() { return }
                        continue
                    }
                } else {
                    let (scalar, scalarLength) = UTF8Text(sample).decodedScalar(at: index)
                    let next = index + scalarLength
                    if scalar.value == 0x2019 || scalar.value == 0x2018 {
                        index = next
                        if apostrophe() { return }
                        continue
                    }
                    if tables.isWordScalar(scalar.value) {
                        if begin(isLetter: true) { return }
                        while index < next {
                            append(sample[index])
                            index += 1
                        }
                        continue
                    }
                    index = next
                }
                // A separator.
                if flush() { return }
            }
            _ = flush()
        }

        /// Scores the languages of a stopword's `mask` (none for 0); whether a candidate is
        /// now decisive.
        @inline(__always)
        private mutating func score(_ mask: UInt64) -> Bool {
            guard mask != 0 else { return false }
            var remaining = mask
            var top: Int32 = 0
            while remaining != 0 {
                let language = remaining.trailingZeroBitCount
                scores[language] &+= 4
                top = max(top, scores[language])
                remaining &= remaining - 1
            }
            guard mask & candidates != 0, top >= bar,
                  let best = bestCandidate(candidates, scores: scores, englishIndex: tables.englishIndex)
            else { return false }
            bar = best.bar
            return best.isDecisive
        }

        /// Scores the word in `word` and starts the next; whether a candidate is decisive.
        private mutating func flush() -> Bool {
            var decided = false
            if length > 0 && length <= Self.longestWord {
                var end = length
                if end > 2 && word[end - 1] == UInt8(ascii: "s") && word[end - 2] == UInt8(ascii: "'") { end -= 2 }
                decided = score(tables.stopwords.mask(of: UnsafeBufferPointer(rebasing: word[..<end])))
            }
            length = 0
            lastWasLetter = false
            pendingApostrophe = false
            return decided
        }

        private mutating func apostrophe() -> Bool {
            if length == 0 || pendingApostrophe { return flush() }
            pendingApostrophe = true
            return false
        }

        /// Resolves a pending apostrophe before a word character; whether a candidate is
        /// decisive.
        private mutating func begin(isLetter: Bool) -> Bool {
            var decided = false
            if pendingApostrophe {
                pendingApostrophe = false
                if lastWasLetter && isLetter { append(UInt8(ascii: "'")) } else { decided = flush() }
            }
            lastWasLetter = isLetter
            return decided
        }

        private mutating func append(_ byte: UInt8) {
            if length < Self.longestWord { word[length] = byte }
            length = min(length + 1, Self.longestWord + 1)
        }
    }
}
