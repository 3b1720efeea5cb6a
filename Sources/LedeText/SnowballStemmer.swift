import CStemmer
import Synchronization

/// A Snowball stemmer from Snowball's own C library (libstemmer).
///
/// ```swift
/// let stemmer = SnowballStemmer(algorithm: "french")!
/// stemmer.stem("continuellement")  // "continuel"
/// ```
///
/// A value can be shared between threads: calls into the C stemmer, which keeps its state in
/// the stemmer object, take turns.
public struct SnowballStemmer: Sendable {
    /// Owns the C stemmer; `lock` guards every use of it.
    private final class Handle: Sendable {
        nonisolated(unsafe) let stemmer: OpaquePointer
        let lock = Mutex(())

        init(_ stemmer: OpaquePointer) {
            self.stemmer = stemmer
        }

        deinit {
            sb_stemmer_delete(stemmer)
        }

        /// The stem of a word, copied out of the stemmer's buffer under the lock.
        func stem(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
            lock.withLock { _ in
                guard let stem = sb_stemmer_stem(stemmer, word.baseAddress, Int32(word.count)) else { return nil }
                return Array(UnsafeBufferPointer(start: stem, count: Int(sb_stemmer_length(stemmer))))
            }
        }
    }

    private let handle: Handle
    /// The algorithm's name.
    public let algorithm: String

    /// The stemmer of a Snowball algorithm (`french`, `russian`, …); `nil` when libstemmer has
    /// no such algorithm.
    public init?(algorithm: String) {
        guard let stemmer = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        handle = Handle(stemmer)
        self.algorithm = algorithm
    }

    /// The algorithms libstemmer has.
    public static var algorithms: [String] {
        var names: [String] = []
        guard var list = sb_stemmer_list() else { return names }
        while let name = list.pointee {
            names.append(String(cString: name))
            list += 1
        }
        return names
    }

    /// The stem of `word` (lower-case).
    ///
    /// - Complexity: O(*n*) in the word's length.
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { withStem(ofUTF8: $0) { String(decoding: $0, as: UTF8.self) } }
    }

    /// Stems a lower-case word given as UTF-8 bytes and passes the stem's bytes to `body`
    /// (valid only during the call).
    public func withStem<Result>(
        ofUTF8 word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        // Out of memory in the C stemmer: the word stands for itself.
        guard let stem = handle.stem(word) else { return try body(word) }
        return try stem.withUnsafeBufferPointer(body)
    }
}
