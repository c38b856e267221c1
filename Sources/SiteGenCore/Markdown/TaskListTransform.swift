import Ccmark

/// GFM task list items: `- [ ] todo` and `- [x] done` become disabled checkboxes.
enum TaskListTransform {
    /// Rewrites task items in place and counts them.
    static func apply(to items: [OpaquePointer]) -> TaskCount {
        var count = TaskCount()
        for item in items {
            guard let paragraph = cmark_node_first_child(item),
                  cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                  let checked = stripMarker(from: paragraph) else { continue }
            count.total += 1
            if checked { count.done += 1 }
            let box = checked ? "<input type=\"checkbox\" checked disabled> " : "<input type=\"checkbox\" disabled> "
            if let input = CmarkNode.customInline(enter: box, exit: ""), let first = cmark_node_first_child(paragraph) {
                cmark_node_insert_before(first, input)
            }
        }
        return count
    }

    /// When the paragraph starts with `[ ]`, `[x]` or `[X]` and white space, removes that
    /// marker from its leading text nodes and tells whether it was checked.
    private static func stripMarker(from paragraph: OpaquePointer) -> Bool? {
        // Most list items are not tasks: look at the first byte before building any string.
        guard let first = cmark_node_first_child(paragraph), cmark_node_get_type(first) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(first), literal.pointee == CChar(UInt8(ascii: "[")) else { return nil }
        var textNodes: [OpaquePointer] = []
        var prefix = ""
        var child = cmark_node_first_child(paragraph)
        while let node = child, cmark_node_get_type(node) == CMARK_NODE_TEXT, prefix.unicodeScalars.count < 4 {
            textNodes.append(node)
            prefix += CmarkNode.literal(node)
            child = cmark_node_next(node)
        }
        let scalars = Array(prefix.unicodeScalars.prefix(4))
        guard scalars.count >= 3, scalars[0] == "[", scalars[2] == "]",
              scalars[1] == " " || scalars[1] == "x" || scalars[1] == "X" else { return nil }
        let followedBySpace = scalars.count == 4 && (scalars[3] == " " || scalars[3] == "\t")
        let endsParagraph = scalars.count == 3 && child == nil
        guard followedBySpace || endsParagraph else { return nil }
        removeLeading(scalars.count, from: textNodes)
        return scalars[1] != " "
    }

    private static func removeLeading(_ count: Int, from nodes: [OpaquePointer]) {
        var remaining = count
        for node in nodes where remaining > 0 {
            let scalars = CmarkNode.literal(node).unicodeScalars
            let dropped = min(remaining, scalars.count)
            var rest = ""
            rest.unicodeScalars.append(contentsOf: scalars.dropFirst(dropped))
            cmark_node_set_literal(node, rest)
            remaining -= dropped
        }
    }
}
