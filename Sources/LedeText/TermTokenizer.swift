/// Cuts text into the terms of a language's ``LanguageProfile/WordMode``: words, or, in
/// scripts written without spaces, overlapping character pairs (or single characters, or ICU's
/// dictionary words).
///
/// In ``LanguageProfile/WordMode/characters`` mode each token of ``Tokenizer`` is split into
/// runs of unspaced-script characters (Han, Kana, Thai) and other runs; an unspaced run of
/// *n* > 1 characters gives its *n* − 1 overlapping pairs (`香港政府` → `香港`, `港政`, `政府`),
/// a single character itself, and any other run is a word. In
/// ``LanguageProfile/WordMode/dictionary`` mode an unspaced run is cut into the words of ICU's
/// dictionary-based word break iterator instead (`香港政府` → `香港`, `政府`).
///
/// ```swift
/// TermTokenizer(mode: .characters).terms(in: "香港政府 iPhone")  // ["香港", "港政", "政府", "iphone"]
/// ```
public struct TermTokenizer: Sendable {
    /// The word mode.
    public let mode: LanguageProfile.WordMode
    private let tokenizer = Tokenizer()

    /// Creates a tokenizer for `mode`.
    public init(mode: LanguageProfile.WordMode) {
        self.mode = mode
    }

    /// The terms of `text`, in order.
    public func terms<S: StringProtocol>(in text: S) -> [String] {
        var result: [String] = []
        forEachTermUTF8(in: text) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// Calls `body` with the UTF-8 bytes of each term of `text`, in order; the buffer is valid
    /// only during the call.
    public func forEachTermUTF8<S: StringProtocol>(in text: S, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var substring = Substring(text)
        substring.withUTF8 { forEachTerm(inUTF8: $0, body) }
    }

    /// Calls `body` with the UTF-8 bytes of each term of the valid UTF-8 text `bytes`, as
    /// ``forEachTermUTF8(in:_:)`` does for a string.
    @inline(__always)
    package func forEachTerm(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch mode {
        case .spaced:
            tokenizer.forEachToken(inUTF8: bytes, body)
        case .characters:
            tokenizer.forEachToken(inUTF8: bytes) { Self.splitUnspaced($0, pairs: true, words: nil, body) }
        case .unigrams:
            tokenizer.forEachToken(inUTF8: bytes) { Self.splitUnspaced($0, pairs: false, words: nil, body) }
        case .dictionary:
            // One ICU iterator per call, made at the first unspaced run.
            lazy var breaker = DictionaryWordBreaker()
            tokenizer.forEachToken(inUTF8: bytes) { token in
                Self.splitUnspaced(token, pairs: true, words: { breaker }, body)
            }
        }
    }

    /// Splits one token into words and character pairs (single characters without `pairs`);
    /// with `words`, unspaced runs are ICU's dictionary words instead, or pairs when ICU cannot
    /// cut them.
    private static func splitUnspaced(
        _ token: UnsafeBufferPointer<UInt8>, pairs: Bool, words: (() -> DictionaryWordBreaker?)?,
        _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        // Fast path: ASCII tokens have no unspaced characters.
        if !token.contains(where: { $0 >= 0x80 }) {
            body(token)
            return
        }
        // Scalar starts, each marked unspaced or not.
        var starts: [(offset: Int, unspaced: Bool)] = []
        var index = 0
        for scalar in String(decoding: token, as: UTF8.self).unicodeScalars {
            starts.append((index, Script(of: scalar)?.isUnspaced ?? false))
            index += UTF8.width(scalar)
        }
        starts.append((token.count, false))
        var run = 0
        while run < starts.count - 1 {
            var end = run + 1
            while end < starts.count - 1 && starts[end].unspaced == starts[run].unspaced { end += 1 }
            let unspaced = starts[run].unspaced && end - run > 1
            let text = UnsafeBufferPointer(rebasing: token[starts[run].offset..<starts[end].offset])
            if unspaced, let breaker = words?(), breaker.forEachWord(in: text, { body(UnsafeBufferPointer(rebasing: text[$0])) }) {
                // The run's dictionary words.
            } else if unspaced {
                let width = pairs ? 2 : 1
                for first in run...(end - width) {
                    body(UnsafeBufferPointer(rebasing: token[starts[first].offset..<starts[first + width].offset]))
                }
            } else {
                body(text)
            }
            run = end
        }
    }
}
