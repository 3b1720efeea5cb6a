import LedeText

// Language detection: any text gets a supported language, or no language exactly when its
// sample has no letter; the language is one written in a script the sample uses; the answer
// is the same twice, and depends on the first `LanguageDetector.sampleLength` bytes only.

let detector = LanguageDetector()
let supported = Set(Language.supported)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = text(data, size)
    let language = detector.language(of: input)
    require(detector.language(of: input) == language, "another language the second time")

    // The documented sample: the first sampleLength bytes, cut back to a scalar boundary.
    let utf8 = Array(input.utf8)
    var end = min(utf8.count, LanguageDetector.sampleLength)
    while end < utf8.count && end > 0 && utf8[end] & 0xC0 == 0x80 { end -= 1 }
    let sample = String(decoding: utf8[..<end], as: UTF8.self)
    require(detector.language(of: sample) == language, "the text beyond the sample changed the language")
    if utf8.count >= LanguageDetector.sampleLength {
        require(detector.language(of: input + input) == language, "text appended after the sample changed the language")
    }

    let scripts = Set(sample.unicodeScalars.compactMap(Script.init(of:)))
    guard let language else {
        require(scripts.isEmpty, "no language for a sample with letters of \(scripts.map(\.rawValue).sorted())")
        return 0
    }
    require(supported.contains(language), "unsupported language \(language)")
    require((try? Language(code: language.code)) == language, "\(language) does not read back from its code")
    require(language.profile.scripts.contains(where: scripts.contains),
            "\(language) is written in \(language.profile.scripts), the sample in \(scripts.map(\.rawValue).sorted())")
    return 0
}
