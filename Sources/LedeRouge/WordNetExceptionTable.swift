/// ROUGE-1.5.5's WordNet exception database: irregular form → base form (`said` → `say`,
/// `children` → `child`, `better` → `good`).
///
/// The data is `Resources/wordnet-exceptions.txt` (made by `Eval/rouge/make_wordnet_exceptions.py`),
/// compiled into the module by SwiftPM's `.embedInCode` rule, so that no resource bundle has to
/// be found at run time. It is parsed once, on first use: `#` lines are comments, every other
/// line is `form base`.
enum WordNetExceptionTable {
    static let shared: [[UInt8]: [UInt8]] = parse(PackageResources.wordnet_exceptions_txt)

    static func parse(_ data: [UInt8]) -> [[UInt8]: [UInt8]] {
        var table: [[UInt8]: [UInt8]] = [:]
        table.reserveCapacity(6_000)
        for line in data.split(separator: 0x0A) where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: 0x20)
            guard fields.count == 2 else { continue }
            table[Array(fields[0])] = Array(fields[1])
        }
        return table
    }
}
