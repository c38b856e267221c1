/// One start or end tag read from HTML bytes. Its name is packed into a number
/// (`HTMLTag.code("h2")`), so no string is made per tag; of the attributes, only `id` and
/// `class` are read, and only when asked for.
struct HTMLTag {
    /// The lowercased name's first seven bytes and its length; 0 when `<` does not start a tag
    /// (text like `a < b`).
    var name: UInt64 = 0
    var closing = false
    var selfClosing = false
    /// Index just after the tag's `>`.
    var end: Int
    var id: String?
    /// The `class` attribute when asked for, and for any tag whose class is exactly `label`.
    var classes: String?

    /// The class of a code block's language label (`<span class="code-lang">Kotlin</span>`):
    /// not text anyone searches for, and found without reading every span's class.
    static let label = "code-lang"

    /// The packed form of an ASCII name (lowercased: packing sets bit 5 of every byte).
    static func code(_ name: StaticString) -> UInt64 {
        name.withUTF8Buffer { packed($0) }
    }

    static func packed(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var code = UInt64(min(name.count, 255)) << 56
        for (index, byte) in name.prefix(7).enumerated() { code |= UInt64(byte | 0x20) << (8 * UInt64(index)) }
        return code
    }

    /// Reads the tag at `start`; `attributes` says whether to keep `id` and `class` for a name.
    init(_ html: UnsafeBufferPointer<UInt8>, from start: Int, attributes: (UInt64) -> Bool) {
        var index = start + 1
        end = start + 1
        if index < html.count && html[index] == UInt8(ascii: "/") {
            closing = true
            index += 1
        }
        let nameStart = index
        while index < html.count && Self.isNameByte(html[index]) { index += 1 }
        guard index > nameStart, index < html.count else { return }
        name = Self.packed(UnsafeBufferPointer(rebasing: html[nameStart..<index]))
        end = readAttributes(html, from: index, keep: !closing && attributes(name))
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// Reads attributes up to the closing `>`; returns the index after it.
    private mutating func readAttributes(_ html: UnsafeBufferPointer<UInt8>, from start: Int, keep: Bool) -> Int {
        var index = start
        while index < html.count {
            let byte = html[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if byte == UInt8(ascii: "/") { selfClosing = true; index += 1; continue }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { index += 1; continue }
            selfClosing = false
            let nameStart = index
            while index < html.count, !Self.endsAttributeName(html[index]) { index += 1 }
            let attribute = UnsafeBufferPointer(rebasing: html[nameStart..<index])
            guard index < html.count, html[index] == UInt8(ascii: "=") else { continue }
            let (value, next) = Self.value(html, from: index + 1)
            index = next
            if !keep && attribute.elementsEqual("class".utf8) && UnsafeBufferPointer(rebasing: html[value]).elementsEqual(Self.label.utf8) {
                classes = Self.label
            }
            guard keep else { continue }
            if attribute.elementsEqual("id".utf8) { id = String(decoding: UnsafeBufferPointer(rebasing: html[value]), as: UTF8.self) }
            if attribute.elementsEqual("class".utf8) { classes = String(decoding: UnsafeBufferPointer(rebasing: html[value]), as: UTF8.self) }
        }
        return html.count
    }

    private static func endsAttributeName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// The range of an attribute value (quoted or not) and the index after it.
    private static func value(_ html: UnsafeBufferPointer<UInt8>, from start: Int) -> (Range<Int>, Int) {
        guard start < html.count else { return (start..<start, start) }
        let quote = html[start]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let close = html.firstIndex(of: quote, from: start + 1, within: html.count) ?? html.count
            return ((start + 1)..<close, min(close + 1, html.count))
        }
        var index = start
        while index < html.count, html[index] != UInt8(ascii: ">"), html[index] != 0x20 { index += 1 }
        return (start..<index, index)
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// True when the bytes at `index` are `prefix`.
    func starts(with prefix: StaticString, at index: Int) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard index + length <= count else { return false }
        return prefix.withUTF8Buffer { UnsafeBufferPointer(rebasing: self[index..<(index + length)]).elementsEqual($0) }
    }

    /// Where `needle` next occurs at or after `start`.
    func find(_ needle: StaticString, from start: Int) -> Int? {
        var index = start
        while index < count {
            if starts(with: needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Where `byte` next occurs in the `limit` bytes from `start`.
    func firstIndex(of byte: UInt8, from start: Int, within limit: Int) -> Int? {
        var index = start
        let end = Swift.min(count, start + limit)
        while index < end {
            if self[index] == byte { return index }
            index += 1
        }
        return nil
    }
}
