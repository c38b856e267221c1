/// HTML for the nodes sitegen adds to CommonMark: GFM tables, task markers and footnotes (as
/// cmark-gfm writes them, with `style` instead of the obsolete `align`), GitHub alerts, math and
/// figures.
extension HTMLWriter {
    mutating func extensionBlock(_ node: MarkdownNode) {
        switch node.kind {
        case .table: table(node)
        case .callout(let kind, let title): callout(node, kind: kind, title: title)
        case .mathBlock(let math):
            newline()
            // The delimiters stay, so without a renderer the reader sees the math as written.
            write(raw: "<div class=\"math math-display\">$$\n")
            write(escaped: math)
            write(raw: "$$</div>\n")
        case .figure:
            if let image = node.children.first { figure(image) }
        case .footnotes: footnotes(node)
        default:
            break
        }
    }

    mutating func extensionInline(_ node: MarkdownNode) {
        switch node.kind {
        case .footnoteReference(let number, let footnoteID, let referenceID):
            write(raw: "<sup class=\"footnote-ref\"><a href=\"#\(URLEncoding.encodeFragment(footnoteID))\" id=\"")
            write(escaped: referenceID)
            write(raw: "\" data-footnote-ref>\(number)</a></sup>")
        case .mathInline(let math, let display):
            write(raw: display ? "<span class=\"math math-display\">$$" : "<span class=\"math math-inline\">$")
            write(escaped: math)
            write(raw: display ? "$$</span>" : "$</span>")
        case .taskMarker(let checked):
            write(raw: checked ? "<input type=\"checkbox\" checked disabled> " : "<input type=\"checkbox\" disabled> ")
        default:
            break
        }
    }

    private mutating func table(_ node: MarkdownNode) {
        newline()
        write(raw: "<table>\n<thead>\n")
        for (index, row) in node.children.enumerated() {
            if index == 1 { write(raw: "<tbody>\n") }
            write(raw: "<tr>\n")
            for cell in row.children {
                guard case .tableCell(let header, let alignment) = cell.kind else { continue }
                let tag = header ? "th" : "td"
                write(raw: "<\(tag)\(Self.style(alignment))>")
                inlines(cell.children)
                write(raw: "</\(tag)>\n")
            }
            write(raw: "</tr>\n")
            if index == 0 { write(raw: "</thead>\n") }
        }
        if node.children.count > 1 { write(raw: "</tbody>\n") }
        write(raw: "</table>\n")
    }

    private static func style(_ alignment: TableAlignment) -> String {
        switch alignment {
        case .none: return ""
        case .left: return " style=\"text-align: left\""
        case .center: return " style=\"text-align: center\""
        case .right: return " style=\"text-align: right\""
        }
    }

    /// `<div class="callout callout-note" role="note">` with an icon and a title that names
    /// the kind in words, so the meaning never rests on colour alone.
    private mutating func callout(_ node: MarkdownNode, kind: CalloutKind, title: String) {
        newline()
        write(raw: "<div class=\"callout callout-\(kind.rawValue)\" role=\"note\">\n<p class=\"callout-title\">\(CalloutIcons.svg(for: kind))")
        write(escaped: title.isEmpty ? options.labels.title(of: kind) : title)
        write(raw: "</p>\n")
        writeBlocks(node.children)
        newline()
        write(raw: "</div>\n")
    }

    /// The footnotes section; back-references go at the end of each footnote's last paragraph.
    private mutating func footnotes(_ node: MarkdownNode) {
        newline()
        write(raw: "<section class=\"footnotes\" data-footnotes>\n<ol>\n")
        for footnote in node.children {
            guard case .footnote(let id, let references) = footnote.kind else { continue }
            write(raw: "<li id=\"")
            write(escaped: id)
            write(raw: "\">\n")
            var body = footnote.children
            let backlinks = backReferences(references)
            if let last = body.last, last.kind == .paragraph {
                body.removeLast()
                writeBlocks(body)
                newline()
                write(raw: "<p>")
                inlines(last.children)
                write(raw: " \(backlinks)</p>\n")
            } else {
                writeBlocks(body)
                newline()
                write(raw: "\(backlinks)\n")
            }
            write(raw: "</li>\n")
        }
        write(raw: "</ol>\n</section>\n")
    }

    private func backReferences(_ ids: [String]) -> String {
        ids.enumerated().map { index, id in
            let label = HTML.escape(options.labels.backToReference)
            let number = index == 0 ? "" : "<sup class=\"footnote-ref\">\(index + 1)</sup>"
            return "<a href=\"#\(URLEncoding.encodeFragment(id))\" class=\"footnote-backref\" data-footnote-backref aria-label=\"\(label)\">↩\(number)</a>"
        }.joined(separator: " ")
    }
}

/// Small inline SVG icons for the alert kinds, drawn with strokes in `currentColor`: a circled
/// "i", a light bulb, a speech bubble with "!", a triangle with "!" and an octagon with "!".
enum CalloutIcons {
    static func svg(for kind: CalloutKind) -> String {
        "<svg class=\"callout-icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\" "
            + "fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\">"
            + "<path d=\"\(path(kind))\"/></svg>"
    }

    private static func path(_ kind: CalloutKind) -> String {
        switch kind {
        case .note: return "M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M8 7.25v4M8 4.75v.01"
        case .tip: return "M5.75 12.5h4.5M6.5 14.75h3M6 10.5c0-1.5-2.25-2.5-2.25-5a4.25 4.25 0 0 1 8.5 0c0 2.5-2.25 3.5-2.25 5z"
        case .important: return "M2.25 1.75h11.5v9h-6l-3 3v-3h-2.5zM8 4v3.5M8 9.25v.01"
        case .warning: return "M8 1.75l6.5 12h-13zM8 6v3.5M8 11.75v.01"
        case .caution: return "M5.25 1.25h5.5l4 4v5.5l-4 4h-5.5l-4-4v-5.5zM8 4.5v4M8 11v.01"
        }
    }
}
