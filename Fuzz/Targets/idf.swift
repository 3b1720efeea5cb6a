import Lede

// IDF model loading: any text either loads or is rejected with a line number inside the text;
// a loaded model gives finite, positive weights and survives a save and reload unchanged.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = text(data, size)
    do {
        let model = try IDFModel(serialized: input)
        for (term, _) in model.documentFrequency.prefix(50) {
            let weight = model.idf(term)
            require(weight.isFinite && weight > 0, "idf(\(term)) = \(weight)")
        }
        require(model.idf("zzzunseen").isFinite, "idf of an unseen term")
        let reloaded = try? IDFModel(serialized: model.serialized())
        require(reloaded == model, "save and reload changed the model")
    } catch {
        require(error.line >= 1 && error.line <= input.utf8.count + 1, "error on line \(error.line)")
    }
    return 0
}
