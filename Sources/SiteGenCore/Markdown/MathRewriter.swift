import Foundation

/// Protects math from Markdown before cmark parses it, keeping every line where it was.
///
/// - `$$` alone on its line, up to the next such line, becomes a `~~~math` fence (the content is
///   kept exactly, newlines included).
/// - `$$…$$` elsewhere (it may span lines of one paragraph) becomes a code span marked as display
///   math; `$…$` on one line a code span marked as inline math. As in pandoc and GitHub, the
///   opening `$` is followed by a non-space, the closing `$` follows a non-space and is not
///   followed by a digit (`$5 and $10` stays text), and `\$` is a dollar sign.
/// - Code spans, raw HTML tags and lines of code blocks are left alone.
enum MathRewriter {
    /// Rewrites in place; true when any math was found.
    static func rewrite(_ lines: inout [[UInt8]], protected: IndexSet) -> Bool {
        var changed = false
        var index = 0
        var run: [Int] = []
        func flushRun() {
            if !run.isEmpty, rewriteSpans(in: &lines, run: run) { changed = true }
            run = []
        }
        while index < lines.count {
            if protected.contains(index + 1) || FootnoteExtractor.isBlank(lines[index]) {
                flushRun()
                index += 1
            } else if let close = displayBlockEnd(lines, from: index, protected: protected) {
                flushRun()
                fence(&lines, open: index, close: close)
                changed = true
                index = close + 1
            } else {
                run.append(index)
                index += 1
            }
        }
        flushRun()
        return changed
    }

    /// Offset of `$$` when the line is only `$$` after its block quote markers and spaces.
    static func displayMarker(in line: [UInt8]) -> Int? {
        var index = 0
        while index < line.count, line[index] == 0x20 || line[index] == 0x3E || line[index] == 0x09 { index += 1 }
        var end = line.count
        while end > index, line[end - 1] == 0x20 || line[end - 1] == 0x09 || line[end - 1] == 0x0D { end -= 1 }
        return end - index == 2 && line[index] == 0x24 && line[index + 1] == 0x24 ? index : nil
    }

    private static func displayBlockEnd(_ lines: [[UInt8]], from start: Int, protected: IndexSet) -> Int? {
        guard displayMarker(in: lines[start]) != nil else { return nil }
        for index in (start + 1)..<lines.count where !protected.contains(index + 1) && displayMarker(in: lines[index]) != nil {
            return index
        }
        return nil
    }

    /// `$$` lines become `~~~math` and `~~~`, longer than any tilde run that starts a line inside.
    private static func fence(_ lines: inout [[UInt8]], open: Int, close: Int) {
        var longest = 2
        for line in lines[(open + 1)..<close] {
            let run = line.drop(while: { $0 == 0x20 || $0 == 0x3E }).prefix(while: { $0 == 0x7E }).count
            longest = max(longest, run)
        }
        let fence = [UInt8](repeating: 0x7E, count: longest + 1)
        for (line, suffix) in [(open, Array("math".utf8)), (close, [])] {
            guard let marker = displayMarker(in: lines[line]) else { continue }
            lines[line] = Array(lines[line][..<marker]) + fence + suffix
        }
    }

    /// Finds and rewrites the math spans of one run of consecutive text lines.
    private static func rewriteSpans(in lines: inout [[UInt8]], run: [Int]) -> Bool {
        let joined = Array(run.map { lines[$0] }.joined(separator: [0x0A]))
        let spans = MathSpanScanner(joined).spans
        guard !spans.isEmpty else { return false }
        var rewritten = joined
        for span in spans.reversed() {
            rewritten.replaceSubrange(span.range, with: codeSpan(Array(joined[span.content]), display: span.display))
        }
        let split = rewritten.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (offset, line) in zip(run, split) { lines[offset] = Array(line) }
        return true
    }

    /// A code span cmark keeps byte for byte, marked at both ends.
    private static func codeSpan(_ content: [UInt8], display: Bool) -> [UInt8] {
        var longest = 0, current = 0
        for byte in content {
            current = byte == 0x60 ? current + 1 : 0
            longest = max(longest, current)
        }
        let ticks = [UInt8](repeating: 0x60, count: longest + 1)
        let marker: [UInt8] = [0xEF, 0xB7, display ? MarkdownMarkers.displayMathByte : MarkdownMarkers.inlineMathByte]
        return ticks + marker + content + marker + ticks
    }
}

/// The `$…$` and `$$…$$` spans in a run of text lines (joined with newlines).
struct MathSpanScanner {
    struct Span {
        /// The whole span with its dollars.
        var range: Range<Int>
        /// The math between the dollars.
        var content: Range<Int>
        var display: Bool
    }

    private(set) var spans: [Span] = []
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var index = 0
        while index < bytes.count {
            index = step(at: index)
        }
    }

    /// Handles whatever starts at `index`; returns where scanning goes on.
    private mutating func step(at index: Int) -> Int {
        switch bytes[index] {
        case 0x5C: return index + 2
        case 0x60: return afterCodeSpan(at: index)
        case 0x3C: return afterTag(at: index)
        case 0x24:
            if index + 1 < bytes.count, bytes[index + 1] == 0x24 { return display(at: index) }
            return inline(at: index)
        default: return index + 1
        }
    }

    private func afterCodeSpan(at start: Int) -> Int {
        let length = run(of: 0x60, at: start)
        var index = start + length
        while index < bytes.count {
            if bytes[index] == 0x60 {
                let closing = run(of: 0x60, at: index)
                if closing == length { return index + closing }
                index += closing
            } else {
                index += 1
            }
        }
        return start + length
    }

    /// `<tag …>`, `</tag>`, `<!…>`, `<?…>` and autolinks are skipped whole.
    private func afterTag(at start: Int) -> Int {
        guard start + 1 < bytes.count else { return start + 1 }
        let next = bytes[start + 1]
        let opensTag = (next | 0x20 >= 0x61 && next | 0x20 <= 0x7A) || next == 0x2F || next == 0x21 || next == 0x3F
        guard opensTag, let close = bytes[(start + 1)...].firstIndex(of: 0x3E) else { return start + 1 }
        return close + 1
    }

    private mutating func display(at start: Int) -> Int {
        var index = start + 2
        while index + 1 < bytes.count {
            if bytes[index] == 0x5C { index += 2; continue }
            if bytes[index] == 0x24, bytes[index + 1] == 0x24 {
                let content = (start + 2)..<index
                if bytes[content].contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) {
                    spans.append(Span(range: start..<(index + 2), content: content, display: true))
                    return index + 2
                }
                return start + 2
            }
            index += 1
        }
        return start + 2
    }

    private mutating func inline(at start: Int) -> Int {
        guard start + 1 < bytes.count, !isSpace(bytes[start + 1]) else { return start + 1 }
        var index = start + 1
        while index < bytes.count, bytes[index] != 0x0A {
            if bytes[index] == 0x5C { index += 2; continue }
            if bytes[index] == 0x24 {
                let closes = !isSpace(bytes[index - 1]) && !(index + 1 < bytes.count && bytes[index + 1] >= 0x30 && bytes[index + 1] <= 0x39)
                    && !(index + 1 < bytes.count && bytes[index + 1] == 0x24)
                guard closes else { return start + 1 }
                spans.append(Span(range: start..<(index + 1), content: (start + 1)..<index, display: false))
                return index + 1
            }
            index += 1
        }
        return start + 1
    }

    private func run(of byte: UInt8, at start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == byte { index += 1 }
        return index - start
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }
}
