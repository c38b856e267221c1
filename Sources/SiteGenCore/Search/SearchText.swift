/// The plain text of a body that sitegen rendered, for the search index and its snippets:
/// tags dropped, entities decoded, white space collapsed, blocks on their own lines, and where
/// each heading with an id starts (so a result can link to the nearest heading).
///
/// It reads sitegen's own HTML (`RenderedMarkdown.html`), not arbitrary pages: heading
/// self-links (`a.anchor`), footnote back-links, code blocks' language labels, SVG icons,
/// scripts and styles are left out.
struct SearchText: Equatable, Sendable {
    /// Blocks separated by `\n`, runs of white space as one space.
    var text: String
    /// Headings with an id, in order, with the UTF-16 offset in `text` where each begins
    /// (JavaScript indexes strings in UTF-16 units).
    var sections: [(offset: Int, id: String)]

    static func == (lhs: SearchText, rhs: SearchText) -> Bool {
        lhs.text == rhs.text && lhs.sections.map(\.offset) == rhs.sections.map(\.offset) && lhs.sections.map(\.id) == rhs.sections.map(\.id)
    }

    init(text: String, sections: [(offset: Int, id: String)]) {
        self.text = text
        self.sections = sections
    }

    /// Extracts the text of `html`.
    init(html: String) {
        var extractor = SearchTextExtractor()
        var html = html
        html.withUTF8 { extractor.run($0) }
        self.init(text: String(decoding: extractor.output, as: UTF8.self), sections: extractor.sections)
    }
}

/// The byte loop behind `SearchText`.
private struct SearchTextExtractor {
    var output: [UInt8] = []
    var sections: [(offset: Int, id: String)] = []
    private var utf16Count = 0
    /// 0 none, 1 a space, 2 a line break: written before the next character of text.
    private var pendingBreak = 0
    /// The element whose content is being skipped, and how deep it nests in itself.
    private var skipping: (name: UInt64, depth: Int)?
    private var pendingSection: String?

    mutating func run(_ html: UnsafeBufferPointer<UInt8>) {
        output.reserveCapacity(html.count / 2)
        var index = 0
        while index < html.count {
            let byte = html[index]
            if byte == UInt8(ascii: "<") {
                index = tag(html, from: index)
            } else if byte == UInt8(ascii: "&") {
                index = entity(html, from: index)
            } else {
                if skipping == nil { text(byte) }
                index += 1
            }
        }
    }

    /// One byte of text: white space is collapsed, everything else copied.
    private mutating func text(_ byte: UInt8) {
        if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
            pendingBreak = max(pendingBreak, 1)
            return
        }
        if pendingBreak > 0 && !output.isEmpty {
            output.append(pendingBreak == 2 ? 0x0A : 0x20)
            utf16Count += 1
        }
        pendingBreak = 0
        if let id = pendingSection {
            sections.append((utf16Count, id))
            pendingSection = nil
        }
        output.append(byte)
        if byte < 0x80 || byte >= 0xF0 { utf16Count += byte >= 0xF0 ? 2 : 1 } else if byte >= 0xC0 { utf16Count += 1 }
    }

    /// Reads a tag (or comment) starting at `start`; returns the index after it.
    private mutating func tag(_ html: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        if html.starts(with: "<!--", at: start) {
            return html.find("-->", from: start + 4).map { $0 + 3 } ?? html.count
        }
        let parsed = HTMLTag(html, from: start) { Self.headings.contains($0) || $0 == Self.link }
        guard parsed.name != 0 else {
            if skipping == nil { text(UInt8(ascii: "<")) }
            return start + 1
        }
        handle(parsed)
        return parsed.end
    }

    private mutating func handle(_ tag: HTMLTag) {
        if let skipped = skipping {
            if tag.name == skipped.name { skipping = tag.closing ? (skipped.depth == 1 ? nil : (tag.name, skipped.depth - 1)) : (tag.name, skipped.depth + 1) }
            return
        }
        if !tag.closing && Self.skips(tag) {
            if !tag.selfClosing { skipping = (tag.name, 1) }
            return
        }
        guard Self.blocks.contains(tag.name) else { return }
        pendingBreak = 2
        if !tag.closing, Self.headings.contains(tag.name), let id = tag.id { pendingSection = id }
    }

    private static let link = HTMLTag.code("a")
    private static let headings: Set<UInt64> = [HTMLTag.code("h1"), HTMLTag.code("h2"), HTMLTag.code("h3"), HTMLTag.code("h4"), HTMLTag.code("h5"), HTMLTag.code("h6")]
    private static let skipped: Set<UInt64> = [HTMLTag.code("svg"), HTMLTag.code("script"), HTMLTag.code("style"), HTMLTag.code("template")]

    /// Elements whose content is not text a reader searches for: icons, scripts, heading
    /// self-links, footnote back-links and code blocks' language labels.
    private static func skips(_ tag: HTMLTag) -> Bool {
        if skipped.contains(tag.name) || tag.classes == HTMLTag.label { return true }
        guard tag.name == link, let classes = tag.classes else { return false }
        return classes.split(separator: " ").contains { $0 == "anchor" || $0 == "footnote-backref" }
    }

    private static let blocks: Set<UInt64> = Set([
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ].map { (name: String) in var name = name; return name.withUTF8 { HTMLTag.packed($0) } })

    /// Decodes `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`, `&nbsp;` and numeric references;
    /// anything else is text.
    private mutating func entity(_ html: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let semicolon = html.firstIndex(of: UInt8(ascii: ";"), from: start + 1, within: 10) else {
            if skipping == nil { text(UInt8(ascii: "&")) }
            return start + 1
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: html[(start + 1)..<semicolon]), as: UTF8.self)
        guard let scalar = Self.decode(name) else {
            if skipping == nil { text(UInt8(ascii: "&")) }
            return start + 1
        }
        if skipping == nil {
            if scalar == "\u{A0}" { text(0x20) } else { for byte in String(scalar).utf8 { text(byte) } }
        }
        return semicolon + 1
    }

    private static func decode(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }
}
