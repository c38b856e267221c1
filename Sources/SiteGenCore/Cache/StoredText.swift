/// Text that may still be the UTF-8 bytes the build cache read it as: a page's HTML and
/// Markdown body. Decoding a cached page made both strings — checking every byte as UTF-8
/// and copying it — for all 10,000 pages of a site on every build, while an edit needs the
/// text of a few (the pages it renders again, the feed's entries); the rest enter digests by
/// what they were made from (`BodyHTML`). So `BinaryCoder` hands over a range of the file's
/// bytes (shared, not copied), and the string is made, checked, when someone asks for it.
///
/// Compares, hashes and reflects as its text; encodes as a string in any coder.
public struct StoredText: Sendable, Hashable, Codable, CustomStringConvertible, CustomReflectable {
    private enum Storage: Sendable {
        case string(String)
        /// A slice of a larger text (a body is a slice of its file), kept without a copy.
        case slice(Substring)
        /// UTF-8 bytes of a cache file; checked (invalid bytes repaired) when made a string.
        case bytes([UInt8], Range<Int>)
    }

    private let storage: Storage

    public init(_ text: String = "") { storage = .string(text) }
    public init(_ text: Substring) { storage = .slice(text) }

    /// The text (made from the bytes on every call when it came from the cache: callers that
    /// need it more than once keep the string).
    public var string: String {
        switch storage {
        case .string(let text): text
        case .slice(let text): String(text)
        case .bytes(let bytes, let range): bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        }
    }

    public var substring: Substring {
        switch storage {
        case .string(let text): Substring(text)
        case .slice(let text): text
        case .bytes: Substring(string)
        }
    }

    public var isEmpty: Bool {
        switch storage {
        case .string(let text): text.isEmpty
        case .slice(let text): text.isEmpty
        case .bytes(_, let range): range.isEmpty
        }
    }

    /// Calls `body` with the text's UTF-8 bytes (as stored: cache bytes are not checked).
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        switch storage {
        case .string(var text): return try text.withUTF8(body)
        case .slice(var text): return try text.withUTF8(body)
        case .bytes(let bytes, let range): return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
    }

    public static func == (lhs: StoredText, rhs: StoredText) -> Bool {
        lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    public func hash(into hasher: inout Hasher) {
        withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public var description: String { string }
    public var customMirror: Mirror { Mirror(self, children: ["text": string]) }

    public init(from decoder: Decoder) throws {
        if let reader = decoder as? BinaryReader {
            let source = reader.source
            let count = Int(clamping: try source.word())
            guard count >= 0, count <= source.bytes.count - source.offset else { throw BinaryCoderError.truncated }
            storage = .bytes(source.bytes, source.offset..<source.offset + count)
            source.offset += count
        } else {
            storage = .string(try decoder.singleValueContainer().decode(String.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        if let writer = encoder as? BinaryWriter {  // as `BinarySink.string` writes a string
            withUTF8 { utf8 in
                writer.sink.word(UInt64(utf8.count))
                writer.sink.bytes.append(contentsOf: utf8)
            }
        } else {
            var container = encoder.singleValueContainer()
            try container.encode(string)
        }
    }
}
