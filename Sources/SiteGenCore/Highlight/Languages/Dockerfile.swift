/// Dockerfiles: instructions, comments, `RUN`/`CMD` as shell (or JSON arrays), `ENV` and
/// `ARG` assignments, image names; `\` continues an instruction on the next line.
struct DockerfileLexer {
    private static let instructions = WordSet("""
    from run cmd label maintainer expose env add copy entrypoint volume user workdir arg onbuild
    stopsignal healthcheck shell
    """, ignoringCase: true)
    private static let shellInstructions = WordSet("run cmd entrypoint shell healthcheck", ignoringCase: true)

    /// Lexes the whole text, one instruction at a time.
    func lex(_ s: inout Scanner) {
        while !s.isAtEnd {
            s.skip(while: Bytes.isSpace)
            let start = s.position
            if s.peek() == 35 {
                s.skipToEndOfLine()
                s.emit(.comment, from: start)
                continue
            }
            s.skip(while: Bytes.isWordByte)
            let word = start..<s.position
            guard Self.instructions.contains(s.bytes, word) else {
                s.position = instructionEnd(s)
                continue
            }
            s.emit(.keyword, from: start)
            lexArguments(&s, of: word)
        }
    }

    /// The arguments of the instruction named by `word`, to the end of the instruction.
    private func lexArguments(_ s: inout Scanner, of word: Range<Int>) {
        let end = instructionEnd(s)
        s.skipBlanks()
        if s.peek() == 91 {
            s.embed(upTo: end) { JSONLexer().lex(&$0) }
        } else if Self.shellInstructions.contains(s.bytes, word) {
            s.embed(upTo: end) { ShellLexer().lex(&$0) }
        } else {
            let name = Self.lowercased(s.bytes[word])
            s.embed(upTo: end) { lexPlainArguments(&$0, name: name) }
        }
    }

    /// `FROM`'s image and stage name as strings, `AS` as a keyword; `ENV`/`ARG` keys as
    /// variables; other arguments plain.
    private func lexPlainArguments(_ s: inout Scanner, name: String) {
        while !s.isAtEnd {
            s.skip(while: Bytes.isSpace)
            let start = s.position
            if s.peek() == 92 {
                s.take(2, as: .stringEscape)
                continue
            }
            if s.peek() == 34 || s.peek() == 39 {
                let quote = s.peek()
                s.advance()
                s.skip { $0 != quote && $0 != 10 }
                s.advance()
                s.emit(.string, from: start)
                continue
            }
            s.skip { !Bytes.isSpace($0) && $0 != 61 }
            let isAs = s.position - start == 2 && Self.lowercased(s.bytes[start..<s.position]) == "as"
            if name == "env" || name == "arg" || name == "label", s.peek() == 61 {
                s.emit(.variable, from: start)
                s.take(1, as: .operator)
            } else if name == "from" || name == "workdir" || name == "user" || name == "expose" || name == "volume" {
                s.emit(isAs ? .keyword : .string, from: start)
            }
            if s.position == start { s.advance() }
        }
    }

    /// Where the instruction at the cursor ends: the first line end not escaped by `\`.
    private func instructionEnd(_ s: Scanner) -> Int {
        var index = s.position
        while index < s.bytes.count {
            if s.bytes[index] == 10, index == 0 || s.bytes[index - 1] != 92 { return index }
            index += 1
        }
        return index
    }

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map(Bytes.lower), as: UTF8.self)
    }
}
