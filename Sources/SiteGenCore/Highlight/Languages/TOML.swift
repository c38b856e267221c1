/// TOML: `[table]` headers, `key = value` lines, strings of four kinds, numbers and dates,
/// literals, comments. Keys stay plain, as in Pygments.
struct TOMLLexer {
    private static let rules = CodeRules(
        constants: WordSet("true false inf nan"),
        lineComments: [Array("#".utf8)],
        strings: [
            StringForm("\"\"\"", multiline: true),
            StringForm("'''", multiline: true).rawText(),
            StringForm("\""),
            StringForm("'").rawText(),
        ]
    )

    /// Lexes the whole text.
    func lex(_ s: inout Scanner) {
        let values = CodeLexer(rules: Self.rules)
        while !s.isAtEnd {
            let byte = s.peek()
            let start = s.position
            if Bytes.isSpace(byte) {
                s.advance()
            } else if byte == 91, s.isFirstOnLine(start) {
                s.skip { $0 != 93 && $0 != 10 }
                s.skip { $0 == 93 }
                s.emit(.keyword, from: start)
            } else if values.lexComment(&s) || values.lexString(&s, depth: 0) {
                continue
            } else if Bytes.isDigit(byte) || ((byte == 43 || byte == 45) && Bytes.isDigit(s.peek(1))) {
                s.advance()
                s.skip { Bytes.isWordByte($0) || $0 == 46 || $0 == 58 || $0 == 45 || $0 == 43 }
                s.emit(.number, from: start)
            } else if Bytes.isLetter(byte) {
                s.skip { Bytes.isWordByte($0) || $0 == 45 }
                s.emit(Self.rules.constants.contains(s.bytes, start..<s.position) ? .constant : .plain, from: start)
            } else {
                s.take(1, as: byte == 61 ? .operator : .punctuation)
            }
        }
    }
}
