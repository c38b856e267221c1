/// XML and HTML: tags, attributes and their values, comments, declarations, entities;
/// HTML's `<script>` is lexed as JavaScript.
struct MarkupLexer {
    /// Whether this is HTML (brackets as punctuation, scripts highlighted) rather than XML
    /// (brackets part of the tag), as Pygments draws them.
    let isHTML: Bool

    /// Lexes the whole text.
    func lex(_ s: inout Scanner) {
        while !s.isAtEnd {
            let start = s.position
            if s.starts(with: "<!--") {
                lexUntil(&s, "-->", as: .comment)
            } else if s.starts(with: "<![CDATA[") {
                lexUntil(&s, "]]>", as: .string)
            } else if s.starts(with: "<?") || s.starts(with: "<!") {
                s.skip { $0 != 62 }
                s.advance()
                s.emit(.comment, from: start)
            } else if s.peek() == 60, Bytes.isLetter(s.peek(1)) || (s.peek(1) == 47 && Bytes.isLetter(s.peek(2))) {
                lexTag(&s)
            } else if s.peek() == 38, let end = entityEnd(s) {
                s.advance(end - start)
                s.emit(.stringEscape, from: start)
            } else {
                s.advance()
            }
        }
    }

    private func lexUntil(_ s: inout Scanner, _ closer: StaticString, as kind: TokenKind) {
        let start = s.position
        while !s.isAtEnd, !s.starts(with: closer) { s.advance() }
        s.advance(closer.utf8CodeUnitCount)
        s.emit(kind, from: start)
    }

    private func entityEnd(_ s: Scanner) -> Int? {
        var index = s.position + 1
        while index < s.bytes.count, index - s.position < 12, Bytes.isWordByte(s.bytes[index]) || s.bytes[index] == 35 { index += 1 }
        return index < s.bytes.count && s.bytes[index] == 59 && index > s.position + 1 ? index + 1 : nil
    }

    /// `<name attr="value" …>` or `</name>`; after an HTML `<script>`, its code.
    private func lexTag(_ s: inout Scanner) {
        let bracket: TokenKind = isHTML ? .punctuation : .tag
        s.take(s.peek(1) == 47 ? 2 : 1, as: bracket)
        let nameStart = s.position
        s.skip { Bytes.isWordByte($0) || $0 == 58 || $0 == 45 || $0 == 46 }
        let isScript = isHTML && s.text(from: nameStart).map(Bytes.lower).elementsEqual("script".utf8) && s.byte(before: nameStart) != 47
        s.emit(.tag, from: nameStart)
        lexAttributes(&s, bracket: bracket)
        guard isScript else { return }
        var end = s.position
        while end < s.bytes.count, !s.starts(with: "</", at: end) { end += 1 }
        s.embed(upTo: end) { CodeLexer(rules: .javaScript).lex(&$0) }
    }

    /// Attributes up to and including the tag's `>` or `/>`.
    private func lexAttributes(_ s: inout Scanner, bracket: TokenKind) {
        while !s.isAtEnd {
            s.skip(while: Bytes.isSpace)
            let start = s.position
            let byte = s.peek()
            if byte == 62 || (byte == 47 && s.peek(1) == 62) {
                s.take(byte == 62 ? 1 : 2, as: bracket)
                return
            } else if byte == 34 || byte == 39 {
                s.advance()
                s.skip { $0 != byte }
                s.advance()
                s.emit(.string, from: start)
            } else if byte == 61 {
                s.take(1, as: isHTML ? .operator : .attribute)
            } else if byte == 60 {
                return
            } else {
                while !s.isAtEnd, !endsAttributeName(s) { s.advance() }
                if s.position == start { s.advance() }
                s.emit(.attribute, from: start)
            }
        }
    }

    private func endsAttributeName(_ s: Scanner) -> Bool {
        let byte = s.peek()
        return Bytes.isSpace(byte) || byte == 61 || byte == 62 || byte == 34 || byte == 39 || (byte == 47 && s.peek(1) == 62)
    }
}
