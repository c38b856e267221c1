import Foundation

/// The raw lines of a Markdown body as cmark parsed it, for transforms that need what cmark's
/// tree no longer has (the pipes and escapes of a table row).
struct SourceLines {
    private let lines: [Substring]

    /// Splits on newline bytes (a newline is always a character of its own, so no grapheme
    /// breaking is needed; splitting by `Character` cost more than the rest of a page).
    init(_ text: Substring) {
        lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// The source lines of a paragraph without their container prefixes: the first line from
    /// the paragraph's column, block quote markers of `quotes` enclosing quotes dropped from the
    /// others, and every row trimmed.
    func paragraphLines(of paragraph: MarkdownNode, quotes: Int) -> [String] {
        let first = Int(paragraph.line), last = Int(paragraph.endLine)
        guard first >= 1, last <= lines.count, first <= last else { return [] }
        return (first...last).map { number in
            var line = lines[number - 1]
            if line.hasSuffix("\r") { line = line.dropLast() }
            if number == first {
                let column = max(0, Int(paragraph.column) - 1)
                line = line.utf8.count >= column ? Substring(line.utf8.dropFirst(column)) ?? line : line
            } else {
                line = Self.dropQuoteMarkers(quotes, from: line)
            }
            return line.trimmingCharacters(in: .whitespaces)
        }
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
