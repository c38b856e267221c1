import Foundation

/// A footnote definition cut out of a body: its label, its own Markdown and where it started.
struct FootnoteDefinition: Sendable, Equatable {
    /// As written between `[^` and `]`.
    var label: String
    /// The definition's Markdown: the first line's text and the continuation lines, unindented.
    var body: String
    /// 1-based line of `[^label]:` in the body.
    var line: Int
}

/// Finds GFM footnote definitions, `[^label]: text`, at the start of a line outside code, with
/// their continuation lines (indented by four spaces, or lazy paragraph lines), and blanks those
/// lines in the body so cmark never reads them (and line numbers stay as they were).
enum FootnoteExtractor {
    static func extract(from lines: inout [[UInt8]], protected: IndexSet) -> [FootnoteDefinition] {
        var definitions: [FootnoteDefinition] = []
        var index = 0
        var afterDefinition = false
        while index < lines.count {
            let startsHere = !protected.contains(index + 1) && (index == 0 || afterDefinition || isBlank(lines[index - 1]))
            guard startsHere, let (label, textStart) = definitionStart(lines[index]) else {
                afterDefinition = false
                index += 1
                continue
            }
            let (body, end) = collect(lines, from: index, textStart: textStart)
            definitions.append(FootnoteDefinition(label: label, body: body, line: index + 1))
            for blanked in index..<end { lines[blanked] = [] }
            index = end
            afterDefinition = true
        }
        return definitions
    }

    /// The label and where the text after `]:` starts, when the line opens a definition.
    static func definitionStart(_ line: [UInt8]) -> (String, Int)? {
        var index = 0
        while index < line.count, index < 3, line[index] == 0x20 { index += 1 }
        guard index + 4 < line.count, line[index] == 0x5B, line[index + 1] == 0x5E else { return nil }
        let labelStart = index + 2
        var end = labelStart
        while end < line.count, line[end] != 0x5D {
            let byte = line[end]
            if byte == 0x20 || byte == 0x09 || byte == 0x5B || byte == 0x5C { return nil }
            end += 1
        }
        guard end > labelStart, end + 1 < line.count, line[end + 1] == 0x3A else { return nil }
        return (String(decoding: line[labelStart..<end], as: UTF8.self), end + 2)
    }

    /// The definition's Markdown and the index of the first line after it.
    private static func collect(_ lines: [[UInt8]], from start: Int, textStart: Int) -> (String, Int) {
        var body: [ArraySlice<UInt8>] = [lines[start][textStart...].drop(while: { $0 == 0x20 || $0 == 0x09 })]
        var index = start + 1
        var blanks = 0
        while index < lines.count {
            let line = lines[index]
            if isBlank(line) {
                blanks += 1
            } else if indentation(of: line) >= 4 {
                body += Array(repeating: [], count: blanks) + [unindented(line)]
                blanks = 0
            } else if blanks == 0, !(body.last?.isEmpty ?? true), !startsBlock(line), definitionStart(line) == nil {
                body.append(line[...])  // a lazy continuation of the paragraph
            } else {
                break
            }
            index += 1
        }
        let text = body.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        return (text, index - blanks)
    }

    static func isBlank(_ line: [UInt8]) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// Columns of leading white space (a tab counts to the next multiple of four).
    private static func indentation(of line: [UInt8]) -> Int {
        var columns = 0
        for byte in line {
            if byte == 0x20 { columns += 1 } else if byte == 0x09 { columns += 4 - columns % 4 } else { break }
        }
        return columns
    }

    private static func unindented(_ line: [UInt8]) -> ArraySlice<UInt8> {
        if line.first == 0x09 { return line.dropFirst() }
        return line.dropFirst(min(4, line.prefix(while: { $0 == 0x20 }).count))
    }

    /// Lines that start a block able to interrupt a paragraph, which a lazy continuation line
    /// may not: an ATX heading, a fence, a block quote, raw HTML, a thematic break, a bullet
    /// item or an ordered item numbered 1.
    private static func startsBlock(_ line: [UInt8]) -> Bool {
        let rest = Array(line.drop(while: { $0 == 0x20 }))
        guard let first = rest.first else { return true }
        let run = rest.prefix(while: { $0 == first }).count
        let afterRun = rest.count > run ? rest[run] : 0x20
        switch first {
        case 0x23: return run <= 6 && (afterRun == 0x20 || afterRun == 0x09 || rest.count == run)  // #
        case 0x60, 0x7E: return run >= 3  // ``` ~~~
        case 0x3E: return true  // >
        case 0x3C: return rest.count > 1 && (isLetter(rest[1]) || rest[1] == 0x2F || rest[1] == 0x21 || rest[1] == 0x3F)
        case 0x2A, 0x2D, 0x5F:  // * - _
            if rest.filter({ $0 != 0x20 && $0 != 0x09 }).allSatisfy({ $0 == first }) && rest.filter({ $0 == first }).count >= 3 { return true }
            return first != 0x5F && run == 1 && (afterRun == 0x20 || afterRun == 0x09) && rest.count > 2
        case 0x2B: return run == 1 && (afterRun == 0x20 || afterRun == 0x09) && rest.count > 2
        case 0x31:
            return rest.count > 3 && (rest[1] == 0x2E || rest[1] == 0x29) && (rest[2] == 0x20 || rest[2] == 0x09)
        default: return false
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
