/// An array of fixed-width integers that `BinaryCoder` stores as one length and its raw bytes
/// (little-endian), not element by element: a page's search terms are thousands of them, which
/// the element-wise form wrote at 17 bytes and one generic call each. Other coders get a plain
/// array.
struct PackedArray<Element: FixedWidthInteger & Codable & Sendable>: Codable, Equatable, Sendable {
    var elements: [Element]

    init(_ elements: [Element]) { self.elements = elements }

    func encode(to encoder: Encoder) throws {
        guard let writer = encoder as? BinaryWriter else {
            var container = encoder.singleValueContainer()
            return try container.encode(elements)
        }
        writer.sink.word(UInt64(elements.count))
        #if _endian(big)
        elements.map(\.littleEndian).withUnsafeBytes { writer.sink.bytes.append(contentsOf: $0) }
        #else
        elements.withUnsafeBytes { writer.sink.bytes.append(contentsOf: $0) }
        #endif
    }

    init(from decoder: Decoder) throws {
        guard let reader = decoder as? BinaryReader else {
            elements = try decoder.singleValueContainer().decode([Element].self)
            return
        }
        let source = reader.source
        let count = Int(clamping: try source.word())
        let width = MemoryLayout<Element>.size
        guard count >= 0, count <= (source.bytes.count - source.offset) / width else { throw BinaryCoderError.truncated }
        // One copy of the bytes (element by element, this was a third of an edit's build).
        let read = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            source.bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[source.offset..<source.offset + count * width]))
            }
            initialized = count
        }
        #if _endian(big)
        elements = read.map { Element(littleEndian: $0) }
        #else
        elements = read
        #endif
        source.offset += count * width
    }
}
