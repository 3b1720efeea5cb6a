import Testing
@testable import LedeHTML

@Suite struct PageEncodingTests {
    @Test func byteOrderMarkWins() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=iso-8859-1>é".utf8)
        let encoding = bytes.withUnsafeBufferPointer { PageEncoding(sniffing: $0) }
        #expect(encoding == PageEncoding(label: "utf-8", bomLength: 3))
    }
}
