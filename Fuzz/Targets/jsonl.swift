import Foundation
import LedeEval

// JSONL record parsing: any line either decodes into a record or is rejected with a reason;
// a decoded record written back as JSON decodes to the same record.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let record: ArticleRecord
    do {
        record = try JSONLArticleReader.decode(bytes)
    } catch {
        require(!error.message.isEmpty, "rejected without a reason")
        return 0
    }
    let object: [String: Any] = [
        "id": record.id, "article": record.article, "title": record.title ?? NSNull(),
        "references": record.references, "source": record.source ?? NSNull(),
    ]
    let line = try! JSONSerialization.data(withJSONObject: object)
    require((try? JSONLArticleReader.decode(Array(line))) == record, "round trip changed the record")
    return 0
}
