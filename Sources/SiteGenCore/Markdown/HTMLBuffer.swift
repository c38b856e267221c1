/// The bytes of an HTML document being written, with cmark's escaping rules, so the Swift
/// writer's output for plain CommonMark is byte for byte what libcmark's own HTML renderer writes.
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The document as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Markup sitegen wrote itself, as is.
    mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A newline unless the buffer is empty or already ends with one (cmark's `cr`).
    mutating func newline() {
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
    }

    /// Text and attribute values: `"`, `&`, `<`, `>` become entities (cmark's `escape_html`).
    mutating func escaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var start = 0
            for index in 0..<source.count {
                let entity: StaticString
                switch source[index] {
                case 0x22: entity = "&quot;"
                case 0x26: entity = "&amp;"
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                raw(entity)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
        }
    }

    /// A URL in `href`/`src`: bytes outside cmark's safe set are percent-encoded, `&` and `'`
    /// become entities (cmark's `houdini_escape_href`).
    mutating func href(_ url: String) {
        var url = url
        url.withUTF8 { source in
            for byte in source {
                if Self.hrefSafe(byte) {
                    bytes.append(byte)
                } else if byte == 0x26 {
                    raw("&amp;")
                } else if byte == 0x27 {
                    raw("&#x27;")
                } else {
                    bytes.append(0x25)
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0x0F)])
                }
            }
        }
    }

    /// Raw HTML from the author with GFM's tag filter: the `<` of `<script>`, `<style>`,
    /// `<iframe>`, `<textarea>`, `<title>`, `<xmp>`, `<noembed>`, `<noframes>` and
    /// `<plaintext>` (opening or closing) becomes `&lt;`.
    mutating func filteredHTML(_ html: String) {
        var html = html
        html.withUTF8 { source in
            var start = 0
            for index in 0..<source.count where source[index] == 0x3C && TagFilter.isFiltered(source, at: index) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                raw("&lt;")
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// cmark's `HREF_SAFE`: alphanumerics and `-_.+!*(),%#@?=;:/$~`.
    private static func hrefSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x21, 0x23, 0x24, 0x25, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B, 0x3D, 0x3F, 0x40, 0x5F, 0x7E: return true
        default: return false
        }
    }
}

/// GFM's disallowed raw HTML (the `tagfilter` extension).
enum TagFilter {
    static let names: [[UInt8]] = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"].map { Array($0.utf8) }

    /// Whether the `<` at `index` opens or closes a filtered tag: the name (any case) followed
    /// by white space, `>` or `/>`.
    static func isFiltered(_ html: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var position = index + 1
        if position < html.count, html[position] == 0x2F { position += 1 }
        for name in names where matches(name, in: html, at: position) {
            let end = position + name.count
            guard end < html.count else { return false }
            let next = html[end]
            if next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == 0x0C || next == 0x3E { return true }
            return next == 0x2F && end + 1 < html.count && html[end + 1] == 0x3E
        }
        return false
    }

    private static func matches(_ name: [UInt8], in html: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        guard position + name.count <= html.count else { return false }
        for offset in 0..<name.count where html[position + offset] | 0x20 != name[offset] { return false }
        return true
    }
}
