extension SentenceSegmenter {
    /// The segmenter for text in `language`: its ``SegmentationRules`` when it has some, and
    /// the English rules otherwise (Thai, which has none yet).
    ///
    /// - Complexity: O(1) after the first call, which reads the bundled rules files once.
    public init(language: Language, textStyle: TextStyle = .automatic) {
        self.init(textStyle: textStyle, rules: SegmentationRules(languageCode: language.code) ?? .english)
    }
}
