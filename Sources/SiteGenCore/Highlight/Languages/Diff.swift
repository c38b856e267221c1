/// Unified diffs: headers, hunk markers, added and removed lines.
struct DiffLexer {
    /// Lexes the whole text, one line at a time.
    func lex(_ s: inout Scanner) {
        while !s.isAtEnd {
            let start = s.position
            let kind = kind(ofLineAt: s)
            s.skipToEndOfLine()
            s.emit(kind, from: start)
            s.advance()
        }
    }

    private func kind(ofLineAt s: Scanner) -> TokenKind {
        if s.starts(with: "+++") { return .inserted }
        if s.starts(with: "---") { return .deleted }
        if s.starts(with: "@@") || s.starts(with: "diff ") || s.starts(with: "index ") { return .heading }
        if s.starts(with: "new file") || s.starts(with: "deleted file") || s.starts(with: "similarity") { return .heading }
        switch s.peek() {
        case 43, 62: return .inserted
        case 45, 60: return .deleted
        default: return .plain
        }
    }
}
