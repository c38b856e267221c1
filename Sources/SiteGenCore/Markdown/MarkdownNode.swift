/// One node of a parsed Markdown body, owned by Swift.
///
/// `CmarkParser` converts cmark's C tree into these values right after parsing and frees the C
/// tree before returning, so no transform ever holds a pointer another step could free. Every
/// transform works on these values; `HTMLWriter` renders them.
struct MarkdownNode: Sendable, Equatable {
    var kind: Kind
    var children: [MarkdownNode] = []
    /// 1-based source line where the node starts (0 when unknown). Exact for blocks; for
    /// inlines it is the line of their block plus the line breaks before them.
    var line: Int32 = 0
    /// 1-based byte column where a block starts (0 when unknown).
    var column: Int32 = 0
    /// 1-based source line where a block ends.
    var endLine: Int32 = 0

    init(_ kind: Kind, children: [MarkdownNode] = [], line: Int32 = 0, column: Int32 = 0, endLine: Int32 = 0) {
        self.kind = kind
        self.children = children
        self.line = line
        self.column = column
        self.endLine = endLine
    }

    /// What a node is. Blocks first, then inlines.
    enum Kind: Sendable, Equatable {
        case document
        case blockQuote
        case list(ListStyle)
        case item
        /// Fenced or indented code: the info string and the literal text.
        case codeBlock(info: String, literal: String)
        /// Raw HTML written as a block.
        case htmlBlock(String)
        case paragraph
        /// A heading; its id is set by `HeadingTransform`.
        case heading(level: Int, id: String)
        case thematicBreak
        /// A GFM table: its children are rows, the first one the header row.
        case table([TableAlignment])
        /// A table row; `header` for the first.
        case tableRow(header: Bool)
        /// A table cell holding inlines.
        case tableCell(header: Bool, alignment: TableAlignment)
        /// A GitHub alert (`> [!NOTE]`) holding blocks; `title` replaces the kind's default
        /// title when the marker line has one (`> [!TIP] 정리`, as Obsidian writes it).
        case callout(CalloutKind, title: String)
        /// `$$…$$` or a ```` ```math ```` block, kept byte for byte.
        case mathBlock(String)
        /// A paragraph that held only an image with a title (its only child): the title is the caption.
        case figure
        /// The footnotes section at the end of a body; children are `footnote` nodes.
        case footnotes
        /// One footnote definition (blocks), with the ids of the references that point to it.
        case footnote(id: String, referenceIDs: [String])

        case text(String)
        /// Text that came from a backslash escape: shown as text, never read as syntax.
        case escaped(String)
        case softBreak
        case lineBreak
        case code(String)
        /// Raw HTML written inline.
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(destination: String, title: String)
        /// `[^label]`: its number and the ids it links and is linked from.
        case footnoteReference(number: Int, footnoteID: String, referenceID: String)
        /// `$…$` (or `$$…$$` inside a line: `display`), kept byte for byte.
        case mathInline(String, display: Bool)
        /// The checkbox of a GFM task list item.
        case taskMarker(checked: Bool)
    }

    /// True for kinds whose children are inlines.
    var holdsInlines: Bool {
        switch kind {
        case .paragraph, .heading, .tableCell, .emphasis, .strong, .strikethrough, .link, .image: return true
        default: return false
        }
    }
}

/// How a list is numbered and spaced.
struct ListStyle: Sendable, Equatable {
    var ordered: Bool
    var start: Int
    /// Tight lists render their paragraphs without `<p>`.
    var tight: Bool
}

/// Alignment of a table column, from its delimiter row (`:--`, `:-:`, `--:`).
enum TableAlignment: Sendable, Equatable {
    case none, left, center, right
}

/// The five GitHub alert kinds.
public enum CalloutKind: String, Sendable, CaseIterable {
    case note, tip, important, warning, caution
}

extension MarkdownNode {
    /// The text of the node's inline descendants without raw HTML; breaks become spaces.
    var plainText: String {
        var text = ""
        appendPlainText(to: &text)
        return text
    }

    func appendPlainText(to text: inout String) {
        switch kind {
        case .text(let value), .escaped(let value), .code(let value): text += value
        case .mathInline(let value, _): text += value
        case .softBreak, .lineBreak: text += " "
        default: for child in children { child.appendPlainText(to: &text) }
        }
    }
}
