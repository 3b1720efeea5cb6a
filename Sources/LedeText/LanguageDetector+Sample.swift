extension LanguageDetector {
    /// Counts the letters of `sample` by script and returns the weight of each script (by
    /// ``Script/ordinal``); adds the score of its distinctive letters to each language's
    /// score in `scores`, in quarter points. Sixteen ASCII bytes are counted at once; only the
    /// other scalars are decoded.
    static func countLetters(
        in sample: UnsafeBufferPointer<UInt8>, scoringInto scores: UnsafeMutableBufferPointer<Int32>, tables: Tables
    ) -> SIMD16<Int32> {
        var weights = SIMD16<Int32>()
        guard let base = sample.baseAddress else { return weights }
        let raw = UnsafeRawPointer(base)
        let count = sample.count
        var asciiLetters = 0
        var index = 0
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: tables.letterOwners.count) { letterCounts in
            letterCounts.initialize(repeating: 0)
            while index < count {
                if index + ByteChunk.width <= count {
                    let chunk = ByteChunk(raw, at: index)
                    if ByteChunk.isEmpty(chunk.lanes(in: 0x80...0xFF)) {
                        var counters = SIMD16<UInt8>()
                        ByteChunk.count(chunk.lanes(in: 0x61...0x7A, ignoring: 0x20), into: &counters)
                        asciiLetters += ByteChunk.sum(counters)
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
                    if scalar.value < UInt32(tables.letterIndex.count), tables.letterIndex[Int(scalar.value)] != 0 {
                        letterCounts[Int(tables.letterIndex[Int(scalar.value)]) - 1] &+= 1
                    }
                }
            }
            for letter in letterCounts.indices where letterCounts[letter] != 0 {
                var owners = tables.letterOwners[letter]
                // A letter of one language only (`ђ`, `ß`, `ơ`) says more than one several share.
                let weight: Int32 = owners.nonzeroBitCount == 1 ? 8 : 1
                while owners != 0 {
                    scores[owners.trailingZeroBitCount] &+= weight &* letterCounts[letter]
                    owners &= owners - 1
                }
            }
        }
        weights[Script.Latin.ordinal] &+= Int32(asciiLetters)
        return weights
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

    /// The longest word looked up; longer ones are no stopwords.
    static let longestWord = 64

    /// Adds four (a point) to the score of each language listing a word of `sample` as a
    /// stopword, for the words that start from `start` on and before `limit`; returns where it
    /// stopped (after the separator that ends the last word, or the sample's end).
    ///
    /// Words are cut as ``Tokenizer`` cuts them (letters, digits and combining marks, with an
    /// apostrophe between two letters kept as `'`, and a final `'s` dropped), with only ASCII
    /// letters lower-cased.
    static func scoreWords(
        in sample: UnsafeBufferPointer<UInt8>, from start: Int, until limit: Int, into scores: UnsafeMutableBufferPointer<Int32>, tables: Tables
    ) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestWord) { word in
            // The word's length in `word`; past `longestWord` once it is too long.
            var length = 0
            var lastWasLetter = false
            var pendingApostrophe = false

            func flush() {
                if length > 0 && length <= longestWord {
                    var end = length
                    if end > 2 && word[end - 1] == UInt8(ascii: "s") && word[end - 2] == UInt8(ascii: "'") { end -= 2 }
                    if let id = tables.stopwords.id(of: UnsafeBufferPointer(rebasing: word[..<end])) {
                        var mask = tables.masks[Int(id)]
                        while mask != 0 {
                            scores[mask.trailingZeroBitCount] &+= 4
                            mask &= mask - 1
                        }
                    }
                }
                length = 0
                lastWasLetter = false
                pendingApostrophe = false
            }

            func apostrophe() {
                if length == 0 || pendingApostrophe { flush() } else { pendingApostrophe = true }
            }

            /// Resolves a pending apostrophe before a word character.
            func begin(isLetter: Bool) {
                if pendingApostrophe {
                    pendingApostrophe = false
                    if lastWasLetter && isLetter { append(UInt8(ascii: "'")) } else { flush() }
                }
                lastWasLetter = isLetter
            }

            func append(_ byte: UInt8) {
                if length < longestWord { word[length] = byte }
                length = min(length + 1, longestWord + 1)
            }

            var index = start
            let count = sample.count
            while index < count {
                let byte = sample[index]
                if byte < 0x80 {
                    let folded = byte | 0x20
                    if folded &- 0x61 < 26 {
                        guard length == 0 && !pendingApostrophe else {
                            begin(isLetter: true)
                            append(folded)
                            index += 1
                            continue
                        }
                        // A word starts: its ASCII letters are found sixteen at a time, and
                        // when a plain separator follows them, they are the whole word.
                        let end = letterRunEnd(in: sample, from: index)
                        length = min(end - index, longestWord + 1)
                        for offset in 0..<min(length, longestWord) { word[offset] = sample[index + offset] | 0x20 }
                        lastWasLetter = true
                        index = end
                        guard end == count || (sample[end] < 0x80 && !isWordByte(sample[end])) else { continue }
                        flush()
                        index += 1
                        if index >= limit { return min(index, count) }
                        continue
                    }
                    if byte &- 0x30 < 10 {
                        begin(isLetter: false)
                        append(byte)
                        index += 1
                        continue
                    }
                    index += 1
                    if byte == UInt8(ascii: "'") {
                        apostrophe()
                        continue
                    }
                } else {
                    let (scalar, scalarLength) = UTF8Text(sample).decodedScalar(at: index)
                    let next = index + scalarLength
                    if scalar.value == 0x2019 || scalar.value == 0x2018 {
                        index = next
                        apostrophe()
                        continue
                    }
                    if tables.isWordScalar(scalar.value) {
                        begin(isLetter: true)
                        while index < next {
                            append(sample[index])
                            index += 1
                        }
                        continue
                    }
                    index = next
                }
                // A separator.
                flush()
                if index >= limit { return index }
            }
            flush()
            return count
        }
    }
}
