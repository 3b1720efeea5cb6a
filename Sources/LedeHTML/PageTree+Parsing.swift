import CLibXML2

extension PageTree {
    /// Elements nested deeper than this are not descended into (their text is dropped and the
    /// tree is marked ``truncated``): it bounds the work on pathological pages.
    package static let maximumDepth: Int32 = 400

    /// Parses HTML text with libxml2's HTML parser (error-recovering, as browsers do; no network).
    ///
    /// - Complexity: O(n) in the length of the text.
    package init(parsing html: String) {
        self.init()
        var utf8 = html
        guard let context = htmlNewParserCtxt() else { return }
        defer { htmlFreeParserCtxt(context) }
        let document: htmlDocPtr? = utf8.withUTF8 { bytes in
            let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
            return bytes.withMemoryRebound(to: CChar.self) { characters in
                htmlCtxtReadMemory(context, characters.baseAddress, Int32(characters.count), nil, "UTF-8", options)
            }
        }
        // libxml2 stops at elements nested beyond its limit (an internal error): the rest is lost.
        if context.pointee.errNo == Int32(XML_ERR_INTERNAL_ERROR.rawValue) { truncated = true }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        build(from: document)
    }

    private mutating func build(from document: htmlDocPtr) {
        guard var current = document.pointee.children else { return }
        var open: [Int32] = []  // our indices of the open elements (-1 for skipped ones)
        var descend = true
        while true {
            if descend {
                let entered = visit(current, parent: open.last(where: { $0 >= 0 }) ?? -1, depth: Int32(open.count))
                if entered != nil, let child = current.pointee.children {
                    open.append(entered!)
                    current = child
                    continue
                }
                if let entered, entered >= 0 { nodes[Int(entered)].end = Int32(nodes.count) }
            }
            if let next = current.pointee.next {
                current = next
                descend = true
                continue
            }
            guard let parent = current.pointee.parent, parent != UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self),
                  let closed = open.popLast() else { break }
            if closed >= 0 { nodes[Int(closed)].end = Int32(nodes.count) }
            current = parent
            descend = false
        }
        for closed in open where closed >= 0 {
            nodes[Int(closed)].end = Int32(nodes.count)
        }
    }

    /// Records `node`; returns the index to push when its children are to be visited (-1 for a
    /// transparent element), nil to skip them.
    private mutating func visit(_ node: xmlNodePtr, parent: Int32, depth: Int32) -> Int32? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return nil }
            let text = PageTree.collapsingWhitespace(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            guard !text.isEmpty, parent >= 0 else { return nil }
            nodes.append(Node(name: "", kind: .inline, isText: true, parent: parent, depth: depth, text: text,
                              classAndID: "", itemprop: "", role: "", rel: "", datetime: "", end: Int32(nodes.count + 1)))
            return nil
        case XML_ELEMENT_NODE:
            break
        default:
            return nil
        }
        if depth > PageTree.maximumDepth {
            truncated = true
            return nil
        }
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var attributes = Attributes()
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name {
                let key = String(cString: attributeName)
                if Attributes.reads(key, of: name) { attributes.set(key, value: PageTree.value(of: current)) }
            }
            attribute = current.pointee.next
        }
        let kind = ElementKind.of(name)
        collectHead(name, attributes: attributes, node: node)
        // The head's elements are read for metadata above; none of them is text of the page.
        if name == "head" { return -1 }
        if kind == .skipped || attributes.hidden { return nil }
        let classAndID = attributes.classAndID
        nodes.append(Node(name: name, kind: kind, isText: false, parent: parent, depth: depth, text: "",
                          classAndID: classAndID, itemprop: attributes.itemprop, role: attributes.role, rel: attributes.rel,
                          datetime: attributes.datetime, end: Int32(nodes.count + 1)))
        return Int32(nodes.count - 1)
    }

    private mutating func collectHead(_ name: String, attributes: Attributes, node: xmlNodePtr) {
        switch name {
        case "html":
            if head.language == nil, !attributes.lang.isEmpty { head.language = attributes.lang }
        case "title":
            if head.title == nil { head.title = PageTree.collapsingWhitespace(PageTree.text(of: node)).trimmed }
        case "meta":
            let key = attributes.metaKey.lowercased()
            if !key.isEmpty, !attributes.content.isEmpty, head.meta[key] == nil {
                head.meta[key] = attributes.content.trimmed
            }
        case "link":
            let relations = attributes.rel.split(separator: " ")
            if relations.contains("canonical"), head.canonical == nil, !attributes.href.isEmpty { head.canonical = attributes.href }
        case "script":
            if attributes.type.lowercased().contains("ld+json") { head.jsonLD.append(PageTree.text(of: node)) }
        default:
            break
        }
        if attributes.rel.split(separator: " ").contains("author"), name == "a" {
            let text = PageTree.collapsingWhitespace(PageTree.text(of: node)).trimmed
            if !text.isEmpty, text.count < 80 { head.authorLinks.append(text) }
        }
    }

    /// The text of an attribute.
    private static func value(of attribute: xmlAttrPtr) -> String {
        var result = ""
        var child = attribute.pointee.children
        while let current = child {
            if let content = current.pointee.content { result += String(cString: content) }
            child = current.pointee.next
        }
        return result
    }

    /// All text below `node` (for `<title>`, JSON-LD scripts and author links).
    private static func text(of node: xmlNodePtr) -> String {
        var result = ""
        var pending: [xmlNodePtr] = []
        var child = node.pointee.children
        while true {
            if let current = child {
                if let content = current.pointee.content, current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                    result += String(cString: content)
                }
                if let grandchild = current.pointee.children, pending.count < 64 {
                    pending.append(current)
                    child = grandchild
                } else {
                    child = current.pointee.next
                }
            } else if let parent = pending.popLast() {
                child = parent.pointee.next
            } else {
                return result
            }
        }
    }

    /// The text with every run of white space (including no-break, ideographic and zero-width
    /// spaces) turned into one space, and without the other control characters (C0, DEL, C1),
    /// which pages do not show.
    package static func collapsingWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { collapsingWhitespace($0) }
    }

    /// The UTF-8 text with every run of white space turned into one space.
    static func collapsingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            var count = 0
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var width = 0
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    width = 1
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85 {
                    width = 2
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                          bytes[index + 2] <= 0x8B || bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 || bytes[index + 2] == 0xAF {
                    width = 3
                } else if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                    width = 3
                }
                if width > 0 {
                    pendingSpace = true
                    index += width
                } else if byte < 0x20 || byte == 0x7F {
                    index += 1
                } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                    index += 2
                } else {
                    if pendingSpace { output[count] = 0x20; count += 1 }
                    pendingSpace = false
                    output[count] = byte
                    count += 1
                    index += 1
                }
            }
            if pendingSpace { output[count] = 0x20; count += 1 }
            return count
        }
    }

    /// The attributes the tree keeps.
    private struct Attributes {
        var classes = "", id = "", itemprop = "", role = "", rel = "", datetime = "", href = "", lang = ""
        var metaKey = "", content = "", type = ""
        var hidden = false

        static let hidingStyles = NameList(["display:none", "visibility:hidden"])

        var classAndID: String {
            (classes.isEmpty ? id : id.isEmpty ? classes : classes + " " + id).lowercased()
        }

        /// Whether the attribute is one the tree keeps for an element of this name (the values
        /// of the others are never built).
        static func reads(_ attribute: String, of element: String) -> Bool {
            switch attribute {
            case "class", "id", "itemprop", "role", "rel", "datetime", "hidden", "aria-hidden", "style", "lang": return true
            case "href": return element == "link"
            case "name", "property", "http-equiv", "content": return element == "meta"
            case "xml:lang": return element == "html"
            case "type": return element == "script"
            default: return false
            }
        }

        mutating func set(_ name: String, value: String) {
            switch name {
            case "class": classes = value
            case "id": id = value
            case "itemprop": itemprop = value.lowercased(); if metaKey.isEmpty { metaKey = value }
            case "role": role = value.lowercased()
            case "rel": rel = value.lowercased()
            case "datetime": datetime = PageTree.collapsingWhitespace(value).trimmed
            case "href": href = value
            case "lang", "xml:lang": lang = value
            case "name", "property", "http-equiv": metaKey = value
            case "content": content = value
            case "type": type = value
            case "hidden": hidden = true
            case "aria-hidden": if value.lowercased() == "true" { hidden = true }
            case "style":
                let style = value.utf8.compactMap { $0 == 0x20 ? nil : $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                if style.withUnsafeBufferPointer({ Attributes.hidingStyles.occurs(in: $0) }) { hidden = true }
            default: break
            }
        }
    }
}

extension String {
    /// The string without leading and trailing white space.
    package var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
