import Ccmark
import Foundation

/// The raw lines of a Markdown body, for transforms that need what cmark's tree
/// no longer has (the pipes and escapes of a table row).
struct SourceLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The source lines of a paragraph without their container prefixes: block quote
    /// markers of enclosing quotes and list indentation are removed, rows are trimmed.
    func paragraphLines(of paragraph: OpaquePointer) -> [String] {
        let first = Int(cmark_node_get_start_line(paragraph))
        let last = Int(cmark_node_get_end_line(paragraph))
        guard first >= 1, last <= lines.count, first <= last else { return [] }
        let quotes = enclosingQuoteCount(paragraph)
        return (first...last).map { number in
            var line = lines[number - 1]
            if line.hasSuffix("\r") { line = line.dropLast() }
            if number == first {
                let column = max(0, Int(cmark_node_get_start_column(paragraph)) - 1)
                line = line.utf8.count >= column ? Substring(line.utf8.dropFirst(column)) ?? line : line
            } else {
                line = Self.dropQuoteMarkers(quotes, from: line)
            }
            return line.trimmingCharacters(in: .whitespaces)
        }
    }

    private func enclosingQuoteCount(_ node: OpaquePointer) -> Int {
        var count = 0
        var parent = cmark_node_parent(node)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_BLOCK_QUOTE { count += 1 }
            parent = cmark_node_parent(current)
        }
        return count
    }

    private static func dropQuoteMarkers(_ count: Int, from line: Substring) -> Substring {
        var rest = line
        for _ in 0..<count {
            let trimmed = rest.drop(while: { $0 == " " || $0 == "\t" })
            guard trimmed.hasPrefix(">") else { break }
            rest = trimmed.dropFirst()
            if rest.hasPrefix(" ") { rest = rest.dropFirst() }
        }
        return rest
    }
}
