import Ccmark
import Foundation

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
    /// marker from its leading text nodes and tells whether it was checked. cmark may split
    /// the marker over several text nodes (`[`, `x`, `] rest`); the marker is ASCII, so it
    /// is read and removed as bytes.
    private static func stripMarker(from paragraph: OpaquePointer) -> Bool? {
        // Most list items are not tasks: look at the first byte before anything else.
        guard let first = cmark_node_first_child(paragraph), cmark_node_get_type(first) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(first), literal.pointee == CChar(UInt8(ascii: "[")) else { return nil }
        var marker: [UInt8] = []
        var textNodes: [OpaquePointer] = []
        var child: OpaquePointer? = first
        while let node = child, cmark_node_get_type(node) == CMARK_NODE_TEXT, marker.count < 4 {
            textNodes.append(node)
            if var byte = cmark_node_get_literal(node) {
                while byte.pointee != 0, marker.count < 4 {
                    marker.append(UInt8(bitPattern: byte.pointee))
                    byte += 1
                }
            }
            child = cmark_node_next(node)
        }
        guard marker.count >= 3, marker[0] == UInt8(ascii: "["), marker[2] == UInt8(ascii: "]"),
              marker[1] == UInt8(ascii: " ") || marker[1] == UInt8(ascii: "x") || marker[1] == UInt8(ascii: "X") else { return nil }
        let followedBySpace = marker.count == 4 && (marker[3] == UInt8(ascii: " ") || marker[3] == UInt8(ascii: "\t"))
        let endsParagraph = marker.count == 3 && child == nil
        guard followedBySpace || endsParagraph else { return nil }
        removeLeading(marker.count, from: textNodes)
        return marker[1] != UInt8(ascii: " ")
    }

    /// Drops `count` leading bytes (all ASCII) across the nodes' literals.
    private static func removeLeading(_ count: Int, from nodes: [OpaquePointer]) {
        var remaining = count
        for node in nodes where remaining > 0 {
            guard let literal = cmark_node_get_literal(node) else { continue }
            let length = strlen(literal)
            let dropped = min(remaining, length)
            // cmark copies the new literal before freeing the old one.
            cmark_node_set_literal(node, literal + dropped)
            remaining -= dropped
        }
    }
}
