import Foundation

/// Reads what `BinaryWriter` wrote, in the same order.
struct BinaryReader: Decoder {
    let source: BinarySource
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedBinaryReader<Key>(source: source))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer { try UnkeyedBinaryReader(source: source) }
    func singleValueContainer() throws -> SingleValueDecodingContainer { SingleBinaryReader(source: source) }
}

/// Keys come in the order they were written; `contains` looks at the next one, so a key the
/// writer left out (an optional `encodeIfPresent` skipped) reads as absent.
private struct KeyedBinaryReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let source: BinarySource
    var codingPath: [CodingKey] = []
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool {
        let start = source.offset
        defer { source.offset = start }
        return (try? source.take(key.stringValue)) == true
    }

    /// Consumes the key and its presence byte; true when a value follows.
    private func take(_ key: Key) throws -> Bool {
        guard try source.take(key.stringValue) else { throw BinaryCoderError.keyMismatch((try? source.peekString()) ?? "") }
        return try source.byte() == 1
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        // Only asked right after `contains`; reads the key when it holds nil.
        let start = source.offset
        if try take(key) { source.offset = start; return false }
        return true
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard try take(key) else { throw BinaryCoderError.keyMismatch(key.stringValue) }
        return try T(from: BinaryReader(source: source))
    }

    // Values read in place: the generic path makes a decoder and a boxed container for every
    // string and number, and a cached page has hundreds of them.
    private func present(_ key: Key) throws {
        guard try take(key) else { throw BinaryCoderError.keyMismatch(key.stringValue) }
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String { try present(key); return try source.string() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try present(key); return try source.byte() == 1 }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try present(key); return try source.integer() }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try present(key); return try source.integer() }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try present(key); return try source.word() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try present(key); return Double(bitPattern: try source.word()) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        _ = try take(key)
        return try BinaryReader(source: source).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        _ = try take(key)
        return try BinaryReader(source: source).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { BinaryReader(source: source) }
    func superDecoder(forKey key: Key) throws -> Decoder { _ = try take(key); return BinaryReader(source: source) }
}

private struct UnkeyedBinaryReader: UnkeyedDecodingContainer {
    let source: BinarySource
    var codingPath: [CodingKey] = []
    let count: Int?
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    init(source: BinarySource) throws {
        self.source = source
        let count = try source.word()
        guard count <= UInt64(source.bytes.count) else { throw BinaryCoderError.truncated }
        self.count = Int(count)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { throw BinaryCoderError.truncated }
        if source.bytes[source.offset] == 0 { source.offset += 1; currentIndex += 1; return true }
        return false
    }

    private mutating func element() throws {
        guard !isAtEnd, try source.byte() == 1 else { throw BinaryCoderError.truncated }
        currentIndex += 1
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try element()
        return try T(from: BinaryReader(source: source))
    }

    mutating func decode(_ type: String.Type) throws -> String { try element(); return try source.string() }
    mutating func decode(_ type: Int.Type) throws -> Int { try element(); return try source.integer() }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try element(); return try source.byte() == 1 }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try element()
        return try BinaryReader(source: source).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try element()
        return try BinaryReader(source: source).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder { try element(); return BinaryReader(source: source) }
}

private struct SingleBinaryReader: SingleValueDecodingContainer {
    let source: BinarySource
    var codingPath: [CodingKey] = []

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try source.byte() == 1 }
    func decode(_ type: String.Type) throws -> String { try source.string() }
    func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try source.word()) }
    func decode(_ type: Float.Type) throws -> Float { Float(Double(bitPattern: try source.word())) }
    func decode(_ type: Int.Type) throws -> Int { try integer() }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer() }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer() }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer() }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer() }
    func decode(_ type: UInt.Type) throws -> UInt { try unsigned() }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try unsigned() }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try unsigned() }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try unsigned() }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try source.word() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: BinaryReader(source: source)) }

    private func integer<T: FixedWidthInteger>() throws -> T { try source.integer() }

    private func unsigned<T: FixedWidthInteger>() throws -> T {
        guard let value = T(exactly: try source.word()) else { throw BinaryCoderError.truncated }
        return value
    }
}
