extension LanguageDetector {
    /// Counts the letters of `sample` by script and returns the weight of each script (by
    /// ``Script/ordinal``); adds the score of its distinctive letters to each language's
    /// score in `scores`, in quarter points, and also returns their sum over all languages'
    /// letters (no language's letters score more) and the set of languages they score.
    ///
    /// The sample is read sixteen bytes at a time, and in each chunk only the lead bytes of
    /// the scalars that are not ASCII are visited (`sample` is valid UTF-8, cut from a
    /// `String` at a scalar boundary); a scalar of two bytes gets its script from a table
    /// (``Tables/twoByteScripts``). Distinctive letters are tallied during the pass and
    /// scored after it, one addition per letter seen rather than per occurrence.
    /// ASCII letters are counted (by ``asciiLetterCount(in:)``) only when letters of another
    /// script than Latin are found: otherwise only whether there are any matters.
    static func countLetters(
        in sample: UnsafeBufferPointer<UInt8>, scoringInto scores: UnsafeMutableBufferPointer<Int32>, tables: Tables
    ) -> (weights: SIMD16<Int32>, letterScore: Int32, scored: UInt64) {
        let letterSlots = LetterTally.letterSlot + tables.letterOwners.count + 1
        let counted = withUnsafeTemporaryAllocation(of: Int32.self, capacity: letterSlots) { counts in
            counts.initialize(repeating: 0)
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 4) { seen in
                seen.initialize(repeating: 0)
                let hasASCIILetter = tables.letterIndex.withUnsafeBufferPointer { letterIndex in
                    tables.twoByteScripts.withUnsafeBufferPointer { twoByteScripts in
                        var tally = LetterTally(counts: counts, seen: seen, letterIndex: letterIndex, twoByteScripts: twoByteScripts)
                        return tally.read(sample)
                    }
                }
                let (letterScore, scored) = scoreLetters(seen: seen, counts: counts, scoringInto: scores, tables: tables)
                let weights = SIMD16(counts[LetterTally.scriptSlot..<LetterTally.scriptSlot + 16])
                return (weights: weights, letterScore: letterScore, scored: scored, hasASCIILetter: hasASCIILetter)
            }
        }
        var weights = counted.weights
        if counted.hasASCIILetter {
            var others = weights
            others[Script.Latin.ordinal] = 0
            // Alone, Latin needs a positive weight, not an exact one.
            weights[Script.Latin.ordinal] &+= others.max() > 0 ? Int32(asciiLetterCount(in: sample)) : 1
        }
        return (weights, counted.letterScore, counted.scored)
    }

    /// The letter counts of a sample, in stack storage: `counts` holds a slot that gathers
    /// the scalars of no script, the weight of each script (by ``Script/ordinal``, from
    /// ``scriptSlot``), a slot that gathers the letters that are not distinctive, and how
    /// often each distinctive letter occurs (by its ``Tables/letterIndex``, from
    /// ``letterSlot``); bit `i` of `seen` is set when the letter of index `i` occurs. The
    /// gathering slots let a letter of two bytes be counted without a branch.
    private struct LetterTally {
        static let scriptSlot = 1
        static let letterSlot = scriptSlot + 16
        let counts: UnsafeMutableBufferPointer<Int32>
        let seen: UnsafeMutableBufferPointer<UInt64>
        let letterIndex: UnsafeBufferPointer<UInt8>
        let twoByteScripts: UnsafeBufferPointer<UInt8>
        /// The lanes of ASCII letters in the chunks read, gathered with `|` (no branch, which
        /// would keep the chunk alive across it and make the compiler rebuild it lane by lane).
        var asciiLetterLanes: UInt64 = 0

        init(
            counts: UnsafeMutableBufferPointer<Int32>, seen: UnsafeMutableBufferPointer<UInt64>,
            letterIndex: UnsafeBufferPointer<UInt8>, twoByteScripts: UnsafeBufferPointer<UInt8>
        ) {
            (self.counts, self.seen, self.letterIndex, self.twoByteScripts) = (counts, seen, letterIndex, twoByteScripts)
        }

        /// Counts the letters of `sample` that are not ASCII; returns whether it has an ASCII
        /// letter.
        @inline(never)
        mutating func read(_ sample: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = sample.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            // Wrapping arithmetic here and below: offsets stay within the sample.
            var index = 0
            while index &+ ByteChunk.width <= sample.count {
                read(ByteChunk(raw, at: index), at: index, of: sample)
                index &+= ByteChunk.width
            }
            if index < sample.count { read(ByteChunk(raw, at: index, count: sample.count &- index), at: index, of: sample) }
            return asciiLetterLanes != 0
        }

        /// Counts the letters of the scalars that start in `chunk`, the bytes of `sample` at
        /// `index`; a scalar may end past the chunk, whose next bytes continue it.
        @inline(__always)
        private mutating func read(_ chunk: ByteChunk, at index: Int, of sample: UnsafeBufferPointer<UInt8>) {
            let letters = unsafeBitCast(chunk.lanes(in: 0x61...0x7A, ignoring: 0x20), to: SIMD2<UInt64>.self)
            asciiLetterLanes |= letters[0] | letters[1]
            // The lead bytes of scalars that are not ASCII.
            for lane in LaneBits(chunk.lanes(in: 0xC0...0xFF)) {
                let start = index &+ lane
                let lead = sample[start]
                if lead < 0xE0 && start &+ 1 < sample.count {
                    let value = Int(lead & 0x1F) &<< 6 | Int(sample[start &+ 1] & 0x3F)
                    counts[Int(twoByteScripts[value])] &+= 1
                    count(letter: Int(letterIndex[value]))
                    continue
                }
                let scalar = UTF8Text(sample).decodedScalar(at: start).scalar
                guard let script = Script(of: scalar) else { continue }
                counts[Self.scriptSlot + script.ordinal] &+= script.letterWeight
                guard scalar.value < UInt32(letterIndex.count) else { continue }
                count(letter: Int(letterIndex[Int(scalar.value)]))
            }
        }

        @inline(__always)
        private func count(letter: Int) {
            counts[Self.letterSlot + letter] &+= 1
            seen[letter >> 6] |= 1 << UInt64(letter & 63)
        }
    }

    /// Adds the score of the distinctive letters in `seen`, counted in `counts` (see
    /// ``LetterTally``), to each language that lists them; returns their sum and the set of
    /// those languages.
    private static func scoreLetters(
        seen: UnsafeMutableBufferPointer<UInt64>, counts: UnsafeMutableBufferPointer<Int32>, scoringInto scores: UnsafeMutableBufferPointer<Int32>, tables: Tables
    ) -> (letterScore: Int32, scored: UInt64) {
        // A letter of one language only (`ђ`, `ß`, `ơ`) says more than one several share.
        var letterScore: Int32 = 0
        var scored: UInt64 = 0
        for word in 0..<4 {
            // Index 0 gathers the letters that are not distinctive.
            var bits = word == 0 ? seen[word] & ~1 : seen[word]
            while bits != 0 {
                let letter = word << 6 | bits.trailingZeroBitCount
                bits &= bits - 1
                var owners = tables.letterOwners[letter - 1]
                let score = (owners.nonzeroBitCount == 1 ? 8 : 1) &* counts[LetterTally.letterSlot + letter]
                letterScore &+= score
                scored |= owners
                while owners != 0 {
                    scores[owners.trailingZeroBitCount] &+= score
                    owners &= owners - 1
                }
            }
        }
        return (letterScore, scored)
    }

    /// The number of ASCII letters in `sample`, sixteen bytes at a time.
    static func asciiLetterCount(in sample: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = sample.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var letters = 0
        // Letters by lane, over at most 31 chunks (see ``ByteChunk/sum(_:)``).
        var counters = SIMD16<UInt8>()
        var countedChunks = 0
        var index = 0
        while index + ByteChunk.width <= sample.count {
            // Bytes from 0x80 up never fall in the range, bit 5 set or not.
            ByteChunk.count(ByteChunk(raw, at: index).lanes(in: 0x61...0x7A, ignoring: 0x20), into: &counters)
            countedChunks += 1
            if countedChunks == 31 {
                letters += ByteChunk.sum(counters)
                (counters, countedChunks) = (SIMD16(), 0)
            }
            index += ByteChunk.width
        }
        letters += ByteChunk.sum(counters)
        while index < sample.count {
            if (sample[index] | 0x20) &- 0x61 < 26 { letters += 1 }
            index += 1
        }
        return letters
    }

    /// The end of the run of ASCII letters that starts at `start` (`start` itself when no
    /// letter is there).
    @inline(__always)
    private static func letterRunEnd(in sample: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        if let base = sample.baseAddress {
            let raw = UnsafeRawPointer(base)
            // Wrapping arithmetic: offsets stay within the sample.
            while end &+ ByteChunk.width <= sample.count {
                let letters = ByteChunk(raw, at: end).lanes(in: 0x61...0x7A, ignoring: 0x20)
                if let stop = LaneBits(.!letters).first { return end &+ stop }
                end &+= ByteChunk.width
            }
        }
        while end < sample.count && (sample[end] | 0x20) &- 0x61 < 26 { end += 1 }
        return end
    }

    /// Adds four (a point) to the score of each language listing a word of `sample` as a
    /// stopword, word by word, until one of `candidates` is decisive (see
    /// ``bestCandidate(_:scores:englishIndex:)``) or the sample ends; returns the decisive
    /// candidate, if any. `scored` is the set of languages whose score is not 0.
    ///
    /// Words are cut as ``Tokenizer`` cuts them (letters, digits and combining marks, with an
    /// apostrophe between two letters kept as `'`, and a final `'s` dropped), with only ASCII
    /// letters lower-cased. A word of ASCII letters alone, the common case, or of ASCII letters
    /// and letters of two bytes (accented Latin ones), is packed for the lookup straight from
    /// the sample.
    static func scoreWords(
        in sample: UnsafeBufferPointer<UInt8>, candidates: UInt64, scored: UInt64, into scores: UnsafeMutableBufferPointer<Int32>,
        tables: Tables
    ) -> (index: Int, isDecisive: Bool, bar: Int32)? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WordScorer.longestWord) { word in
            var scorer = WordScorer(word: word, scores: scores, candidates: candidates, scored: scored, tables: tables)
            return scorer.scan(sample)
        }
    }

    /// The state of ``scoreWords(in:candidates:scored:into:tables:)``.
    private struct WordScorer {
        /// The longest word looked up; longer ones are no stopwords.
        static let longestWord = 64

        /// The current word, when it is not scored straight from the sample.
        let word: UnsafeMutableBufferPointer<UInt8>
        let scores: UnsafeMutableBufferPointer<Int32>
        let candidates: UInt64
        /// The languages whose score is not 0: ``bestCandidate(_:scores:englishIndex:)``
        /// looks at these candidates only (it passes over those that score 0).
        var scored: UInt64
        let tables: Tables
        /// The word's length in `word`; past `longestWord` once it is too long.
        var length = 0
        var lastWasLetter = false
        var pendingApostrophe = false
        /// No candidate can be decisive before one reaches this score: scores only grow, and
        /// so does the runner-up's, which sets the bar.
        var bar = decisiveMinimum
        /// The decisive candidate, once there is one.
        var decisive: (index: Int, isDecisive: Bool, bar: Int32)?

        init(word: UnsafeMutableBufferPointer<UInt8>, scores: UnsafeMutableBufferPointer<Int32>, candidates: UInt64, scored: UInt64, tables: Tables) {
            (self.word, self.scores, self.candidates, self.scored, self.tables) = (word, scores, candidates, scored, tables)
        }

        /// Scores the words of `sample` until a candidate is decisive; returns it, if any.
        mutating func scan(_ sample: UnsafeBufferPointer<UInt8>) -> (index: Int, isDecisive: Bool, bar: Int32)? {
            guard let base = sample.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base)
            // Wrapping arithmetic on offsets: they stay within the sample.
            var index = 0
            let count = sample.count
            while index < count {
                let byte = sample[index]
                if byte < 0x80 {
                    let folded = byte | 0x20
                    if folded &- 0x61 < 26 {
                        guard length == 0 && !pendingApostrophe else {
                            // The word goes on with a run of ASCII letters.
                            if begin(isLetter: true) { return decisive }
                            let end = letterRunEnd(in: sample, from: index)
                            while index < end {
                                append(sample[index] | 0x20)
                                index &+= 1
                            }
                            continue
                        }
                        // A word starts: its ASCII letters are found sixteen at a time, and
                        // when a plain separator follows them, they are the whole word.
                        let end = letterRunEnd(in: sample, from: index)
                        let runLength = end &- index
                        if runLength <= 16 && (end == count || ASCII.isPlainSeparator(sample[end])) {
                            // Packed as ByteStringTable packs keys, and lower-cased: bit 5 set
                            // in each of the word's bytes, letters all. (Wrapping arithmetic:
                            // the run has 1 to 16 letters, within the sample.)
                            var low: UInt64, high: UInt64 = 0
                            if index &+ 16 <= count {
                                low = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                                if runLength > 8 { high = raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self) }
                            } else {
                                (low, high) = ByteStringTable.Key.pack(raw + index, count: runLength)
                            }
                            low = (low | 0x2020_2020_2020_2020) & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* min(runLength, 8)))
                            if runLength > 8 {
                                high = (high | 0x2020_2020_2020_2020) & (UInt64.max &>> UInt64(truncatingIfNeeded: 128 &- 8 &* runLength))
                            }
                            if score(tables.stopwords.mask(low: low, high: high)) { return decisive }
                            index = end &+ 1
                            continue
                        }
                        if end < count && sample[end] >= 0x80 {
                            index = readAccentedWord(in: sample, from: index, runEnd: end)
                            if decisive != nil { return decisive }
                            continue
                        }
                        length = min(runLength, Self.longestWord + 1)
                        for offset in 0..<min(length, Self.longestWord) { word[offset] = sample[index + offset] | 0x20 }
                        lastWasLetter = true
                        index = end
                        continue
                    }
                    if byte &- 0x30 < 10 {
                        if begin(isLetter: false) { return decisive }
                        append(byte)
                        index &+= 1
                        continue
                    }
                    index &+= 1
                    if byte == UInt8(ascii: "'") {
                        if apostrophe() { return decisive }
                        continue
                    }
                } else {
                    let (scalar, scalarLength) = UTF8Text(sample).decodedScalar(at: index)
                    let next = index &+ scalarLength
                    if scalar.value == 0x2019 || scalar.value == 0x2018 {
                        index = next
                        if apostrophe() { return decisive }
                        continue
                    }
                    if tables.isWordScalar(scalar.value) {
                        if scalarLength == 2 && length == 0 && !pendingApostrophe {
                            index = readAccentedWord(in: sample, from: index, runEnd: index)
                            if decisive != nil { return decisive }
                            continue
                        }
                        if begin(isLetter: true) { return decisive }
                        while index < next {
                            append(sample[index])
                            index &+= 1
                        }
                        continue
                    }
                    index = next
                }
                // A separator.
                if flush() { return decisive }
            }
            _ = flush()
            return decisive
        }

        /// Reads the word that starts at `start`, when no word is under way, with ASCII letters
        /// up to `runEnd` and then a word scalar of two bytes (an accented Latin letter, most
        /// Greek and Cyrillic ones) or more ASCII letters; returns where the scan goes on.
        ///
        /// When a separator follows the run of such letters (anything but a digit, an
        /// apostrophe or another word scalar) and it is at most 16 bytes long, it is the whole
        /// word: it is scored straight from the sample, packed as ``ByteStringTable`` packs
        /// keys with its ASCII capitals lower-cased, and the scan goes on after the separator.
        /// Otherwise the run starts ``word`` and the scan goes on at its end.
        private mutating func readAccentedWord(in sample: UnsafeBufferPointer<UInt8>, from start: Int, runEnd: Int) -> Int {
            guard let base = sample.baseAddress else { return sample.count }
            let count = sample.count
            // Wrapping arithmetic: offsets stay within the sample.
            var end = runEnd
            while end &+ 1 < count && sample[end] &- 0xC2 < 0x1E
                && tables.isWordScalar(UInt32(sample[end] & 0x1F) &<< 6 | UInt32(sample[end &+ 1] & 0x3F)) {
                end = letterRunEnd(in: sample, from: end &+ 2)
            }
            // Whether a separator ends the run, and where the scan goes on after it.
            var isSeparated = true, next = end
            if end < count {
                if sample[end] < 0x80 {
                    isSeparated = ASCII.isPlainSeparator(sample[end])
                    next = end &+ 1
                } else {
                    let (scalar, scalarLength) = UTF8Text(sample).decodedScalar(at: end)
                    isSeparated = scalar.value != 0x2019 && scalar.value != 0x2018 && !tables.isWordScalar(scalar.value)
                    next = end &+ scalarLength
                }
            }
            let runLength = end &- start
            if isSeparated && runLength <= 16 {
                let raw = UnsafeRawPointer(base)
                let chunk = start &+ ByteChunk.width <= count ? ByteChunk(raw, at: start) : ByteChunk(raw, at: start, count: count &- start)
                var (low, high) = chunk.asciiLowercasedWords
                low &= UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* min(runLength, 8))
                high = runLength > 8 ? high & (UInt64.max &>> UInt64(truncatingIfNeeded: 128 &- 8 &* runLength)) : 0
                _ = score(tables.stopwords.mask(low: low, high: high))
                return next
            }
            length = min(runLength, Self.longestWord + 1)
            for offset in 0..<min(length, Self.longestWord) {
                let byte = sample[start + offset]
                word[offset] = byte < 0x80 ? byte | 0x20 : byte
            }
            lastWasLetter = true
            return end
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
            scored |= mask
            guard mask & candidates != 0, top >= bar,
                  let best = bestCandidate(candidates & scored, scores: scores, englishIndex: tables.englishIndex)
            else { return false }
            bar = best.bar
            guard best.isDecisive else { return false }
            decisive = best
            return true
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
            length = min(length &+ 1, Self.longestWord + 1)
        }
    }
}
