/// Bash, sh and zsh: keywords and builtins where a word starts, `$var`, `${ }`, `$( )` and
/// backticks with code inside, strings, heredocs, comments.
struct ShellLexer {
    static let keywords = WordSet("if fi else while in do done for then return function case select break continue until esac elif")
    static let builtins = WordSet("""
    alias bg bind builtin caller cd command compgen complete declare dirs disown echo enable eval
    exec exit export false fc fg getopts hash help history jobs kill let local logout popd printf
    pushd pwd read readonly set shift shopt source suspend test time times trap true type typeset
    ulimit umask unalias unset wait
    """)

    /// How deep `$( )` and `${ }` may nest before the rest is read as plain text.
    static let maxDepth = 16

    /// Lexes the whole text.
    func lex(_ s: inout Scanner) {
        lexCommands(&s, closing: 0, depth: 0)
    }

    /// Lexes commands to the end, or up to an unbalanced `closing` byte (`)`, `` ` ``).
    func lexCommands(_ s: inout Scanner, closing: UInt8, depth: Int) {
        var heredocs: [Heredoc] = []
        while !s.isAtEnd {
            let byte = s.peek()
            if closing != 0, byte == closing { return }
            if byte == 10 {
                s.advance()
                for heredoc in heredocs { heredoc.lexBody(&s) }
                heredocs.removeAll()
            } else if Bytes.isSpace(byte) {
                s.advance()
            } else if let heredoc = Heredoc.open(&s) {
                heredocs.append(heredoc)
            } else {
                lexPiece(&s, depth: depth)
            }
        }
    }

    /// One piece of a command line starting at the cursor.
    private func lexPiece(_ s: inout Scanner, depth: Int) {
        let byte = s.peek()
        switch byte {
        case 35: lexComment(&s)
        case 92: s.take(2, as: .stringEscape)
        case 34: lexDoubleQuoted(&s, depth: depth)
        case 39: lexSingleQuoted(&s, from: s.position)
        case 36: lexDollar(&s, depth: depth)
        case 96: lexBackticks(&s, depth: depth)
        case 59, 38, 124: lexControl(&s)
        case 91, 93, 123, 125, 40, 41, 61: s.take(1, as: .operator)
        case 60: s.take(s.starts(with: "<<<") ? 3 : 1, as: s.starts(with: "<<<") ? .operator : .plain)
        default: lexWord(&s)
        }
    }

    private func lexComment(_ s: inout Scanner) {
        let start = s.position
        s.skipToEndOfLine()
        s.emit(.comment, from: start)
    }

    private func lexControl(_ s: inout Scanner) {
        if s.starts(with: "&&") || s.starts(with: "||") {
            s.take(2, as: .operator)
        } else {
            s.take(1, as: .punctuation)
        }
    }

    /// A word: a keyword, builtin, assignment target or number where it starts, else plain
    /// text up to the next special byte.
    private func lexWord(_ s: inout Scanner) {
        let start = s.position
        s.skip(while: Bytes.isWordByte)
        let range = start..<s.position
        let next = s.peek()
        if !range.isEmpty {
            if Self.keywords.contains(s.bytes, range), !isWordContinuation(next) {
                return s.emit(.keyword, from: start)
            }
            if Self.builtins.contains(s.bytes, range), Bytes.isSpace(next) || next == 41 || next == 96 || next == 0 {
                return s.emit(.builtin, from: start)
            }
            if next == 61 || (next == 43 && s.peek(1) == 61) {
                return s.emit(.variable, from: start)
            }
            if s.bytes[range].allSatisfy(Bytes.isDigit), !Bytes.isWordByte(next) {
                return s.emit(.number, from: start)
            }
        }
        s.skip { !Self.endsText($0) }
        if s.position == start { s.advance() }
    }

    private func isWordContinuation(_ byte: UInt8) -> Bool {
        Bytes.isWordByte(byte) || byte == 35 || byte == 36 || byte == 63 || byte == 33 || byte == 42 || byte == 64 || byte == 45
    }

    /// Bytes that end a run of plain text.
    static func endsText(_ byte: UInt8) -> Bool {
        Bytes.isSpace(byte) || Array("=[]{}()$\"'`\\<&|;".utf8).contains(byte)
    }
}
