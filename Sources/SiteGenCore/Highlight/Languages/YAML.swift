/// YAML: keys (colons inside allowed), plain, quoted and block scalars, anchors, aliases,
/// tags, comments, list and flow indicators, document markers.
struct YAMLLexer {
    /// Lexes the whole text, one line at a time; a `|` or `>` value makes the following
    /// more-indented lines one string.
    func lex(_ s: inout Scanner) {
        var blockIndent: Int?
        while !s.isAtEnd {
            let lineStart = s.position
            s.skipBlanks()
            let indent = s.position - lineStart
            if let parent = blockIndent {
                if s.peek() == 10 || indent > parent {
                    s.skipToEndOfLine()
                    s.emit(.string, from: lineStart + indent)
                    s.advance()
                    continue
                }
                blockIndent = nil
            }
            if lexLine(&s) { blockIndent = indent + leadingDashes(s.bytes, from: lineStart + indent) }
            s.advance()
        }
    }

    /// Columns taken by `- ` list markers before a key on the line starting at `index`.
    private func leadingDashes(_ bytes: [UInt8], from index: Int) -> Int {
        var cursor = index
        while cursor + 1 < bytes.count, bytes[cursor] == 45, bytes[cursor + 1] == 32 {
            cursor += 2
            while cursor < bytes.count, bytes[cursor] == 32 { cursor += 1 }
        }
        return cursor - index
    }

    /// One line from its first non-blank byte to its `\n`; true when it opens a block scalar.
    private func lexLine(_ s: inout Scanner) -> Bool {
        if s.starts(with: "---") || s.starts(with: "...") {
            s.take(3, as: .punctuation)
        }
        while s.peek() == 45, s.peek(1) == 32 || s.peek(1) == 10 || s.peek(1) == 0 {
            s.take(1, as: .punctuation)
            s.skipBlanks()
        }
        if s.peek() == 35 { return lexComment(&s) }
        lexKey(&s)
        return lexValue(&s)
    }

    /// A key and its `:`, when the line has one (`key:`, `"quoted key":`, `a:b: c` → `a:b`).
    private func lexKey(_ s: inout Scanner) {
        let start = s.position
        var index = start
        let quote = s.peek() == 34 || s.peek() == 39 ? s.peek() : 0
        if quote != 0 {
            index += 1
            while index < s.bytes.count, s.bytes[index] != quote, s.bytes[index] != 10 { index += 1 }
            index += 1
        }
        while index < s.bytes.count, s.bytes[index] != 10 {
            let byte = s.bytes[index]
            if byte == 58, index + 1 >= s.bytes.count || Bytes.isSpace(s.bytes[index + 1]) { break }
            if quote != 0 || byte == 35 && s.bytes[index - 1] == 32 || byte == 123 || byte == 91 || byte == 34 || byte == 39 { return }
            index += 1
        }
        guard index < s.bytes.count, s.bytes[index] == 58, index > start else { return }
        s.advance(index - start)
        s.emit(.key, from: start)
        s.take(1, as: .punctuation)
    }

    private func lexComment(_ s: inout Scanner) -> Bool {
        let start = s.position
        s.skipToEndOfLine()
        s.emit(.comment, from: start)
        return false
    }
}
