/// ROUGE-1.5.5's length limits (`-l` words, `-b` bytes), applied to a summary's lines.
///
/// The script truncates twice: once for the token stream of ROUGE-N and the LCS unigram counts
/// (its `readText`) and once for the LCS sentences (`readText_LCS`). The two agree for word
/// limits; for byte limits `readText_LCS` never adds up the sentences it keeps, so every
/// sentence shorter than the limit is kept whole and the first one at least as long is cut to
/// the limit.
enum PerlLengthLimit {
    /// The truncated lines: `stream` for the token stream, `units` for the LCS sentences.
    static func apply(_ limit: RougeLengthLimit, to lines: [Substring]) -> (stream: [[UInt8]], units: [[UInt8]]) {
        switch limit {
        case let .words(limit):
            let kept = words(limit, lines)
            return (kept, kept)
        case let .bytes(limit):
            return (bytesForStream(limit, lines), bytesForUnits(limit, lines))
        }
    }

    /// Perl's `\s`: space, tab, newline, vertical tab, form feed, carriage return.
    static func isPerlSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The fields of `split(/\s+/, line)`: a leading empty field when the line starts with white
    /// space, no trailing empty fields, none at all for a blank line.
    static func perlFields(_ line: [UInt8]) -> [ArraySlice<UInt8>] {
        var fields: [ArraySlice<UInt8>] = []
        var index = 0
        var start = 0
        while index < line.count {
            if isPerlSpace(line[index]) {
                fields.append(line[start..<index])
                while index < line.count && isPerlSpace(line[index]) { index += 1 }
                start = index
            } else {
                index += 1
            }
        }
        if start < line.count { fields.append(line[start..<line.count]) }
        while let last = fields.last, last.isEmpty { fields.removeLast() }
        return fields
    }

    private static func words(_ limit: Int, _ lines: [Substring]) -> [[UInt8]] {
        truncate(lines, limit: limit, countingAll: true, size: { perlFields($0).count }) { line, remaining in
            var cut: [UInt8] = []
            for (index, field) in perlFields(line).prefix(remaining).enumerated() {
                if index > 0 { cut.append(0x20) }
                cut.append(contentsOf: field)
            }
            return cut
        }
    }

    private static func bytesForStream(_ limit: Int, _ lines: [Substring]) -> [[UInt8]] {
        truncate(lines, limit: limit, countingAll: true, size: \.count) { Array($0.prefix($1)) }
    }

    private static func bytesForUnits(_ limit: Int, _ lines: [Substring]) -> [[UInt8]] {
        truncate(lines, limit: limit, countingAll: false, size: \.count) { Array($0.prefix($1)) }
    }

    /// The script's loop: keep whole lines while the running size stays under `limit`, then cut
    /// the line that reaches it to what remains and stop. With `countingAll` false the running
    /// size is never increased (the byte-limit bug of `readText_LCS`).
    private static func truncate(
        _ lines: [Substring], limit: Int, countingAll: Bool, size: ([UInt8]) -> Int,
        cut: ([UInt8], Int) -> [UInt8]
    ) -> [[UInt8]] {
        var kept: [[UInt8]] = []
        var used = 0
        for line in lines {
            let bytes = Array(line.utf8)
            let lineSize = size(bytes)
            if used + lineSize < limit {
                kept.append(bytes)
                if countingAll { used += lineSize }
            } else {
                kept.append(cut(bytes, limit - used))
                break
            }
        }
        return kept
    }
}
