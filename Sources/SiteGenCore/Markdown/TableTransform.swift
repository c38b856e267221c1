import Foundation

/// GFM pipe tables on the Swift tree: cmark reads a table as a paragraph, so a paragraph whose
/// source lines hold a header row and a delimiter row becomes a table (lines before the header
/// row stay a paragraph). Cells are parsed as inline Markdown; `\\|` is a literal pipe, also
/// inside code spans. Cell inlines then go through every inline transform like any paragraph's.
enum TableTransform {
    /// Cheap pre-filter: more than one line and a `|` in some text.
    static func mayBeTable(_ paragraph: MarkdownNode) -> Bool {
        guard paragraph.line < paragraph.endLine else { return false }
        return paragraph.children.contains { $0.textContains([0x7C]) }
    }

    /// The nodes that replace the paragraph (a lead paragraph and a table), or nil when its
    /// lines are not a table. `parseInlines` parses one cell's text.
    static func apply(to paragraph: MarkdownNode, lines: SourceLines, quotes: Int,
                      parseInlines: (String) -> [MarkdownNode]) -> [MarkdownNode]? {
        let rows = lines.paragraphLines(of: paragraph, quotes: quotes)
        guard let start = headerIndex(in: rows), let alignments = delimiterRow(rows[start + 1]) else { return nil }
        var result: [MarkdownNode] = []
        if start > 0 {
            result.append(MarkdownNode(.paragraph, children: parseInlines(rows[..<start].joined(separator: "\n")),
                                       line: paragraph.line, column: paragraph.column, endLine: paragraph.line + Int32(start) - 1))
        }
        let line = paragraph.line + Int32(start)
        var table = MarkdownNode(.table(alignments), line: line, endLine: paragraph.endLine)
        for (offset, row) in rows[start...].enumerated() where offset != 1 {
            let header = offset == 0
            let texts = cells(of: row)
            let rowLine = line + Int32(offset)
            let cells = alignments.enumerated().map { index, alignment in
                MarkdownNode(.tableCell(header: header, alignment: alignment),
                             children: index < texts.count && !texts[index].isEmpty ? parseInlines(texts[index]).map { $0.atLine(rowLine) } : [],
                             line: rowLine)
            }
            table.children.append(MarkdownNode(.tableRow(header: header), children: cells, line: rowLine))
        }
        result.append(table)
        return result
    }

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
    static func delimiterRow(_ row: String) -> [TableAlignment]? {
        guard row.contains("-"), row.allSatisfy({ "|:- \t".contains($0) }) else { return nil }
        let specs = cells(of: row)
        var alignments: [TableAlignment] = []
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

}

extension MarkdownNode {
    /// The node with its inline lines moved by `line - 1` (a cell parsed on its own starts at 1).
    func atLine(_ line: Int32) -> MarkdownNode {
        var node = self
        node.line = self.line + line - 1
        node.children = children.map { $0.atLine(line) }
        return node
    }
}
