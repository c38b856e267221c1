import Ccmark
import Foundation

/// GFM pipe tables, built on cmark's tree: cmark reads a table as a paragraph, so a
/// paragraph whose source lines have a header row and a delimiter row becomes a table.
/// Cells are parsed as inline Markdown; `\|` is a literal pipe, also inside code spans.
enum TableTransform {
    /// Cheap pre-filter: more than one line and a `|` in some text node.
    static func mayBeTable(_ paragraph: OpaquePointer) -> Bool {
        guard cmark_node_get_start_line(paragraph) < cmark_node_get_end_line(paragraph) else { return false }
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node),
               strchr(literal, Int32(UInt8(ascii: "|"))) != nil {
                return true
            }
            child = cmark_node_next(node)
        }
        return false
    }

    /// Replaces the paragraph with a table (and a shorter paragraph for lines before
    /// the header row) when its source lines form one; otherwise leaves it alone.
    static func apply(to paragraph: OpaquePointer, lines: SourceLines) {
        let rows = lines.paragraphLines(of: paragraph)
        guard let start = headerIndex(in: rows), let table = build(rows: rows[start...]) else { return }
        if start > 0, let lead = inlineParagraph(rows[..<start].joined(separator: "\n")) {
            cmark_node_insert_before(paragraph, lead)
        }
        CmarkNode.replace(paragraph, with: table)
    }

    enum Alignment: Equatable { case none, left, center, right }

    /// Index of the first row that is followed by a matching delimiter row.
    static func headerIndex(in rows: [String]) -> Int? {
        guard rows.count >= 2 else { return nil }
        for index in 0..<(rows.count - 1) where rows[index].contains("|") {
            if let alignments = delimiterRow(rows[index + 1]), cells(of: rows[index]).count == alignments.count {
                return index
            }
        }
        return nil
    }

    /// Splits a row on unescaped pipes; an outer leading and trailing pipe are optional.
    static func cells(of row: String) -> [String] {
        var line = Substring(row.trimmingCharacters(in: .whitespaces))
        if line.hasPrefix("|") { line = line.dropFirst() }
        if line.hasSuffix("|") && !line.hasSuffix("\\|") { line = line.dropLast() }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if character == "|" && !escaped {
                cells.append(current)
                current = ""
            } else if character == "|" {
                current.removeLast()
                current.append("|")
            } else {
                current.append(character)
            }
            escaped = character == "\\" && !escaped
        }
        cells.append(current)
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The alignments of a delimiter row (`| :-- | :-: | --: |`), or nil if it is not one.
    static func delimiterRow(_ row: String) -> [Alignment]? {
        guard row.contains("-"), row.allSatisfy({ "|:- \t".contains($0) }) else { return nil }
        let specs = cells(of: row)
        var alignments: [Alignment] = []
        for spec in specs {
            guard spec.contains("-"), !spec.dropFirst().dropLast().contains(":"),
                  spec.trimmingCharacters(in: CharacterSet(charactersIn: ":-")).isEmpty else { return nil }
            switch (spec.hasPrefix(":"), spec.hasSuffix(":")) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(.none)
            }
        }
        return alignments
    }

    private static func build(rows: ArraySlice<String>) -> OpaquePointer? {
        guard let header = rows.first, let alignments = delimiterRow(rows[rows.startIndex + 1]),
              let table = CmarkNode.customBlock(enter: "<table>", exit: "</table>"),
              let head = CmarkNode.customBlock(enter: "<thead>", exit: "</thead>") else { return nil }
        cmark_node_append_child(head, row(cells(of: header), alignments: alignments, cellTag: "th"))
        cmark_node_append_child(table, head)
        let bodyRows = rows.dropFirst(2)
        if !bodyRows.isEmpty, let body = CmarkNode.customBlock(enter: "<tbody>", exit: "</tbody>") {
            for line in bodyRows { cmark_node_append_child(body, row(cells(of: line), alignments: alignments, cellTag: "td")) }
            cmark_node_append_child(table, body)
        }
        return table
    }

    private static func row(_ texts: [String], alignments: [Alignment], cellTag: String) -> OpaquePointer? {
        guard let row = CmarkNode.customBlock(enter: "<tr>", exit: "</tr>") else { return nil }
        for (index, alignment) in alignments.enumerated() {
            let style: String
            switch alignment {
            case .none: style = ""
            case .left: style = " style=\"text-align: left\""
            case .center: style = " style=\"text-align: center\""
            case .right: style = " style=\"text-align: right\""
            }
            guard let wrapper = CmarkNode.customBlock(enter: "", exit: ""),
                  let cell = CmarkNode.customInline(enter: "<\(cellTag)\(style)>", exit: "</\(cellTag)>") else { continue }
            if index < texts.count { appendInlines(of: texts[index], to: cell) }
            cmark_node_append_child(wrapper, cell)
            cmark_node_append_child(row, wrapper)
        }
        return row
    }

    /// Parses `text` as one paragraph of inline Markdown and moves its inlines into `target`.
    private static func appendInlines(of text: String, to target: OpaquePointer) {
        guard !text.isEmpty else { return }
        if let paragraph = inlineParagraph(text) {
            CmarkNode.moveChildren(from: paragraph, to: target)
            cmark_node_free(paragraph)
        }
    }

    /// A detached paragraph node holding `text` parsed as inline Markdown. Text that would
    /// parse as another block (`- x`, `# x`) is kept as plain text.
    private static func inlineParagraph(_ text: String) -> OpaquePointer? {
        guard let document = text.withCString({ cmark_parse_document($0, strlen($0), CMARK_OPT_DEFAULT) }) else { return nil }
        defer { cmark_node_free(document) }
        if let first = cmark_node_first_child(document), cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH,
           cmark_node_next(first) == nil {
            cmark_node_unlink(first)
            return first
        }
        guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH), let literal = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(literal, text)
        cmark_node_append_child(paragraph, literal)
        return paragraph
    }
}
