/// Values on a YAML line.
extension YAMLLexer {
    /// The rest of a line after its key; true when it is a block scalar indicator.
    func lexValue(_ s: inout Scanner) -> Bool {
        var flow = 0
        while !s.isAtEnd, s.peek() != 10 {
            s.skipBlanks()
            let start = s.position
            switch s.peek() {
            case 10, 0: return false
            case 35: return lexCommentAfterValue(&s)
            case 38, 42, 33:
                s.skip { !Bytes.isSpace($0) && $0 != 44 && $0 != 93 && $0 != 125 }
                s.emit(s.bytes[start] == 38 ? .constant : s.bytes[start] == 42 ? .variable : .type, from: start)
            case 124, 62:
                s.skip { !Bytes.isSpace($0) }
                s.emit(.punctuation, from: start)
                return true
            case 34, 39:
                lexQuoted(&s)
            case 91, 123:
                flow += 1
                s.take(1, as: .punctuation)
            case 93, 125:
                flow -= 1
                s.take(1, as: .punctuation)
            case 44 where flow > 0:
                s.take(1, as: .punctuation)
            default:
                lexPlain(&s, inFlow: flow > 0)
            }
        }
        return false
    }

    private func lexCommentAfterValue(_ s: inout Scanner) -> Bool {
        let start = s.position
        s.skipToEndOfLine()
        s.emit(.comment, from: start)
        return false
    }

    /// `"…"` with escapes or `'…'` with `''`, to its closing quote or the end of the line.
    private func lexQuoted(_ s: inout Scanner) {
        let quote = s.peek()
        var run = s.position
        s.advance()
        while !s.isAtEnd, s.peek() != 10 {
            let byte = s.peek()
            if quote == 39, byte == 39, s.peek(1) == 39 {
                s.advance(2)
            } else if byte == quote {
                s.advance()
                break
            } else if quote == 34, byte == 92 {
                s.emit(.string, from: run)
                s.take(2, as: .stringEscape)
                run = s.position
            } else {
                s.advance()
            }
        }
        s.emit(.string, from: run)
    }

    /// A plain scalar, uncoloured as in Pygments: up to ` #`, or `,`/`]`/`}` in flow style.
    private func lexPlain(_ s: inout Scanner, inFlow: Bool) {
        let start = s.position
        while !s.isAtEnd, s.peek() != 10 {
            let byte = s.peek()
            if byte == 35, s.byte(before: s.position) == 32 { break }
            if inFlow, byte == 44 || byte == 93 || byte == 125 { break }
            s.advance()
        }
        if s.position == start { s.advance() }
    }
}
