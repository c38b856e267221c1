import Ccmark
import Foundation

/// Small helpers over cmark's C node API.
enum CmarkNode {
    /// The node's literal as a Swift string ("" when it has none).
    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// Concatenated text of a node's inline descendants; breaks become spaces.
    static func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(child)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    /// A custom inline node that renders `enter` before its children and `exit` after.
    static func customInline(enter: String, exit: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// A custom block node that renders `enter` before its children and `exit` after.
    static func customBlock(enter: String, exit: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// Moves every child of `source` to the end of `target`.
    static func moveChildren(from source: OpaquePointer, to target: OpaquePointer) {
        while let child = cmark_node_first_child(source) {
            cmark_node_append_child(target, child)
        }
    }

    /// Puts `replacement` where `node` is and frees `node` (and what is still inside it).
    static func replace(_ node: OpaquePointer, with replacement: OpaquePointer) {
        cmark_node_replace(node, replacement)
        cmark_node_free(node)
    }
}

/// Counts Hangul syllables and other words for reading time, straight on cmark's UTF-8
/// bytes (this runs over every text node of every page, so it avoids Unicode property lookups).
enum WordCounter {
    static func count(_ text: UnsafePointer<CChar>, into count: inout WordCount) {
        var pointer = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        var inWord = false
        while pointer.pointee != 0 {
            let byte = pointer.pointee
            if byte < 0x80 {
                let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
                if isWordByte && !inWord { count.otherWords += 1 }
                inWord = isWordByte
                pointer += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            if length == 3, pointer[1] != 0, pointer[2] != 0, isHangulSyllable(pointer) {
                count.hangulSyllables += 1
                inWord = false
            } else if !inWord {
                count.otherWords += 1
                inWord = true
            }
            var step = 1
            while step < length, pointer[step] != 0 { step += 1 }
            pointer += step
        }
    }

    /// U+AC00 (EA B0 80) through U+D7A3 (ED 9E A3).
    private static func isHangulSyllable(_ bytes: UnsafePointer<UInt8>) -> Bool {
        let scalar = (UInt32(bytes[0] & 0x0F) << 12) | (UInt32(bytes[1] & 0x3F) << 6) | UInt32(bytes[2] & 0x3F)
        return scalar >= 0xAC00 && scalar <= 0xD7A3
    }
}
