#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stops the fuzzer with a message when an invariant does not hold (libFuzzer records the
/// input as a crash).
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        let line = Array("invariant broken: \(message())\n".utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        abort()
    }
}

/// The fuzzer's input as text, invalid UTF-8 replaced as every reader does.
func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}

/// Whether `needle`'s bytes occur in `haystack`'s, without Foundation: its `contains` trapped
/// ("String index is out of bounds") on a page of U+FFFD, a line break and NUL on Linux.
func containsVerbatim(_ haystack: String, _ needle: String) -> Bool {
    let (text, part) = (Array(haystack.utf8), Array(needle.utf8))
    guard !part.isEmpty else { return true }
    guard part.count <= text.count else { return false }
    for start in 0...(text.count - part.count) where text[start] == part[0] {
        if text[start..<(start + part.count)].elementsEqual(part) { return true }
    }
    return false
}
