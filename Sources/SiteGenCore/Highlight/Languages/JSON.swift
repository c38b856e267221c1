/// JSON (comments allowed, as in JSONC): keys, strings with escapes, numbers, literals.
struct JSONLexer {
    private static let literals = WordSet("true false null")
    private static let rules = CodeRules(
        lineComments: [Array("//".utf8)],
        blockComment: (Array("/*".utf8), Array("*/".utf8))
    )

    /// Lexes the whole text.
    func lex(_ s: inout Scanner) {
        let comments = CodeLexer(rules: Self.rules)
        while !s.isAtEnd {
            let byte = s.peek()
            if Bytes.isSpace(byte) {
                s.advance()
            } else if comments.lexComment(&s) {
                continue
            } else if byte == 34 {
                lexString(&s)
            } else if Bytes.isDigit(byte) || byte == 45 {
                let start = s.position
                s.advance()
                s.skip { Bytes.isDigit($0) || $0 == 46 || $0 | 0x20 == 101 || $0 == 43 || $0 == 45 }
                s.emit(.number, from: start)
            } else if Bytes.isLetter(byte) {
                let start = s.position
                s.skip(while: Bytes.isWordByte)
                s.emit(Self.literals.contains(s.bytes, start..<s.position) ? .constant : .plain, from: start)
            } else {
                s.take(1, as: .punctuation)
            }
        }
    }

    /// A string; a key when a `:` follows it. Escapes are marked inside values.
    private func lexString(_ s: inout Scanner) {
        let start = s.position
        var end = start + 1
        while end < s.bytes.count, s.bytes[end] != 34, s.bytes[end] != 10 {
            end += s.bytes[end] == 92 ? 2 : 1
        }
        end = min(end + 1, s.bytes.count)
        var after = end
        while after < s.bytes.count, Bytes.isSpace(s.bytes[after]) { after += 1 }
        if after < s.bytes.count, s.bytes[after] == 58 {
            s.advance(end - start)
            s.emit(.key, from: start)
            return
        }
        s.embed(upTo: end) { inner in
            var run = 0
            while !inner.isAtEnd {
                if inner.peek() == 92 {
                    inner.emit(.string, from: run)
                    inner.take(inner.peek(1) == 117 ? 6 : 2, as: .stringEscape)
                    run = inner.position
                } else {
                    inner.advance()
                }
            }
            inner.emit(.string, from: run)
        }
    }
}
