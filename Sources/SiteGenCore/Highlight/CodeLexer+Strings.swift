/// Comments and string literals.
extension CodeLexer {
    /// Lexes a comment at the cursor, if one starts there.
    func lexComment(_ s: inout Scanner) -> Bool {
        if let block = rules.blockComment, s.starts(with: block.open) {
            lexBlockComment(&s, block)
            return true
        }
        for opener in rules.lineComments where s.starts(with: opener) {
            let start = s.position
            let isDoc = rules.docComments && s.starts(with: "///") && !s.starts(with: "////")
            s.skipToEndOfLine()
            s.emit(isDoc ? .docComment : .comment, from: start)
            return true
        }
        return false
    }

    /// A block comment, nested where the language allows; unterminated, it runs to the end.
    private func lexBlockComment(_ s: inout Scanner, _ block: (open: [UInt8], close: [UInt8])) {
        let start = s.position
        let isDoc = rules.docComments && s.starts(with: "/**") && !s.starts(with: "/**/")
        s.advance(block.open.count)
        var depth = 1
        while !s.isAtEnd {
            if s.starts(with: block.close) {
                s.advance(block.close.count)
                depth -= 1
                if depth == 0 { break }
            } else if rules.nestedComments, s.starts(with: block.open) {
                s.advance(block.open.count)
                depth += 1
            } else {
                s.advance()
            }
        }
        s.emit(isDoc ? .docComment : .comment, from: start)
    }

    /// Lexes a string literal whose opener is at the cursor, if one is.
    func lexString(_ s: inout Scanner, depth: Int) -> Bool {
        lexString(&s, depth: depth, from: s.position)
    }

    /// Lexes a string literal whose opener is at the cursor; its token starts at `start`
    /// (before a prefix such as Python's `f`).
    func lexString(_ s: inout Scanner, depth: Int, from start: Int) -> Bool {
        guard var form = rules.strings.first(where: { s.starts(with: $0.open) }) else { return false }
        let prefix = s.bytes[start..<s.position]
        if prefix.contains(where: { $0 | 0x20 == 102 }) { form.interpolation = .brace }
        if prefix.contains(where: { $0 | 0x20 == 114 }) { form.backslashEscapes = false }
        s.advance(form.open.count)
        lexStringBody(&s, form: form, from: start, depth: depth)
        return true
    }

    /// The text of a string after its opener, through its closer, the end of its line
    /// (single-line forms) or the end of the text (unterminated).
    private func lexStringBody(_ s: inout Scanner, form: StringForm, from start: Int, depth: Int) {
        var run = start
        while !s.isAtEnd {
            if s.starts(with: form.close) {
                if form.doubledCloser, s.starts(with: form.close, at: s.position + form.close.count) {
                    s.advance(2 * form.close.count)
                    continue
                }
                s.advance(form.close.count)
                break
            }
            let byte = s.peek()
            if byte == 10, !form.multiline { break }
            if let next = lexEmbedded(&s, form: form, run: run, depth: depth) {
                run = next
            } else {
                s.advance()
            }
        }
        s.emit(form.kind, from: run)
    }

    /// An escape or an interpolation at the cursor: records the string run before it and the
    /// embedded part, and returns where the next string run starts (nil when there is none).
    private func lexEmbedded(_ s: inout Scanner, form: StringForm, run: Int, depth: Int) -> Int? {
        let byte = s.peek()
        if byte == 92, form.interpolation == .backslashParen, s.peek(1) == 40 {
            return interpolate(&s, opener: 2, closing: 41, kind: form.kind, run: run, depth: depth)
        }
        if byte == 92, form.backslashEscapes {
            s.emit(form.kind, from: run)
            let start = s.position
            s.advance(2)
            s.skip { $0 >= 0x80 && $0 < 0xC0 }
            s.emit(.stringEscape, from: start)
            return s.position
        }
        if byte == 123, form.interpolation == .brace {
            if s.peek(1) == 123 {
                s.advance(2)
                return run
            }
            return interpolate(&s, opener: 1, closing: 125, kind: form.kind, run: run, depth: depth)
        }
        guard byte == 36, form.interpolation == .dollar || form.interpolation == .dollarBrace else { return nil }
        if s.peek(1) == 123 {
            return interpolate(&s, opener: 2, closing: 125, kind: form.kind, run: run, depth: depth)
        }
        guard form.interpolation == .dollar, Bytes.isLetter(s.peek(1)) else { return nil }
        s.emit(form.kind, from: run)
        s.take(1, as: .stringEscape)
        s.skip(while: Bytes.isWordByte)
        return s.position
    }

    /// `${ … }` or `\( … )`: the delimiters as escapes, the code between lexed as code.
    private func interpolate(_ s: inout Scanner, opener: Int, closing: UInt8, kind: TokenKind, run: Int, depth: Int) -> Int? {
        guard depth < CodeLexer.maxDepth else { return nil }
        s.emit(kind, from: run)
        s.take(opener, as: .stringEscape)
        lexCode(&s, closing: closing, depth: depth + 1)
        if s.peek() == closing { s.take(1, as: .stringEscape) }
        return s.position
    }
}
