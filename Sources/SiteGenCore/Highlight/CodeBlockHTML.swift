/// Writes a lexed code block as HTML: every token a `<span class="…">`, split at line ends so
/// that lines can be wrapped (for marks and numbers) and every span stays well nested.
struct CodeBlockHTML {
    /// The code, as UTF-8.
    let bytes: [UInt8]
    /// Its tokens, in order.
    let tokens: [Token]
    /// 1-based numbers of the lines to mark.
    let markedLines: Set<Int>
    /// Whether each line starts with its number.
    let showsLineNumbers: Bool

    /// `<span class="k">` and so on, by kind.
    private static let openTags: [[UInt8]] = TokenKind.allCases.map { Array("<span class=\"\($0.cssClass)\">".utf8) }

    /// The inside of `<code>…</code>`.
    func body() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2 + tokens.count * 24)
        let wrapsLines = showsLineNumbers || !markedLines.isEmpty
        var tokenIndex = 0
        var lineStart = 0
        var lineNumber = 1
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
            if wrapsLines { openLine(lineNumber, into: &out) }
            writeLine(lineStart..<lineEnd, tokenIndex: &tokenIndex, into: &out)
            if lineEnd < bytes.count { out.append(10) }
            if wrapsLines { append("</span>", to: &out) }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func openLine(_ number: Int, into out: inout [UInt8]) {
        append(markedLines.contains(number) ? "<span class=\"line mark\">" : "<span class=\"line\">", to: &out)
        if showsLineNumbers {
            append("<span class=\"ln\" aria-hidden=\"true\" data-n=\"\(number)\"></span>", to: &out)
        }
    }

    /// One line's text, each token's part of it in a span (tokens that go on past the line
    /// are continued on the next).
    private func writeLine(_ line: Range<Int>, tokenIndex: inout Int, into out: inout [UInt8]) {
        var cursor = line.lowerBound
        while tokenIndex < tokens.count, tokens[tokenIndex].start < line.upperBound {
            let token = tokens[tokenIndex]
            let start = max(token.start, cursor)
            let end = min(token.end, line.upperBound)
            escape(cursor..<start, into: &out)
            if end > start {
                out.append(contentsOf: Self.openTags[Int(token.kind.rawValue)])
                escape(start..<end, into: &out)
                append("</span>", to: &out)
            }
            cursor = end
            if token.end > line.upperBound { break }
            tokenIndex += 1
        }
        escape(cursor..<line.upperBound, into: &out)
    }

    private func escape(_ range: Range<Int>, into out: inout [UInt8]) {
        guard !range.isEmpty else { return }
        for index in range {
            switch bytes[index] {
            case 38: append("&amp;", to: &out)
            case 60: append("&lt;", to: &out)
            case 62: append("&gt;", to: &out)
            default: out.append(bytes[index])
            }
        }
    }

    private func append(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }
}
