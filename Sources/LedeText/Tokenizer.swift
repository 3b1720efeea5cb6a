/// Splits text into lower-case word tokens.
///
/// A token is a run of letters and digits of any script (combining marks included), with
/// apostrophes kept between two letters (`don't`, `o'brien`). Typographic apostrophes (`’`, `‘`)
/// count as ASCII ones, and a trailing possessive `'s` is dropped, so `Mexico’s` gives `mexico`.
/// Everything else (spaces, punctuation, hyphens, symbols) separates tokens. Case is folded with
/// Unicode lower-casing.
///
/// The scan runs over UTF-8 bytes with fast paths for ASCII words and Latin-1 letters; only
/// other non-ASCII characters consult Unicode properties.
///
/// ```swift
/// Tokenizer().tokens(in: "Mexico’s President Rejects U.S. Aid")
/// // ["mexico", "president", "rejects", "u", "s", "aid"]
/// ```
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The tokens of `text`, in order.
    public func tokens<S: StringProtocol>(in text: S) -> [String] {
        var result: [String] = []
        forEachToken(in: text) { result.append($0) }
        return result
    }

    /// Calls `body` with each token of `text`, in order.
    public func forEachToken<S: StringProtocol>(in text: S, _ body: (String) -> Void) {
        forEachTokenUTF8(in: text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// Calls `body` with the UTF-8 bytes of each token of `text`, in order, without allocating
    /// a string per token. The buffer is valid only during the call.
    public func forEachTokenUTF8<S: StringProtocol>(in text: S, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var substring = Substring(text)
        substring.withUTF8 { forEachToken(inUTF8: $0, body) }
    }

    /// Calls `body` with the UTF-8 bytes of each token of the valid UTF-8 text `bytes`, as
    /// ``forEachTokenUTF8(in:_:)`` does for a string.
    func forEachToken(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // Case-folded tokens are built on the stack; a longer one moves to the heap.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { scratch in
            var scanner = Scanner(word: WordBuffer(scratch))
            scanner.scan(bytes, body)
            scanner.word.release()
        }
    }

    /// The tokenizer's state machine over UTF-8 bytes.
    ///
    /// A token that is already lower-case in the input is passed on as a slice of the input;
    /// only tokens that need case folding or a typographic apostrophe replaced are copied.
    private struct Scanner {
        /// What receives each token; passed down rather than stored, so that no closure
        /// context is allocated per call.
        typealias Body = (UnsafeBufferPointer<UInt8>) -> Void

        var input = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        /// The current token spans `tokenStart..<tokenEnd` of the input, or is in `word` when
        /// `copying`; `tokenStart < 0` when there is no current token.
        var tokenStart = -1
        var tokenEnd = 0
        var copying = false
        var word: WordBuffer
        var pendingApostrophe = false
        var pendingApostropheIsASCII = false
        var lastWasLetter = false

        init(word: WordBuffer) {
            self.word = word
        }

        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: Body) {
            input = bytes
            let text = UTF8Text(bytes)
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39:
                        // Most words are a run of lower-case letters and digits that ends the
                        // input or meets a plain separator: a whole token, passed on as it is.
                        if tokenStart < 0 {
                            let end = runEnd(from: index + 1)
                            if end == count || ASCII.isPlainSeparator(bytes[end]) {
                                body(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                                index = separatorsEnd(from: end)
                                continue
                            }
                        }
                        character(at: index, length: 1, isLetter: byte >= 0x61, folded: nil, body)
                        index = extendRun(from: index + 1)
                        continue
                    case 0x41...0x5A:
                        // The same after a capital, lower-cased in the word buffer. (One helper
                        // for both cases was outlined by the compiler: 14k more instructions an
                        // article.)
                        if tokenStart < 0 {
                            let end = runEnd(from: index + 1)
                            if end == count || ASCII.isPlainSeparator(bytes[end]) {
                                word.removeAll()
                                word.append(byte | 0x20)
                                word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]))
                                body(word.bytes)
                                index = separatorsEnd(from: end)
                                continue
                            }
                        }
                        character(at: index, length: 1, isLetter: true, folded: byte | 0x20, body)
                    case 0x27: apostrophe(isASCII: true, body)
                    default: flush(body)
                    }
                    index += 1
                    continue
                }
                // Swift strings are valid UTF-8: the scalar's length follows from its lead byte.
                let length = text.scalarLength(at: index)
                nonASCII(text.scalar(at: index), at: index, length: length, body)
                index += length
            }
            flush(body)
        }

        /// Where the plain separators from `start` end. They only end tokens: skipping them
        /// after a whole token changes nothing.
        @inline(__always)
        private func separatorsEnd(from start: Int) -> Int {
            var end = start
            while end < input.count && ASCII.isPlainSeparator(input[end]) { end += 1 }
            return end
        }

        /// Takes the run of lower-case ASCII letters and digits from `start` into the current
        /// token in one step (the common case inside a word) and returns where it ends.
        @inline(__always)
        private mutating func extendRun(from start: Int) -> Int {
            let end = runEnd(from: start)
            guard end > start else { return start }
            if copying {
                word.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<end]))
            }
            tokenEnd = end
            lastWasLetter = input[end - 1] >= 0x61
            return end
        }

        /// The end of the run of lower-case ASCII letters and digits that starts at `start`.
        @inline(__always)
        private func runEnd(from start: Int) -> Int {
            var end = start
            // Sixteen bytes at a time while they last (one branch per chunk, not per byte),
            // then byte by byte.
            if let base = input.baseAddress {
                let raw = UnsafeRawPointer(base)
                while end + ByteChunk.width <= input.count {
                    let chunk = ByteChunk(raw, at: end)
                    let inRun = chunk.lanes(in: 0x61...0x7A) .| chunk.lanes(in: 0x30...0x39)
                    if let stop = LaneBits(.!inRun).first { return end + stop }
                    end += ByteChunk.width
                }
            }
            while end < input.count {
                let byte = input[end]
                guard (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) else { break }
                end += 1
            }
            return end
        }

        private mutating func nonASCII(_ scalar: Unicode.Scalar, at index: Int, length: Int, _ body: Body) {
            if scalar.value == 0x2019 || scalar.value == 0x2018 {
                apostrophe(isASCII: false, body)
                return
            }
            // The letters of Latin-1 (U+00C0–U+00FF but × and ÷: French, German, Spanish…)
            // without a lookup of Unicode properties: the capitals up to U+00DE lower-case to
            // the scalar 0x20 above, whose second UTF-8 byte is 0x20 above theirs.
            if scalar.value >= 0xC0 && scalar.value != 0xD7 && scalar.value != 0xF7 && scalar.value <= 0xFF {
                if scalar.value <= 0xDE {
                    startCopying(at: index, isLetter: true, body)
                    word.append(input[index])
                    word.append(input[index + 1] + 0x20)
                    tokenEnd = index + length
                } else {
                    character(at: index, length: length, isLetter: true, folded: nil, body)
                }
                return
            }
            let properties = scalar.properties
            if properties.isAlphabetic {
                if properties.changesWhenLowercased {
                    startCopying(at: index, isLetter: true, body)
                    word.append(contentsOf: properties.lowercaseMapping.utf8)
                    tokenEnd = index + length
                } else {
                    character(at: index, length: length, isLetter: true, folded: nil, body)
                }
            } else if properties.numericType != nil {
                character(at: index, length: length, isLetter: false, folded: nil, body)
            } else if tokenStart >= 0, !pendingApostrophe,
                      properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                character(at: index, length: length, isLetter: true, folded: nil, body)  // a combining mark continues the word
            } else {
                flush(body)
            }
        }

        /// Adds the word character at `index` (`length` bytes) to the token; `folded` is its
        /// lower-case byte when that differs from the input.
        private mutating func character(at index: Int, length: Int, isLetter: Bool, folded: UInt8?, _ body: Body) {
            if let folded {
                startCopying(at: index, isLetter: isLetter, body)
                word.append(folded)
            } else {
                begin(at: index, isLetter: isLetter, body)
                if copying {
                    if length == 1 {
                        word.append(input[index])
                    } else {
                        word.append(contentsOf: UnsafeBufferPointer(rebasing: input[index..<(index + length)]))
                    }
                }
            }
            tokenEnd = index + length
        }

        /// Resolves a pending apostrophe and opens a token at `index` if none is open.
        @inline(__always)
        private mutating func begin(at index: Int, isLetter: Bool, _ body: Body) {
            if pendingApostrophe {
                if lastWasLetter && isLetter {
                    pendingApostrophe = false
                    if copying {
                        word.append(0x27)
                    } else if pendingApostropheIsASCII {
                        tokenEnd += 1  // the apostrophe byte sits right after the token
                    } else {
                        copyToken()
                        word.append(0x27)
                    }
                } else {
                    flush(body)
                }
            }
            if tokenStart < 0 {
                tokenStart = index
                tokenEnd = index
                copying = false
            }
            lastWasLetter = isLetter
        }

        /// Like ``begin(at:isLetter:)``, then switches the token to the `word` buffer.
        private mutating func startCopying(at index: Int, isLetter: Bool, _ body: Body) {
            begin(at: index, isLetter: isLetter, body)
            if !copying { copyToken() }
        }

        private mutating func copyToken() {
            word.removeAll()
            word.append(contentsOf: UnsafeBufferPointer(rebasing: input[tokenStart..<tokenEnd]))
            copying = true
        }

        private mutating func apostrophe(isASCII: Bool, _ body: Body) {
            if tokenStart < 0 || pendingApostrophe {
                flush(body)
            } else {
                pendingApostrophe = true
                pendingApostropheIsASCII = isASCII
            }
        }

        private mutating func flush(_ body: Body) {
            if tokenStart >= 0 {
                if copying {
                    emit(word.bytes, body)
                } else {
                    emit(UnsafeBufferPointer(rebasing: input[tokenStart..<tokenEnd]), body)
                }
            }
            tokenStart = -1
            copying = false
            pendingApostrophe = false
            lastWasLetter = false
        }

        /// Passes a finished token on, without a possessive `'s`.
        private func emit(_ token: UnsafeBufferPointer<UInt8>, _ body: Body) {
            let count = token.count
            if count > 2, token[count - 1] == 0x73, token[count - 2] == 0x27 {
                body(UnsafeBufferPointer(rebasing: token[..<(count - 2)]))
            } else {
                body(token)
            }
        }
    }

    /// The bytes of a token being case-folded: starts in caller-provided (stack) storage and
    /// moves to the heap only for a token longer than that.
    private struct WordBuffer {
        private var storage: UnsafeMutableBufferPointer<UInt8>
        private var ownsStorage = false
        private(set) var count = 0

        init(_ scratch: UnsafeMutableBufferPointer<UInt8>) {
            storage = scratch
        }

        var bytes: UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: storage[..<count])
        }

        mutating func removeAll() {
            count = 0
        }

        mutating func append(_ byte: UInt8) {
            if count == storage.count { grow(to: count + 1) }
            storage[count] = byte
            count += 1
        }

        @inline(__always)
        mutating func append(contentsOf bytes: some Collection<UInt8>) {
            if count + bytes.count > storage.count { grow(to: count + bytes.count) }
            for byte in bytes {
                storage[count] = byte
                count += 1
            }
        }

        private mutating func grow(to minimum: Int) {
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Swift.max(minimum, storage.count * 2))
            _ = larger.initialize(from: storage[..<count])
            release()
            storage = larger
            ownsStorage = true
        }

        /// Frees heap storage, if any; the caller's scratch storage is the caller's to free.
        mutating func release() {
            if ownsStorage { storage.deallocate() }
            ownsStorage = false
        }
    }
}
