import CICU

/// Cuts runs of text written without spaces (Han, Kana, Thai) into dictionary words with ICU's
/// word break iterator (`ubrk_open(UBRK_WORD, …)`, whose dictionaries cover Chinese, Japanese
/// and Thai): the ``LanguageProfile/WordMode/dictionary`` word mode.
///
/// A breaker holds one ICU iterator, cloned from a process-wide template (a clone costs well
/// under a microsecond, opening one about 10), and is used by one caller at a time.
final class DictionaryWordBreaker {
    /// The template iterator every breaker is cloned from, or `nil` when ICU cannot make one
    /// (its data missing).
    private static let template = Template()

    private let breaker: UnsafeMutableRawPointer?
    /// The run in UTF-16, and the UTF-8 offset in the run of each UTF-16 unit (plus the end).
    private var units: [UInt16] = []
    private var offsets: [Int] = []

    /// A breaker, or `nil` when ICU cannot make one.
    init?() {
        guard let template = Self.template.iterator, let breaker = lede_icu_word_breaker_clone(template) else { return nil }
        self.breaker = breaker
    }

    deinit {
        if let breaker { lede_icu_word_breaker_close(breaker) }
    }

    /// Calls `body` with the byte range in `run` of each word ICU finds in `run` (valid UTF-8),
    /// in order; spaces and punctuation are skipped. Returns `false`, calling nothing, when ICU
    /// rejects the text.
    func forEachWord(in run: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
        guard let breaker else { return false }
        units.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        var offset = 0
        for scalar in String(decoding: run, as: UTF8.self).unicodeScalars {
            for unit in scalar.utf16 {
                units.append(unit)
                offsets.append(offset)
            }
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        // ICU keeps a pointer to `units`, used only until the next call sets new text.
        guard units.count < Int(Int32.max),
              units.withUnsafeBufferPointer({ lede_icu_word_breaker_set_text(breaker, $0.baseAddress, Int32($0.count)) }) == 0
        else { return false }
        var start = 0
        while true {
            let end = Int(lede_icu_word_breaker_next(breaker))
            guard end > start, end <= units.count else { break }
            if lede_icu_word_breaker_is_word(breaker) != 0 { body(offsets[start]..<offsets[end]) }
            start = end
        }
        return true
    }

    /// The process-wide template: only ever cloned, never pointed at text, which ICU documents
    /// as safe from any thread.
    private final class Template: @unchecked Sendable {
        let iterator: UnsafeMutableRawPointer?

        init() {
            iterator = lede_icu_word_breaker_open()
        }
    }
}
