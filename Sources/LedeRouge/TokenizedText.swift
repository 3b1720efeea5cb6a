/// One summary as token ids, in the two forms the measures read.
///
/// `tokens` is the whole summary in order: ROUGE-N, ROUGE-S(U), `rougeL` and the unigram counts
/// that clip the LCS measures read it. The LCS units (sentences) are ``unitTokens`` cut at
/// `unitStarts`. Both hold the same tokens except in the ``RougeProfile/perl`` profile under a
/// byte limit, where ROUGE-1.5.5 truncates the two differently and `separateUnitTokens` holds
/// the units' own. Ids are only meaningful within the ``TokenPipeline`` that made them; units
/// without tokens are left out. A workspace refills the same values item after item.
struct TokenizedText {
    var tokens: [Int32] = []
    /// Unit k is `unitTokens[unitStarts[k]..<unitStarts[k + 1]]`.
    var unitStarts: [Int32] = [0]
    var separateUnitTokens: [Int32]?

    /// The tokens the units are cut from.
    var unitTokens: [Int32] { separateUnitTokens ?? tokens }

    var unitCount: Int { unitStarts.count - 1 }

    func unit(_ index: Int) -> ArraySlice<Int32> {
        unitTokens[Int(unitStarts[index])..<Int(unitStarts[index + 1])]
    }

    /// Empties the text, keeping its storage.
    mutating func clear() {
        tokens.removeAll(keepingCapacity: true)
        unitStarts.removeAll(keepingCapacity: true)
        unitStarts.append(0)
        separateUnitTokens = nil
    }
}
