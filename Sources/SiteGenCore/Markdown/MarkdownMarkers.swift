/// sitegen's private marker characters in the text it hands cmark, and how they are read back.
///
/// Before parsing, `MarkdownSource` puts U+10100 (AEGEAN WORD SEPARATOR LINE) after every
/// backslash-escaped `~ * _ [ ^`, so the tree can tell `\~` from a `~` that may be syntax (cmark
/// turns both into plain text). It is punctuation, like every escapable character, so cmark reads
/// the delimiter runs around it exactly as without it. `$…$` math becomes a code span that starts
/// and ends with the noncharacter U+FDD1 (U+FDD2 for `$$…$$` inside a line), so cmark keeps the
/// math byte for byte. A text that already holds one of these characters gets no markers at all
/// (and so no escape protection and no math).
struct MarkdownMarkers: Sendable, Equatable {
    /// U+10100 in UTF-8.
    static let escapeBytes: [UInt8] = [0xF0, 0x90, 0x84, 0x80]
    /// The math markers' shared UTF-8 lead bytes; the third byte tells them apart.
    static let leadBytes: (UInt8, UInt8) = (0xEF, 0xB7)
    static let inlineMathByte: UInt8 = 0x91, displayMathByte: UInt8 = 0x92

    /// Escape markers were inserted.
    var escapes = false
    /// Math was turned into marked code spans.
    var math = false

    static let none = MarkdownMarkers()

    /// Appends a text literal, splitting out every escaped character (the one before a marker).
    func appendText(_ text: String, line: Int32, to nodes: inout [MarkdownNode]) {
        guard escapes, text.utf8.contains(Self.escapeBytes[0]) else {
            if !text.isEmpty { nodes.append(MarkdownNode(.text(text), line: line)) }
            return
        }
        let bytes = Array(text.utf8)
        var start = 0, index = 0
        while index + 3 < bytes.count {
            guard isEscapeMarker(bytes, at: index) else {
                index += 1
                continue
            }
            if index > start {
                if index - 1 > start { nodes.append(MarkdownNode(.text(String(decoding: bytes[start..<index - 1], as: UTF8.self)), line: line)) }
                nodes.append(MarkdownNode(.escaped(String(decoding: bytes[index - 1..<index], as: UTF8.self)), line: line))
            }
            index += 4
            start = index
        }
        if start < bytes.count { nodes.append(MarkdownNode(.text(String(decoding: bytes[start...], as: UTF8.self)), line: line)) }
    }

    /// A code span's node: math when it is one of sitegen's marked spans, else code.
    func code(_ literal: String) -> MarkdownNode.Kind {
        if math, literal.utf8.count >= 6, literal.utf8.first == Self.leadBytes.0 {
            let bytes = Array(literal.utf8)
            for (byte, display) in [(Self.inlineMathByte, false), (Self.displayMathByte, true)]
            where isMarker(bytes, at: 0, byte) && isMarker(bytes, at: bytes.count - 3, byte) {
                return .mathInline(String(decoding: bytes[3..<bytes.count - 3], as: UTF8.self), display: display)
            }
        }
        return .code(stripped(literal))
    }

    /// `text` without escape markers (destinations, titles, code, raw HTML).
    func stripped(_ text: String) -> String {
        guard escapes, text.utf8.contains(Self.escapeBytes[0]) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            if isEscapeMarker(source, at: index) {
                index += 4
                continue
            }
            bytes.append(source[index])
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func isEscapeMarker(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 3 < bytes.count && bytes[index] == 0xF0 && bytes[index + 1] == 0x90 && bytes[index + 2] == 0x84 && bytes[index + 3] == 0x80
    }

    private func isMarker(_ bytes: [UInt8], at index: Int, _ third: UInt8) -> Bool {
        index >= 0 && index + 2 < bytes.count && bytes[index] == Self.leadBytes.0 && bytes[index + 1] == Self.leadBytes.1 && bytes[index + 2] == third
    }
}
