import Foundation

/// Escaping for text placed in HTML: element content, attribute values and JSON inside a
/// `<script>` element.
package enum HTMLText {
    /// `text` safe as element content or as a double- or single-quoted attribute value: `&`, `<`,
    /// `>`, `"` and `'` become character references.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    package static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// `value` as JSON that can sit inside `<script type="application/json">`: `<`, `>` and `&`
    /// are written as `\u003c`, `\u003e` and `\u0026`, so no `</script>` or `<!--` can appear.
    ///
    /// - Complexity: O(*n*) in the size of the JSON.
    package static func scriptJSON(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        return json
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }

    /// A whole HTML document: `title` (escaped), the style sheet `style` and `body` (markup).
    package static func document(title: String, style: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// A number with `digits` decimals, for display (`"30.81"`).
    package static func fixed(_ value: Double, digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value.isFinite ? value : 0)
    }
}
