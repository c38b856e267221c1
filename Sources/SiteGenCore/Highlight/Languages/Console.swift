/// Console sessions: a line starting with a prompt (`$ `, `# `, `% `, or `user@host:~$ `) is a
/// shell command, continued by a trailing `\`; other lines are output (so Gradle's `> Task`
/// lines stay output).
struct ConsoleLexer {
    /// Lexes the whole text, one line at a time.
    func lex(_ s: inout Scanner) {
        while !s.isAtEnd {
            let start = s.position
            if let promptEnd = promptEnd(s) {
                s.advance(promptEnd - start)
                s.emit(.prompt, from: start)
                s.embed(upTo: commandEnd(s)) { ShellLexer().lex(&$0) }
            } else {
                s.skipToEndOfLine()
                s.emit(.output, from: start)
            }
            s.advance()
        }
    }

    /// Where the prompt on the line at the cursor ends (after its space), if it has one.
    private func promptEnd(_ s: Scanner) -> Int? {
        let end = s.endOfLine()
        var index = s.position
        if s.starts(with: "(") {
            while index < end, s.bytes[index] != 41 { index += 1 }
            index += 2
        }
        var cursor = index
        while cursor < end, cursor - index < 64, !Bytes.isSpace(s.bytes[cursor]) {
            let byte = s.bytes[cursor]
            let isPromptByte = byte == 36 || byte == 35 || byte == 37
            if isPromptByte, cursor + 1 == end || s.bytes[cursor + 1] == 32, cursor == index || isUserAtHost(s.bytes[index..<cursor]) {
                return min(cursor + 2, end)
            }
            cursor += 1
        }
        return nil
    }

    /// `user@host:~`, `[user@host dir]`: what stands before a prompt character.
    private func isUserAtHost(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.contains(64) || bytes.contains(126) || bytes.last == 93
    }

    /// Where the command at the cursor ends: the first line end not escaped by `\`.
    private func commandEnd(_ s: Scanner) -> Int {
        var index = s.position
        while index < s.bytes.count {
            if s.bytes[index] == 10, s.bytes[index - 1] != 92 { return index }
            index += 1
        }
        return index
    }
}
