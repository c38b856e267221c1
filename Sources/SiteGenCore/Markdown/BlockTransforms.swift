import Foundation

/// Block-level rewrites on the Swift tree: GitHub alerts, GFM task list items, figures and
/// display math standing alone in a paragraph.
enum BlockTransforms {
    /// `> [!NOTE]` on a block quote's first line (any case) makes it a callout; text after the
    /// marker on that line, as Obsidian writes it, is the callout's title.
    static func callout(from quote: MarkdownNode) -> MarkdownNode? {
        guard var first = quote.children.first, first.kind == .paragraph,
              case .text(let text) = first.children.first?.kind,
              let (kind, rest) = alertMarker(text) else { return nil }
        guard first.children.count == 1 || [.softBreak, .lineBreak].contains(first.children[1].kind) else { return nil }
        var callout = quote
        callout.kind = .callout(kind, title: rest.trimmingCharacters(in: .whitespaces))
        first.children.removeFirst()
        if let next = first.children.first, next.kind == .softBreak || next.kind == .lineBreak { first.children.removeFirst() }
        if first.children.isEmpty { callout.children.removeFirst() } else { callout.children[0] = first }
        return callout
    }

    /// The kind and the rest of the line after `[!KIND]`.
    private static func alertMarker(_ text: String) -> (CalloutKind, String)? {
        guard text.hasPrefix("[!"), let close = text.firstIndex(of: "]") else { return nil }
        let name = text[text.index(text.startIndex, offsetBy: 2)..<close].lowercased()
        guard let kind = CalloutKind(rawValue: name) else { return nil }
        let rest = text[text.index(after: close)...].drop(while: { $0 == " " || $0 == "\t" })
        return (kind, String(rest))
    }

    /// `[ ]`, `[x]` or `[X]` followed by white space (or alone) at the start of a list item's
    /// first paragraph becomes a checkbox; returns whether it was checked, nil when no task.
    static func taskMarker(in item: inout MarkdownNode) -> Bool? {
        guard var paragraph = item.children.first, paragraph.kind == .paragraph,
              case .text(let text) = paragraph.children.first?.kind else { return nil }
        let bytes = Array(text.utf8.prefix(4))
        guard bytes.count >= 3, bytes[0] == 0x5B, bytes[2] == 0x5D, bytes[1] == 0x20 || bytes[1] | 0x20 == 0x78 else { return nil }
        let alone = bytes.count == 3 && paragraph.children.count == 1
        let spaced = bytes.count == 4 && (bytes[3] == 0x20 || bytes[3] == 0x09)
        guard alone || spaced else { return nil }
        let checked = bytes[1] != 0x20
        let rest = String(decoding: text.utf8.dropFirst(bytes.count), as: UTF8.self)
        let line = paragraph.children[0].line
        if rest.isEmpty { paragraph.children.removeFirst() } else { paragraph.children[0].kind = .text(rest) }
        paragraph.children.insert(MarkdownNode(.taskMarker(checked: checked), line: line), at: 0)
        item.children[0] = paragraph
        return checked
    }

    /// A paragraph that is only an image with a title becomes a figure; one that is only
    /// display math becomes a math block.
    static func promote(_ paragraph: inout MarkdownNode) {
        guard paragraph.children.count == 1, let only = paragraph.children.first else { return }
        switch only.kind {
        case .image(_, let title) where !title.isEmpty:
            paragraph.kind = .figure
        case .mathInline(let math, display: true):
            paragraph = MarkdownNode(.mathBlock(math), line: paragraph.line, column: paragraph.column, endLine: paragraph.endLine)
        default:
            break
        }
    }
}
