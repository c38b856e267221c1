/// The stable digest of any `Encodable` value: every field the compiler's synthesized
/// `encode(to:)` writes goes into a `Digest`, with its key and type, so two values digest alike
/// exactly when they encode alike — in every process, unlike `Hasher`. A type that is expensive
/// to walk (a page's HTML, a shared context) can write a digest it keeps instead
/// (`DigestEncoder.isDigesting`).
struct DigestEncoder {
    /// The digest of `value`.
    static func digest<Value: Encodable>(of value: Value) -> Digest {
        let sink = DigestSink()
        try? value.encode(to: DigestingEncoder(sink: sink))
        return sink.digest
    }

    /// Whether `encoder` is computing a digest (not writing a value somewhere).
    static func isDigesting(_ encoder: Encoder) -> Bool { encoder is DigestingEncoder }
}

/// Where the encoders write; shared by nested containers.
final class DigestSink {
    var digest = Digest()

    func tag(_ byte: UInt8) {
        withUnsafeBytes(of: byte) { digest.add($0) }
    }

    func add<Word: FixedWidthInteger>(_ word: Word) {
        withUnsafeBytes(of: word.littleEndian) { digest.add($0) }
    }
}

private struct DigestingEncoder: Encoder {
    let sink: DigestSink
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.tag(1)
        return KeyedEncodingContainer(KeyedDigestContainer<Key>(sink: sink))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        sink.tag(2)
        return UnkeyedDigestContainer(sink: sink)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleDigestContainer(sink: sink) }
}

private struct KeyedDigestContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: DigestSink
    var codingPath: [CodingKey] = []

    private func key(_ key: Key) {
        sink.tag(10)
        sink.digest.add(key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { self.key(key); sink.tag(0) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { self.key(key); try SingleDigestContainer(sink: sink).encode(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { self.key(key); try SingleDigestContainer(sink: sink).encode(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { self.key(key); try SingleDigestContainer(sink: sink).encode(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { self.key(key); try SingleDigestContainer(sink: sink).encode(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        self.key(key)
        try value.encode(to: DigestingEncoder(sink: sink))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        self.key(key)
        return DigestingEncoder(sink: sink).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        self.key(key)
        return DigestingEncoder(sink: sink).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { DigestingEncoder(sink: sink) }
    mutating func superEncoder(forKey key: Key) -> Encoder { self.key(key); return DigestingEncoder(sink: sink) }
}

private struct UnkeyedDigestContainer: UnkeyedEncodingContainer {
    let sink: DigestSink
    var codingPath: [CodingKey] = []
    var count = 0

    mutating func encodeNil() throws { count += 1; sink.tag(0) }
    mutating func encode(_ value: String) throws { count += 1; try SingleDigestContainer(sink: sink).encode(value) }
    mutating func encode(_ value: Int) throws { count += 1; try SingleDigestContainer(sink: sink).encode(value) }
    mutating func encode(_ value: Bool) throws { count += 1; try SingleDigestContainer(sink: sink).encode(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        count += 1
        sink.tag(3)
        try value.encode(to: DigestingEncoder(sink: sink))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        return DigestingEncoder(sink: sink).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        count += 1
        return DigestingEncoder(sink: sink).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { DigestingEncoder(sink: sink) }
}

private struct SingleDigestContainer: SingleValueEncodingContainer {
    let sink: DigestSink
    var codingPath: [CodingKey] = []

    func encodeNil() throws { sink.tag(0) }
    func encode(_ value: Bool) throws { sink.tag(value ? 5 : 4) }
    func encode(_ value: String) throws { sink.tag(6); sink.digest.add(value) }
    func encode(_ value: Double) throws { sink.tag(7); sink.add(value.bitPattern) }
    func encode(_ value: Float) throws { sink.tag(7); sink.add(Double(value).bitPattern) }
    func encode(_ value: Int) throws { sink.tag(8); sink.add(Int64(value)) }
    func encode(_ value: Int8) throws { sink.tag(8); sink.add(Int64(value)) }
    func encode(_ value: Int16) throws { sink.tag(8); sink.add(Int64(value)) }
    func encode(_ value: Int32) throws { sink.tag(8); sink.add(Int64(value)) }
    func encode(_ value: Int64) throws { sink.tag(8); sink.add(value) }
    func encode(_ value: UInt) throws { sink.tag(9); sink.add(UInt64(value)) }
    func encode(_ value: UInt8) throws { sink.tag(9); sink.add(UInt64(value)) }
    func encode(_ value: UInt16) throws { sink.tag(9); sink.add(UInt64(value)) }
    func encode(_ value: UInt32) throws { sink.tag(9); sink.add(UInt64(value)) }
    func encode(_ value: UInt64) throws { sink.tag(9); sink.add(value) }
    func encode<T: Encodable>(_ value: T) throws { try value.encode(to: DigestingEncoder(sink: sink)) }
}
