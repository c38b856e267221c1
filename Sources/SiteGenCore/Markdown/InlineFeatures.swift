/// What the text of one inline container may hold, found in one pass over its bytes, so each
/// inline transform runs only where its syntax can occur (most paragraphs have none).
struct InlineFeatures {
    /// `www.`, `://` or `@`: an autolink may start here.
    var mayHoldLink = false
    /// `[^`: a footnote reference may be here.
    var mayHoldFootnote = false
    /// A `*` or `_` next to a non-ASCII byte or at a text's edge: CJK-friendly flanking may
    /// differ from what cmark used.
    var mayHoldCJKEmphasis = false
    /// `~`: strikethrough may be here.
    var mayHoldTilde = false

    init(_ nodes: [MarkdownNode]) {
        for node in nodes {
            guard case .text(var text) = node.kind else { continue }
            text.withUTF8 { scan($0) }
        }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        for index in 0..<count {
            switch bytes[index] {
            case 0x40: mayHoldLink = true
            case 0x2E where index >= 3 && bytes[index - 1] == 0x77 && bytes[index - 2] == 0x77 && bytes[index - 3] == 0x77:
                mayHoldLink = true
            case 0x3A where index + 2 < count && bytes[index + 1] == 0x2F && bytes[index + 2] == 0x2F:
                mayHoldLink = true
            case 0x5E where index > 0 && bytes[index - 1] == 0x5B:
                mayHoldFootnote = true
            case 0x7E:
                mayHoldTilde = true
            case 0x2A, 0x5F:
                if index == 0 || index == count - 1 || bytes[index - 1] >= 0x80 || bytes[index + 1] >= 0x80 { mayHoldCJKEmphasis = true }
            default:
                continue
            }
        }
    }
}
