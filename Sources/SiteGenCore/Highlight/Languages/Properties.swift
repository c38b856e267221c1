/// Java properties and INI files: `[section]` headers, `key = value` (or `key: value`,
/// `key value`), `#` and `;` comments, `\` line continuations.
struct PropertiesLexer {
    /// Lexes the whole text.
    func lex(_ s: inout Scanner) {
        while !s.isAtEnd {
            s.skip(while: Bytes.isSpace)
            let start = s.position
            switch s.peek() {
            case 0: return
            case 35, 59, 33:
                s.skipToEndOfLine()
                s.emit(.comment, from: start)
            case 91:
                s.skipToEndOfLine()
                s.emit(.keyword, from: start)
            default:
                lexEntry(&s)
            }
        }
    }

    /// `key = value`: the key up to the first unescaped `=`, `:` or blank, the value to the end
    /// of its (continued) line, a trailing `; comment` aside.
    private func lexEntry(_ s: inout Scanner) {
        let start = s.position
        while !s.isAtEnd, s.peek() != 10, s.peek() != 61, s.peek() != 58, s.peek() != 32, s.peek() != 9 {
            s.advance(s.peek() == 92 ? 2 : 1)
        }
        s.emit(.key, from: start)
        s.skipBlanks()
        if s.peek() == 61 || s.peek() == 58 { s.take(1, as: .operator) }
        s.skipBlanks()
        let valueStart = s.position
        while !s.isAtEnd, s.peek() != 10 {
            if s.peek() == 59, s.byte(before: s.position) == 32 { break }
            s.advance(s.peek() == 92 ? 2 : 1)
        }
        var valueEnd = s.position
        while valueEnd > valueStart, s.bytes[valueEnd - 1] == 32 { valueEnd -= 1 }
        s.emit(.string, valueStart, valueEnd)
        if s.peek() == 59 {
            let commentStart = s.position
            s.skipToEndOfLine()
            s.emit(.comment, from: commentStart)
        }
    }
}
