/// ROUGE-1.5.5's WordNet exception database: irregular form → base form (`said` → `say`,
/// `children` → `child`, `better` → `good`), parsed once from ``WordNetExceptions/text``.
enum WordNetExceptionTable {
    static let shared: [[UInt8]: [UInt8]] = {
        var table: [[UInt8]: [UInt8]] = [:]
        for line in WordNetExceptions.text.utf8.split(separator: 0x0A) {
            let fields = line.split(separator: 0x20)
            guard fields.count == 2 else { continue }
            table[Array(fields[0])] = Array(fields[1])
        }
        return table
    }()
}
