import Foundation
import LedeEval

// JSONL record parsing: any line either decodes into a record (invalid UTF-8 replaced) or is
// rejected with a reason; a decoded record written back as JSON decodes to the same record.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let record: ArticleRecord
    do {
        let decoded = try JSONLArticleReader.decodeLine(bytes)
        record = decoded.record
        require(!decoded.replacedInvalidUTF8 || String(validating: bytes, as: UTF8.self) == nil, "valid UTF-8 replaced")
    } catch {
        require(!error.message.isEmpty, "rejected without a reason")
        return 0
    }
    let object: [String: Any] = [
        "id": record.id, "article": record.article, "title": record.title ?? NSNull(),
        "references": record.references, "source": record.source ?? NSNull(),
    ]
    let line = try! JSONSerialization.data(withJSONObject: object)
    let again = try? JSONLArticleReader.decodeLine(Array(line))
    require(again?.record == record && again?.replacedInvalidUTF8 == false, "round trip changed the record")
    return 0
}
