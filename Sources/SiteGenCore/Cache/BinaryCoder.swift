import Foundation

/// A compact binary form of any `Codable` value, for the build cache (`CacheFile`): strings as
/// length and UTF-8 bytes, integers as eight bytes, keyed containers as their key names and
/// values in the order the synthesized `encode(to:)` writes them (the decoder reads them back in
/// the same order, checking each name). Several times faster than JSON for pages, whose bulk is
/// text. Not a general exchange format: a reader insists on exactly what the writer wrote, and
/// anything else throws (the cache then starts empty).
enum BinaryCoder {
    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let sink = BinarySink()
        try value.encode(to: BinaryWriter(sink: sink))
        return sink.bytes
    }

    /// The value encoded in `bytes` from `start` to the end (a file's header is not copied off).
    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8], startingAt start: Int = 0) throws -> Value {
        let source = BinarySource(bytes: bytes)
        source.offset = start
        let value = try Value(from: BinaryReader(source: source))
        guard source.offset == bytes.count else { throw BinaryCoderError.trailingBytes }
        return value
    }
}

enum BinaryCoderError: Error { case truncated, keyMismatch(String), badString, trailingBytes }

/// The bytes written so far; shared by nested containers.
final class BinarySink {
    var bytes: [UInt8] = []

    func word(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    func byte(_ value: UInt8) { bytes.append(value) }
    func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            word(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }
}

/// The bytes being read and where.
final class BinarySource {
    let bytes: [UInt8]
    var offset = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func word() throws -> UInt64 {
        guard offset + 8 <= bytes.count else { throw BinaryCoderError.truncated }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        offset += 8
        return UInt64(littleEndian: value)
    }

    /// A signed integer written as eight bytes; throws when it does not fit `T`.
    func integer<T: FixedWidthInteger>() throws -> T {
        guard let value = T(exactly: Int64(bitPattern: try word())) else { throw BinaryCoderError.truncated }
        return value
    }

    func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw BinaryCoderError.truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    func string() throws -> String {
        let count = Int(clamping: try word())
        guard count >= 0, count <= bytes.count - offset else { throw BinaryCoderError.truncated }  // no overflow on a damaged length
        // `String(decoding:)` is the specialized fast path (`String(validating:)` went through
        // generic code and a metadata lookup per string); it repairs invalid UTF-8, so the
        // result must still be the very bytes read, or the file is damaged.
        let text = bytes.withUnsafeBufferPointer { buffer -> String? in
            let utf8 = UnsafeBufferPointer(rebasing: buffer[offset..<offset + count])
            var text = String(decoding: utf8, as: UTF8.self)
            let intact = text.withUTF8 { made in made.count == count && (count == 0 || memcmp(made.baseAddress!, utf8.baseAddress!, count) == 0) }
            return intact ? text : nil
        }
        guard let text else { throw BinaryCoderError.badString }
        offset += count
        return text
    }

    /// Consumes the next string when it is `expected` (compared in place: a key name is read
    /// for every field of every cached page, and making each a string cost a tenth of a
    /// cached build); leaves it and returns false otherwise.
    func take(_ expected: String) throws -> Bool {
        let start = offset
        let count = Int(clamping: try word())
        guard count >= 0, count <= bytes.count - offset else { throw BinaryCoderError.truncated }  // no overflow on a damaged length
        var expected = expected
        let equal = expected.withUTF8 { utf8 in
            utf8.count == count && bytes.withUnsafeBytes { raw in
                count == 0 || memcmp(raw.baseAddress! + offset, utf8.baseAddress!, count) == 0
            }
        }
        offset = equal ? offset + count : start
        return equal
    }

    /// The next key name, without consuming it.
    func peekString() throws -> String {
        let start = offset
        defer { offset = start }
        return try string()
    }
}

// MARK: - Writing

struct BinaryWriter: Encoder {
    let sink: BinarySink
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedBinaryWriter<Key>(sink: sink))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer { UnkeyedBinaryWriter(sink: sink) }
    func singleValueContainer() -> SingleValueEncodingContainer { SingleBinaryWriter(sink: sink) }
}

/// Every value is preceded by its key's name; a nil is written as a key with a 0 byte, so
/// `decodeIfPresent` can tell absent from present.
private struct KeyedBinaryWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: BinarySink
    var codingPath: [CodingKey] = []

    private func key(_ key: Key, present: Bool = true) {
        sink.string(key.stringValue)
        sink.byte(present ? 1 : 0)
    }

    mutating func encodeNil(forKey key: Key) throws { self.key(key, present: false) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        self.key(key)
        try value.encode(to: BinaryWriter(sink: sink))
    }

    // Written in place, as `SingleBinaryWriter` writes them (no encoder or box per value).
    mutating func encode(_ value: String, forKey key: Key) throws { self.key(key); sink.string(value) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { self.key(key); sink.byte(value ? 1 : 0) }
    mutating func encode(_ value: Int, forKey key: Key) throws { self.key(key); sink.word(UInt64(bitPattern: Int64(value))) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        self.key(key)
        return BinaryWriter(sink: sink).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        self.key(key)
        return BinaryWriter(sink: sink).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { BinaryWriter(sink: sink) }
    mutating func superEncoder(forKey key: Key) -> Encoder { self.key(key); return BinaryWriter(sink: sink) }
}

/// A count placed before the elements, raised as each one is written (the count is not known
/// when the container is opened, and copies of the container share the sink).
private struct UnkeyedBinaryWriter: UnkeyedEncodingContainer {
    let sink: BinarySink
    var codingPath: [CodingKey] = []
    private let countOffset: Int

    init(sink: BinarySink) {
        self.sink = sink
        self.countOffset = sink.bytes.count
        sink.word(0)
    }

    var count: Int {
        Int(UInt64(littleEndian: sink.bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: countOffset, as: UInt64.self) }))
    }

    private func next() {
        let value = UInt64(count + 1).littleEndian
        withUnsafeBytes(of: value) { new in
            for index in 0..<8 { sink.bytes[countOffset + index] = new[index] }
        }
    }

    mutating func encodeNil() throws { next(); sink.byte(0) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        next()
        sink.byte(1)
        try value.encode(to: BinaryWriter(sink: sink))
    }

    mutating func encode(_ value: String) throws { next(); sink.byte(1); sink.string(value) }
    mutating func encode(_ value: Int) throws { next(); sink.byte(1); sink.word(UInt64(bitPattern: Int64(value))) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        next()
        sink.byte(1)
        return BinaryWriter(sink: sink).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        next()
        sink.byte(1)
        return BinaryWriter(sink: sink).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { next(); sink.byte(1); return BinaryWriter(sink: sink) }
}

private struct SingleBinaryWriter: SingleValueEncodingContainer {
    let sink: BinarySink
    var codingPath: [CodingKey] = []

    /// A nil outside a keyed or unkeyed container (which mark it themselves) cannot be told
    /// from a value here, so it is refused: the cache is then not written, never misread.
    func encodeNil() throws { throw BinaryCoderError.keyMismatch("nil") }
    func encode(_ value: Bool) throws { sink.byte(value ? 1 : 0) }
    func encode(_ value: String) throws { sink.string(value) }
    func encode(_ value: Double) throws { sink.word(value.bitPattern) }
    func encode(_ value: Float) throws { sink.word(Double(value).bitPattern) }
    func encode(_ value: Int) throws { sink.word(UInt64(bitPattern: Int64(value))) }
    func encode(_ value: Int8) throws { sink.word(UInt64(bitPattern: Int64(value))) }
    func encode(_ value: Int16) throws { sink.word(UInt64(bitPattern: Int64(value))) }
    func encode(_ value: Int32) throws { sink.word(UInt64(bitPattern: Int64(value))) }
    func encode(_ value: Int64) throws { sink.word(UInt64(bitPattern: value)) }
    func encode(_ value: UInt) throws { sink.word(UInt64(value)) }
    func encode(_ value: UInt8) throws { sink.word(UInt64(value)) }
    func encode(_ value: UInt16) throws { sink.word(UInt64(value)) }
    func encode(_ value: UInt32) throws { sink.word(UInt64(value)) }
    func encode(_ value: UInt64) throws { sink.word(value) }
    func encode<T: Encodable>(_ value: T) throws { try value.encode(to: BinaryWriter(sink: sink)) }
}
