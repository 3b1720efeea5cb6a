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

        private func leaf(_ key: Key) -> Single {
            Single(slot: slot.member(key.stringValue), codingPath: codingPath + [key])
        }

        mutating func encodeNil(forKey key: Key) { var leaf = leaf(key); leaf.encodeNil() }
        mutating func encode(_ value: Bool, forKey key: Key) { var leaf = leaf(key); leaf.encode(value) }
        mutating func encode(_ value: String, forKey key: Key) { var leaf = leaf(key); leaf.encode(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws { var leaf = leaf(key); try leaf.encode(value) }
        mutating func encode(_ value: Int, forKey key: Key) { var leaf = leaf(key); leaf.encode(value) }
        mutating func encode(_ value: UInt64, forKey key: Key) { var leaf = leaf(key); leaf.encode(value) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            var leaf = leaf(key)
            try leaf.encode(value)
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

        private func leaf() -> Single { Single(slot: slot.element(), codingPath: codingPath) }

        mutating func encodeNil() { var leaf = leaf(); leaf.encodeNil() }
        mutating func encode(_ value: Bool) { var leaf = leaf(); leaf.encode(value) }
        mutating func encode(_ value: String) { var leaf = leaf(); leaf.encode(value) }
        mutating func encode(_ value: Double) throws { var leaf = leaf(); try leaf.encode(value) }
        mutating func encode(_ value: Int) { var leaf = leaf(); leaf.encode(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { var leaf = leaf(); try leaf.encode(value) }

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

    /// A key named at run time: a measure's name.
    package struct Key: CodingKey {
        package var stringValue: String
        package var intValue: Int? { nil }
        package init(_ name: String) { stringValue = name }
        package init?(stringValue: String) { self.stringValue = stringValue }
        package init?(intValue: Int) { nil }
    }
}
