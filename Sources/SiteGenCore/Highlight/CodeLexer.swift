/// The lexer for programming languages: comments, strings (with escapes and interpolation),
/// numbers, annotations, words and symbols, driven by one language's `CodeRules`.
struct CodeLexer {
    /// The language's rules.
    let rules: CodeRules

    /// How deep string interpolation may nest before the rest is read as plain string text.
    static let maxDepth = 16

    /// What the last word asked of the next name (`fun` → a function name follows).
    enum Pending {
        case none, function, type, variable
    }

    /// Lexes the whole of `scanner`'s text.
    func lex(_ scanner: inout Scanner) {
        if scanner.starts(with: "#!") {
            scanner.skipToEndOfLine()
            scanner.emit(.comment, from: 0)
        }
        lexCode(&scanner, closing: 0, depth: 0)
    }

    /// Lexes code to the end of the text or, inside an interpolation, up to the unbalanced
    /// `closing` byte (`}` or `)`), which is left for the caller.
    func lexCode(_ s: inout Scanner, closing: UInt8, depth: Int) {
        let opening: UInt8 = closing == 41 ? 40 : 123
        var pending = Pending.none
        var nesting = 0
        while !s.isAtEnd {
            let byte = s.peek()
            if closing != 0, byte == closing {
                if nesting == 0 { return }
                nesting -= 1
            } else if closing != 0, byte == opening {
                nesting += 1
            }
            if Bytes.isSpace(byte) {
                s.advance()
            } else if lexComment(&s) || lexString(&s, depth: depth) {
                pending = .none
            } else if byte == 64, rules.annotations, Bytes.isLetter(s.peek(1)) {
                let start = s.position
                s.advance()
                s.skip { Bytes.isWordByte($0) || $0 == 46 }
                s.emit(.annotation, from: start)
            } else if byte == 35, rules.directives, Bytes.isLetter(s.peek(1)) {
                lexDirective(&s)
            } else if Bytes.isDigit(byte) || (byte == 46 && Bytes.isDigit(s.peek(1)) && !isIdentifierByte(s.byte(before: s.position))) {
                lexNumber(&s)
            } else if byte == 96, rules.backtickNames, let end = backtickNameEnd(s) {
                let start = s.position
                s.advance(end - start)
                s.emit(pending == .function ? .function : .plain, from: start)
                pending = .none
            } else if isIdentifierStart(byte) {
                lexWord(&s, depth: depth, pending: &pending)
            } else {
                lexSymbol(&s, pending: &pending)
            }
        }
    }

    /// Where a `` `quoted name` `` at the cursor ends (past its closing backtick on the same line).
    private func backtickNameEnd(_ s: Scanner) -> Int? {
        var index = s.position + 1
        while index < s.bytes.count, s.bytes[index] != 10 {
            if s.bytes[index] == 96 { return index > s.position + 1 ? index + 1 : nil }
            index += 1
        }
        return nil
    }

    /// Whether a name may start with `byte`.
    func isIdentifierStart(_ byte: UInt8) -> Bool {
        Bytes.isLetter(byte) || rules.identifierExtras.contains(byte)
    }

    /// Whether a name may continue with `byte`.
    func isIdentifierByte(_ byte: UInt8) -> Bool {
        Bytes.isWordByte(byte) || rules.identifierExtras.contains(byte)
    }

    /// `#if DEBUG` to the end of its line as a comment (as Pygments colours Swift's
    /// conditional compilation); another `#word` (`#selector`) as a keyword.
    private func lexDirective(_ s: inout Scanner) {
        let start = s.position
        s.advance()
        s.skip(while: Bytes.isWordByte)
        let word = String(decoding: s.text(from: start + 1), as: UTF8.self)
        if ["if", "elseif", "else", "endif"].contains(word) {
            s.skipToEndOfLine()
            s.emit(.comment, from: start)
        } else {
            s.emit(.keyword, from: start)
        }
    }

    /// A number: decimal, hex or binary, with `_` separators, fraction, exponent and suffix.
    private func lexNumber(_ s: inout Scanner) {
        let start = s.position
        if s.peek() == 48, s.peek(1) | 0x20 == 120 || s.peek(1) | 0x20 == 98 || s.peek(1) | 0x20 == 111 {
            s.advance(2)
            s.skip { Bytes.isHexDigit($0) || $0 == 95 }
        } else {
            s.skip { Bytes.isDigit($0) || $0 == 95 }
            if s.peek() == 46, Bytes.isDigit(s.peek(1)) {
                s.advance()
                s.skip { Bytes.isDigit($0) || $0 == 95 }
            }
            let sign = s.peek(1) == 43 || s.peek(1) == 45
            if s.peek() | 0x20 == 101, Bytes.isDigit(s.peek(1)) || (sign && Bytes.isDigit(s.peek(2))) {
                s.advance(sign ? 2 : 1)
                s.skip(while: Bytes.isDigit)
            }
        }
        s.skip(while: Bytes.isLetter)
        s.emit(.number, from: start)
    }

    /// One ASCII symbol, as an operator or punctuation. `<` right after a function
    /// introducer opens type parameters, skipped as plain names.
    private func lexSymbol(_ s: inout Scanner, pending: inout Pending) {
        let byte = s.peek()
        if pending == .function, byte == 60 {
            skipTypeParameters(&s)
            return
        }
        if byte == 47, rules.regexLiterals, let end = regexEnd(s) {
            let start = s.position
            s.advance(end - start)
            s.emit(.string, from: start)
            return
        }
        if byte == 123 || byte == 125 || byte == 59 || byte == 61 || byte == 40 || byte == 41 { pending = .none }
        s.take(1, as: rules.operators.contains(byte) ? .operator : .punctuation)
    }

    /// `<T : Comparable<T>>`: brackets as operators, names plain, up to the matching `>`
    /// (or the end of the line).
    private func skipTypeParameters(_ s: inout Scanner) {
        var depth = 0
        while !s.isAtEnd, s.peek() != 10 {
            let byte = s.peek()
            if byte == 60 { depth += 1 } else if byte == 62 { depth -= 1 }
            if byte == 60 || byte == 62 || byte == 44 || byte == 58 {
                s.take(1, as: byte == 44 || byte == 58 ? .punctuation : .operator)
            } else if byte == 64, Bytes.isLetter(s.peek(1)) {
                let start = s.position
                s.advance()
                s.skip(while: Bytes.isWordByte)
                s.emit(.annotation, from: start)
            } else if Bytes.isLetter(byte) {
                let start = s.position
                s.skip(while: Bytes.isWordByte)
                let variance = s.starts(with: "reified", at: start) || (s.position - start == 2 && (s.starts(with: "in", at: start)))
                    || (s.position - start == 3 && s.starts(with: "out", at: start))
                s.emit(variance ? .keyword : .plain, from: start)
            } else {
                s.advance()
            }
            if depth == 0 { return }
        }
    }

    /// Where a JavaScript regular expression literal at the cursor ends (past its flags), or nil
    /// when the `/` divides: a regex follows an operator, an opening bracket, a comma or
    /// `return`, and closes on its own line.
    private func regexEnd(_ s: Scanner) -> Int? {
        let previous = s.previousSignificantByte(before: s.position)
        let opensExpression = previous == 0 || Array("(,=:[!&|?{};+-*%<>~^".utf8).contains(previous)
        guard opensExpression || endsWithReturn(s) else { return nil }
        var index = s.position + 1
        var inClass = false
        while index < s.bytes.count, s.bytes[index] != 10 {
            let byte = s.bytes[index]
            if byte == 92 {
                index += 2
                continue
            }
            if byte == 91 { inClass = true } else if byte == 93 { inClass = false }
            if byte == 47, !inClass, index > s.position + 1 {
                index += 1
                while index < s.bytes.count, Bytes.isLetter(s.bytes[index]) { index += 1 }
                return index
            }
            index += 1
        }
        return nil
    }

    private func endsWithReturn(_ s: Scanner) -> Bool {
        var end = s.position
        while end > 0, Bytes.isSpace(s.bytes[end - 1]) { end -= 1 }
        return end >= 6 && s.starts(with: "return", at: end - 6)
    }
}
