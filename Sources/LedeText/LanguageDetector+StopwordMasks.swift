extension LanguageDetector {
    /// The languages that list each stopword (a bit mask, bit `i` for
    /// ``Tables/languages``[`i`]), looked up by the word's UTF-8 bytes.
    ///
    /// Built for a lookup per word of the sample that touches little memory: a word of up to
    /// 16 bytes (nearly all) is packed as ``ByteStringTable`` packs its keys, into two
    /// zero-padded little-endian words, and hashed by multiplication. The hash first picks
    /// three bits of one word of a 16 KB filter: most words that are no stopword, or one that
    /// too many languages share (such as `de`, `la` or `en`, frequent in text), stop there, as
    /// do all but about 2 in 100 of the other words. The rest are looked up in one
    /// open-addressing table of slots that hold the two words and the mask, at most two thirds
    /// full (393 KB), where a word that is not there costs a few slots and a cache miss. Longer
    /// words are in a ``ByteStringTable`` of their own.
    struct StopwordMasks: Sendable {
        private struct Slot: Sendable {
            /// The word's bytes 0–7 and 8–15, zero-padded; `low` is 0 in an empty slot (no word
            /// is empty or starts with a NUL byte).
            var low: UInt64
            var high: UInt64
            var mask: UInt64
        }

        private var slots: [Slot]
        /// The shift that takes a slot index from the top bits of a hash.
        private var shift: UInt64
        private var count = 0
        /// Words of 64 bits, one picked by bits 22–32 of a hash, in which the hash of each word
        /// held whose mask is not 0 sets three bits (``filterBits(_:)``).
        private var filter = [UInt64](repeating: 0, count: 1 << 11)
        private var longWords = ByteStringTable()
        /// The mask of each long word, by its id in ``longWords``.
        private var longMasks: [UInt64] = []

        /// An empty table with room for about `capacity` words.
        init(capacity: Int) {
            var bits = 4
            while (1 << bits) * 2 < capacity * 3 { bits += 1 }
            slots = [Slot](repeating: Slot(low: 0, high: 0, mask: 0), count: 1 << bits)
            shift = UInt64(64 - bits)
        }

        /// Adds `mask` to the languages of `word` (inserting it when absent).
        mutating func formUnion(_ word: UnsafeBufferPointer<UInt8>, mask: UInt64) {
            guard let base = word.baseAddress, !word.isEmpty else { return }
            guard word.count <= 16 else {
                let id = Int(longWords.insert(word).id)
                if id == longMasks.count { longMasks.append(0) }
                longMasks[id] |= mask
                return
            }
            let (low, high) = ByteStringTable.Key.pack(UnsafeRawPointer(base), count: word.count)
            let hash = Self.hash(low, high)
            if mask != 0 { setFilterBits(hash) }
            let slot = find(low, high, hash: hash)
            if slots[slot].low == 0 {
                slots[slot] = Slot(low: low, high: high, mask: mask)
                count += 1
                // At most two thirds full.
                if count * 3 > slots.count * 2 { grow() }
            } else {
                slots[slot].mask |= mask
            }
        }

        /// Clears the mask of every word that more than `limit` languages list, and takes
        /// those words out of the filter.
        mutating func clearShared(moreThan limit: Int) {
            for slot in slots.indices where slots[slot].mask.nonzeroBitCount > limit { slots[slot].mask = 0 }
            for id in longMasks.indices where longMasks[id].nonzeroBitCount > limit { longMasks[id] = 0 }
            filter = [UInt64](repeating: 0, count: filter.count)
            for entry in slots where entry.mask != 0 { setFilterBits(Self.hash(entry.low, entry.high)) }
        }

        /// The mask of the word of up to 16 bytes packed into `low` and `high` (see
        /// ``ByteStringTable/Key/pack(_:count:)``); 0 when no language lists it.
        @inline(__always)
        func mask(low: UInt64, high: UInt64) -> UInt64 {
            let hash = Self.hash(low, high)
            let bits = filter.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: hash >> 22) & ($0.count - 1)] }
            let probe = Self.filterBits(hash)
            guard bits & probe == probe else { return 0 }
            return slots.withUnsafeBufferPointer { slots in
                var slot = Int(truncatingIfNeeded: hash &>> shift)
                while true {
                    let entry = slots[slot]
                    if entry.low == low && entry.high == high { return entry.mask }
                    if entry.low == 0 { return 0 }
                    slot = (slot + 1) & (slots.count - 1)
                }
            }
        }

        /// The mask of `word`, of any length; 0 when no language lists it.
        func mask(of word: UnsafeBufferPointer<UInt8>) -> UInt64 {
            guard let base = word.baseAddress, !word.isEmpty else { return 0 }
            guard word.count <= 16 else { return longWords.id(of: word).map { longMasks[Int($0)] } ?? 0 }
            let (low, high) = ByteStringTable.Key.pack(UnsafeRawPointer(base), count: word.count)
            return mask(low: low, high: high)
        }

        /// The slot that holds the word packed into `low` and `high`, or the empty slot where
        /// it would go.
        private func find(_ low: UInt64, _ high: UInt64, hash: UInt64) -> Int {
            slots.withUnsafeBufferPointer { slots in
                var slot = Int(truncatingIfNeeded: hash &>> shift)
                while slots[slot].low != 0 && (slots[slot].low != low || slots[slot].high != high) { slot = (slot + 1) & (slots.count - 1) }
                return slot
            }
        }

        private mutating func setFilterBits(_ hash: UInt64) {
            filter[Int(truncatingIfNeeded: hash >> 22) & (filter.count - 1)] |= Self.filterBits(hash)
        }

        /// The three bits of its filter word that a hash sets, at positions given by bits
        /// 16–21, 34–39 and 40–45 of the hash.
        @inline(__always)
        private static func filterBits(_ hash: UInt64) -> UInt64 {
            1 << ((hash >> 16) & 63) | 1 << ((hash >> 34) & 63) | 1 << ((hash >> 40) & 63)
        }

        private mutating func grow() {
            let old = slots
            slots = [Slot](repeating: Slot(low: 0, high: 0, mask: 0), count: old.count * 2)
            shift -= 1
            for entry in old where entry.low != 0 { slots[find(entry.low, entry.high, hash: Self.hash(entry.low, entry.high))] = entry }
        }

        /// A multiplicative hash of a packed word: the slot index comes from its top bits, the
        /// filter's word and bits from bits 16–45.
        @inline(__always)
        private static func hash(_ low: UInt64, _ high: UInt64) -> UInt64 {
            (low ^ (high &* 0xFF51_AFD7_ED55_8CCD)) &* 0x9E37_79B9_7F4A_7C15
        }
    }
}
