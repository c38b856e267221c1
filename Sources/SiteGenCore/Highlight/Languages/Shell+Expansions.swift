/// Quoting and expansions of the shell lexer.
extension ShellLexer {
    /// `"…"` with `$var`, `${ }` and `$( )` inside; runs to the end when unterminated.
    func lexDoubleQuoted(_ s: inout Scanner, depth: Int) {
        var run = s.position
        s.advance()
        while !s.isAtEnd, s.peek() != 34 {
            if s.peek() == 92 {
                s.advance(2)
            } else if s.peek() == 36, depth < Self.maxDepth, isExpansion(s) {
                s.emit(.string, from: run)
                lexDollar(&s, depth: depth)
                run = s.position
            } else {
                s.advance()
            }
        }
        s.advance()
        s.emit(.string, from: run)
    }

    /// `'…'` (and `$'…'` from `start`): no expansions.
    func lexSingleQuoted(_ s: inout Scanner, from start: Int) {
        s.advance()
        while !s.isAtEnd, s.peek() != 39 {
            s.advance(s.peek() == 92 && s.bytes[start] == 36 ? 2 : 1)
        }
        s.advance()
        s.emit(.string, from: start)
    }

    private func isExpansion(_ s: Scanner) -> Bool {
        let next = s.peek(1)
        return next == 40 || next == 123 || Bytes.isLetter(next) || Bytes.isDigit(next) || Array("#$?!_*@-".utf8).contains(next)
    }

    /// `$((…))`, `$(…)`, `${…}`, `$'…'`, `$name`, `$1`, `$?`, or a lone `$`.
    func lexDollar(_ s: inout Scanner, depth: Int) {
        if s.peek(1) == 40, depth < Self.maxDepth {
            let isMath = s.peek(2) == 40
            s.take(isMath ? 3 : 2, as: .keyword)
            lexCommands(&s, closing: 41, depth: depth + 1)
            if isMath, s.peek(1) == 41 { s.take(2, as: .keyword) } else if s.peek() == 41 { s.take(1, as: .keyword) }
        } else if s.peek(1) == 123 {
            lexBraced(&s)
        } else if s.peek(1) == 39 {
            let start = s.position
            s.advance()
            lexSingleQuoted(&s, from: start)
        } else if Bytes.isLetter(s.peek(1)) {
            let start = s.position
            s.advance()
            s.skip(while: Bytes.isWordByte)
            s.emit(.variable, from: start)
        } else if Bytes.isDigit(s.peek(1)) || Array("#$?!_*@-".utf8).contains(s.peek(1)) {
            s.advance()
            let start = s.position - 1
            if Bytes.isDigit(s.peek()) { s.skip(while: Bytes.isDigit) } else { s.advance() }
            s.emit(.variable, from: start)
        } else {
            s.advance()
        }
    }

    /// `${name:-default}`: delimiters as interpolation, names as variables, the rest plain.
    private func lexBraced(_ s: inout Scanner) {
        s.take(s.peek(2) == 35 ? 3 : 2, as: .stringEscape)
        while !s.isAtEnd, s.peek() != 125, s.peek() != 10 {
            let start = s.position
            if Bytes.isWordByte(s.peek()) {
                s.skip(while: Bytes.isWordByte)
                s.emit(.variable, from: start)
            } else {
                s.take(1, as: .punctuation)
            }
        }
        if s.peek() == 125 { s.take(1, as: .stringEscape) }
    }

    /// `` `command` ``: the backticks as string, the command lexed inside.
    func lexBackticks(_ s: inout Scanner, depth: Int) {
        s.take(1, as: .string)
        guard depth < Self.maxDepth else { return }
        lexCommands(&s, closing: 96, depth: depth + 1)
        if s.peek() == 96 { s.take(1, as: .string) }
    }
}
