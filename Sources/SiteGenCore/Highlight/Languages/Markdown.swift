/// Markdown: headings, list markers, quotes, inline code, links, and fenced code blocks
/// highlighted in their own language.
struct MarkdownLexer {
    /// Lexes the whole text, one line at a time.
    func lex(_ s: inout Scanner) {
        while !s.isAtEnd {
            s.skipBlanks()
            let start = s.position
            if s.starts(with: "```") || s.starts(with: "~~~") {
                lexFence(&s)
            } else if s.peek() == 35 {
                s.skipToEndOfLine()
                s.emit(.heading, from: start)
            } else {
                lexListMarker(&s)
                lexInline(&s)
            }
            s.advance()
        }
    }

    /// `- `, `* `, `+ `, `1. ` at the start of a line.
    private func lexListMarker(_ s: inout Scanner) {
        let start = s.position
        if (s.peek() == 45 || s.peek() == 42 || s.peek() == 43), s.peek(1) == 32 {
            s.take(1, as: .keyword)
        } else if Bytes.isDigit(s.peek()) {
            s.skip(while: Bytes.isDigit)
            if s.peek() == 46 || s.peek() == 41, s.peek(1) == 32 {
                s.advance()
                s.emit(.keyword, from: start)
            } else {
                s.position = start
            }
        }
    }

    /// Inline code, and links' text and destinations, to the end of the line.
    private func lexInline(_ s: inout Scanner) {
        while !s.isAtEnd, s.peek() != 10 {
            let start = s.position
            if s.peek() == 96 {
                s.advance()
                s.skip { $0 != 96 && $0 != 10 }
                s.advance()
                s.emit(.string, from: start)
            } else if s.peek() == 93, s.peek(1) == 40, let open = linkTextStart(s) {
                s.emit(.tag, open, start)
                s.advance(2)
                let url = s.position
                s.skip { $0 != 41 && $0 != 10 && $0 != 32 }
                s.emit(.variable, from: url)
            } else {
                s.advance()
            }
        }
    }

    private func linkTextStart(_ s: Scanner) -> Int? {
        var index = s.position
        while index > 0, s.bytes[index - 1] != 10 {
            if s.bytes[index - 1] == 91 { return index }
            index -= 1
        }
        return nil
    }

    /// A fenced block: the fence lines as strings, the code between in the language the
    /// opening fence names (plain when unknown).
    private func lexFence(_ s: inout Scanner) {
        let start = s.position
        let fence = s.peek()
        s.skipToEndOfLine()
        let info = String(decoding: s.bytes[start..<s.position].drop { $0 == fence }, as: UTF8.self)
        s.emit(.string, from: start)
        s.advance()
        var end = s.position
        while end < s.bytes.count {
            var lineStart = end
            while lineStart < s.bytes.count, s.bytes[lineStart] == 32 { lineStart += 1 }
            if s.starts(with: "```", at: lineStart) || s.starts(with: "~~~", at: lineStart) { break }
            while end < s.bytes.count, s.bytes[end] != 10 { end += 1 }
            end += 1
        }
        let language = Language.named(InfoString(info).language)
        if let language, language.name != "text" {
            s.embed(upTo: end) { language.lex(&$0) }
        } else {
            s.position = min(end, s.bytes.count)
            s.emit(.string, from: start)
        }
        s.position = min(end, s.bytes.count)
        let closing = s.position
        s.skipToEndOfLine()
        s.emit(.string, from: closing)
    }
}
