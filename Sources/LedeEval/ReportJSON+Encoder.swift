extension ReportJSON {
    /// An `Encoder` that records values in a tree of ``Slot``s, keys in encoding order.
    struct TreeEncoder: Encoder {
        let slot: Slot
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            slot.kind = .object
            return KeyedEncodingContainer(Keyed<Key>(slot: slot, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            slot.kind = .array
            return Unkeyed(slot: slot, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(slot: slot, codingPath: codingPath)
        }
    }

    /// Writes one value into a slot: the leaf of every container.
    struct Single: SingleValueEncodingContainer {
        let slot: Slot
        let codingPath: [any CodingKey]

        mutating func encodeNil() { slot.set(.null) }
        mutating func encode(_ value: Bool) { slot.set(.bool(value)) }
        mutating func encode(_ value: String) { slot.set(.string(value)) }
        mutating func encode(_ value: Double) throws { slot.set(try ReportJSON.number(value, codingPath: codingPath)) }
        mutating func encode(_ value: Float) throws { try encode(Double(value)) }
        mutating func encode(_ value: Int) { slot.set(.number(String(value))) }
        mutating func encode(_ value: Int8) { slot.set(.number(String(value))) }
        mutating func encode(_ value: Int16) { slot.set(.number(String(value))) }
        mutating func encode(_ value: Int32) { slot.set(.number(String(value))) }
        mutating func encode(_ value: Int64) { slot.set(.number(String(value))) }
        mutating func encode(_ value: UInt) { slot.set(.number(String(value))) }
        mutating func encode(_ value: UInt8) { slot.set(.number(String(value))) }
        mutating func encode(_ value: UInt16) { slot.set(.number(String(value))) }
        mutating func encode(_ value: UInt32) { slot.set(.number(String(value))) }
        mutating func encode(_ value: UInt64) { slot.set(.number(String(value))) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try value.encode(to: TreeEncoder(slot: slot, codingPath: codingPath))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) { slot.set(key.stringValue, .leaf(.null)) }
        mutating func encode(_ value: Bool, forKey key: Key) { slot.set(key.stringValue, .leaf(.bool(value))) }
        mutating func encode(_ value: String, forKey key: Key) { slot.set(key.stringValue, .leaf(.string(value))) }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            slot.set(key.stringValue, .leaf(try ReportJSON.number(value, codingPath: codingPath + [key])))
        }
        mutating func encode(_ value: Int, forKey key: Key) { slot.set(key.stringValue, .leaf(.number(String(value)))) }
        mutating func encode(_ value: UInt64, forKey key: Key) { slot.set(key.stringValue, .leaf(.number(String(value)))) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            if let leaf = try ReportJSON.leaf(value, codingPath: codingPath + [key]) {
                slot.set(key.stringValue, .leaf(leaf))
            } else {
                try value.encode(to: TreeEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key]))
            }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            TreeEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(slot: slot.member("super"), codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            TreeEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let slot: Slot
        let codingPath: [any CodingKey]
        var count: Int { slot.elements.count }

        mutating func encodeNil() { slot.append(.leaf(.null)) }
        mutating func encode(_ value: Bool) { slot.append(.leaf(.bool(value))) }
        mutating func encode(_ value: String) { slot.append(.leaf(.string(value))) }
        mutating func encode(_ value: Double) throws { slot.append(.leaf(try ReportJSON.number(value, codingPath: codingPath))) }
        mutating func encode(_ value: Int) { slot.append(.leaf(.number(String(value)))) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            if let leaf = try ReportJSON.leaf(value, codingPath: codingPath) {
                slot.append(.leaf(leaf))
            } else {
                try value.encode(to: TreeEncoder(slot: slot.element(), codingPath: codingPath))
            }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(slot: slot.element(), codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            TreeEncoder(slot: slot.element(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(slot: slot.element(), codingPath: codingPath)
        }
    }

    /// The leaf of a value that is one (a string, a number, a Boolean), without an encoder: the
    /// elements of `[String]` and `[Double]` come through the generic `encode` of containers.
    static func leaf<T: Encodable>(_ value: T, codingPath: @autoclosure () -> [any CodingKey]) throws -> Leaf? {
        switch value {
        case let string as String: .string(string)
        case let double as Double: try number(double, codingPath: codingPath())
        case let integer as Int: .number(String(integer))
        case let flag as Bool: .bool(flag)
        default: nil
        }
    }

    /// A key named at run time: a measure's name.
    package struct Key: CodingKey {
        package var stringValue: String
        package var intValue: Int? { nil }
        package init(_ name: String) { stringValue = name }
        package init?(stringValue: String) { self.stringValue = stringValue }
        package init?(intValue: Int) { nil }
    }
}
