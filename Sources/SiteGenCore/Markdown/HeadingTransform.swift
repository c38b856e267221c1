import Ccmark
import Foundation

/// Gives every heading a unique, Unicode-preserving id and a self-link:
/// `## 설치 전 할 일` → `<h2 id="설치-전-할-일">설치 전 할 일<a class="anchor" href="#…">#</a></h2>`.
enum HeadingTransform {
    /// Rewrites the headings in place; returns the level 2–3 headings (for the table of
    /// contents) and every id the page now defines.
    static func apply(to headings: [OpaquePointer], reserved: Set<String>) -> ([Heading], [String]) {
        guard !headings.isEmpty else { return ([], []) }
        var ids = reserved == MarkdownRenderer.reservedIDs ? Self.seeded : UniqueIDs(reserved: reserved)
        var toc: [Heading] = []
        var all: [String] = []
        for node in headings {
            let level = Int(cmark_node_get_heading_level(node))
            let text = trimmingSpaces(CmarkNode.plainText(of: node))
            let id = ids.claim(Slug.make(text))
            all.append(id)
            if level == 2 || level == 3 { toc.append(Heading(level: level, id: id, text: text)) }
            replace(node, level: level, id: id)
        }
        return (toc, all)
    }

    /// The theme's reserved ids, claimed once.
    private static let seeded = UniqueIDs(reserved: MarkdownRenderer.reservedIDs)

    /// `trimmingCharacters(in: .whitespaces)` (tabs and Unicode space separators) without
    /// Foundation's bridging, which cost more than the rest of the heading.
    static func trimmingSpaces(_ text: String) -> String {
        // Most headings start and end with an ASCII character other than a space or tab.
        if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80,
           first != 0x20, first != 0x09, last != 0x20, last != 0x09 { return text }
        let isSpace = { (scalar: Unicode.Scalar) in
            scalar == " " || scalar == "\t" || (!scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator)
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    private static func replace(_ node: OpaquePointer, level: Int, id: String) {
        let href = URLEncoding.encodeFragment(id)
        let anchor = "<a class=\"anchor\" href=\"#\(href)\" aria-hidden=\"true\" tabindex=\"-1\">#</a>"
        guard let block = CmarkNode.customBlock(enter: "", exit: ""),
              let inline = CmarkNode.customInline(enter: "<h\(level) id=\"\(HTML.escape(id))\">", exit: "\(anchor)</h\(level)>")
        else { return }
        CmarkNode.moveChildren(from: node, to: inline)
        cmark_node_append_child(block, inline)
        CmarkNode.replace(node, with: block)
    }
}

extension UniqueIDs {
    /// Starts with `reserved` already taken.
    init(reserved: Set<String>) {
        self.init()
        for id in reserved.sorted() { _ = claim(id) }
    }
}
