import Ccmark
import Foundation

/// The one place that calls libcmark. It parses CommonMark, converts the whole C tree into
/// `MarkdownNode` values and frees the C tree before it returns: no cmark pointer leaves this
/// file, so no later step can use a node another step freed.
enum CmarkParser {
    /// Deeper nesting than this (a thousand `>` or `*` in a row) is kept as plain text, so every
    /// recursive walk over the Swift tree stays shallow.
    static let maximumDepth = 160

    /// Parses `text` into a document node; counts words of its text and code on the way.
    /// `markers` says which of sitegen's marker characters the text may hold (`MarkdownMarkers`).
    static func parse<Text: StringProtocol>(_ text: Text, markers: MarkdownMarkers, counting words: inout WordCount) -> MarkdownNode {
        // cmark takes a length, so a slice of a file's text is parsed in place, without a copy.
        let document = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                characters.baseAddress.map { cmark_parse_document($0, characters.count, CMARK_OPT_DEFAULT) } ?? nil
            }
        } ?? String(text).withCString { cmark_parse_document($0, strlen($0), CMARK_OPT_DEFAULT) }
        guard let document else { return MarkdownNode(.document) }
        defer { cmark_node_free(document) }
        var converter = Converter(markers: markers, words: words)
        let node = converter.block(document, depth: 0)
        words = converter.words
        return node
    }

    /// cmark's own HTML for `text` (CommonMark only, no sitegen transforms): the reference the
    /// Swift HTML writer is tested against.
    static func referenceHTML(_ text: String, unsafe: Bool = false) -> String {
        let options = CMARK_OPT_DEFAULT | (unsafe ? CMARK_OPT_UNSAFE : 0)
        return text.withCString { pointer in
            guard let html = cmark_markdown_to_html(pointer, strlen(pointer), options) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    /// Walks one C tree; holds no pointer beyond a call.
    private struct Converter {
        let markers: MarkdownMarkers
        var words: WordCount
        /// The source line of the next inline, advanced at each line break.
        var line: Int32 = 0

        mutating func block(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
            let type = cmark_node_get_type(node)
            var result = MarkdownNode(.document, line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node),
                                      endLine: cmark_node_get_end_line(node))
            switch type {
            case CMARK_NODE_DOCUMENT: result.kind = .document
            case CMARK_NODE_BLOCK_QUOTE: result.kind = .blockQuote
            case CMARK_NODE_LIST:
                result.kind = .list(ListStyle(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                                              start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0))
            case CMARK_NODE_ITEM: result.kind = .item
            case CMARK_NODE_CODE_BLOCK:
                let literal = cString(cmark_node_get_literal(node))
                if let pointer = cmark_node_get_literal(node) { WordCounter.count(pointer, into: &words) }
                return codeBlock(info: markers.stripped(cString(cmark_node_get_fence_info(node))), literal: markers.stripped(literal), at: result)
            case CMARK_NODE_HTML_BLOCK: result.kind = .htmlBlock(markers.stripped(cString(cmark_node_get_literal(node))))
            case CMARK_NODE_THEMATIC_BREAK: result.kind = .thematicBreak
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                result.kind = type == CMARK_NODE_HEADING ? .heading(level: Int(cmark_node_get_heading_level(node)), id: "") : .paragraph
                line = result.line
                result.children = inlines(of: node, depth: depth + 1)
                return result
            default: return MarkdownNode(.text(""))
            }
            result.children = depth < CmarkParser.maximumDepth ? children(of: node) { $0.block($1, depth: depth + 1) }
                                                             : [flattened(node, line: result.line)]
            return result
        }

        private func codeBlock(info: String, literal: String, at position: MarkdownNode) -> MarkdownNode {
            var node = position
            let language = info.prefix(while: { $0 != " " && $0 != "\t" })
            node.kind = language == "math" ? .mathBlock(literal) : .codeBlock(info: info, literal: literal)
            return node
        }

        private mutating func inlines(of node: OpaquePointer, depth: Int) -> [MarkdownNode] {
            guard depth < CmarkParser.maximumDepth else { return [flattened(node, line: line)] }
            var result: [MarkdownNode] = []
            var child = cmark_node_first_child(node)
            while let current = child {
                inline(current, depth: depth, into: &result)
                child = cmark_node_next(current)
            }
            return result
        }

        private mutating func inline(_ node: OpaquePointer, depth: Int, into result: inout [MarkdownNode]) {
            let start = line
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                if let pointer = cmark_node_get_literal(node) { WordCounter.count(pointer, into: &words) }
                markers.appendText(cString(cmark_node_get_literal(node)), line: start, to: &result)
            case CMARK_NODE_SOFTBREAK:
                result.append(MarkdownNode(.softBreak, line: start))
                line += 1
            case CMARK_NODE_LINEBREAK:
                result.append(MarkdownNode(.lineBreak, line: start))
                line += 1
            case CMARK_NODE_CODE:
                if let pointer = cmark_node_get_literal(node) { WordCounter.count(pointer, into: &words) }
                result.append(MarkdownNode(markers.code(cString(cmark_node_get_literal(node))), line: start))
            case CMARK_NODE_HTML_INLINE:
                result.append(MarkdownNode(.htmlInline(markers.stripped(cString(cmark_node_get_literal(node)))), line: start))
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
                let kind: MarkdownNode.Kind = cmark_node_get_type(node) == CMARK_NODE_EMPH ? .emphasis : .strong
                result.append(MarkdownNode(kind, children: inlines(of: node, depth: depth + 1), line: start))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let destination = markers.stripped(cString(cmark_node_get_url(node)))
                let title = markers.stripped(cString(cmark_node_get_title(node)))
                let kind: MarkdownNode.Kind = cmark_node_get_type(node) == CMARK_NODE_LINK
                    ? .link(destination: destination, title: title) : .image(destination: destination, title: title)
                let column = cmark_node_get_start_column(node)
                result.append(MarkdownNode(kind, children: inlines(of: node, depth: depth + 1), line: start, column: column))
            default:
                break
            }
        }

        private mutating func children(of node: OpaquePointer, _ convert: (inout Converter, OpaquePointer) -> MarkdownNode) -> [MarkdownNode] {
            var result: [MarkdownNode] = []
            var child = cmark_node_first_child(node)
            while let current = child {
                result.append(convert(&self, current))
                child = cmark_node_next(current)
            }
            return result
        }

        /// The text of everything below `node`, for nesting too deep to keep as structure.
        private func flattened(_ node: OpaquePointer, line: Int32) -> MarkdownNode {
            var text = ""
            guard let iterator = cmark_iter_new(node) else { return MarkdownNode(.text("")) }
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
                switch cmark_node_get_type(current) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: text += markers.stripped(cString(cmark_node_get_literal(current)))
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH: text += " "
                default: break
                }
            }
            return MarkdownNode(.text(text), line: line)
        }

        private func cString(_ pointer: UnsafePointer<CChar>?) -> String {
            pointer.map { String(cString: $0) } ?? ""
        }
    }
}
