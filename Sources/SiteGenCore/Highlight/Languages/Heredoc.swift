/// A shell here-document: `<<EOF` (or `<<-'EOF'`) on a command line, its body on the lines
/// after it up to a line holding only the delimiter.
struct Heredoc {
    /// The word that ends the body.
    let delimiter: [UInt8]
    /// Whether the closing line may be indented with tabs (`<<-`).
    let allowsIndent: Bool

    /// Reads `<<WORD` at the cursor as a string, if it is a heredoc opener.
    static func open(_ s: inout Scanner) -> Heredoc? {
        guard s.starts(with: "<<"), !s.starts(with: "<<<") else { return nil }
        var index = s.position + 2
        let indent = index < s.bytes.count && s.bytes[index] == 45
        if indent { index += 1 }
        while index < s.bytes.count, s.bytes[index] == 32 { index += 1 }
        let quote = index < s.bytes.count && (s.bytes[index] == 39 || s.bytes[index] == 34 || s.bytes[index] == 92) ? s.bytes[index] : 0
        if quote != 0 { index += 1 }
        let wordStart = index
        while index < s.bytes.count, Bytes.isWordByte(s.bytes[index]) { index += 1 }
        guard index > wordStart else { return nil }
        let word = Array(s.bytes[wordStart..<index])
        if quote == 39 || quote == 34, index < s.bytes.count, s.bytes[index] == quote { index += 1 }
        let start = s.position
        s.advance(index - start)
        s.emit(.string, from: start)
        return Heredoc(delimiter: word, allowsIndent: indent)
    }

    /// Reads the body from the cursor (the start of the line after the opener) through the
    /// delimiter line, as a string; unterminated, to the end of the text.
    func lexBody(_ s: inout Scanner) {
        let start = s.position
        while !s.isAtEnd {
            let lineStart = s.position
            s.skipToEndOfLine()
            if isDelimiter(s.bytes[lineStart..<s.position]) { break }
            s.advance()
        }
        s.emit(.string, from: start)
    }

    private func isDelimiter(_ line: ArraySlice<UInt8>) -> Bool {
        var text = line
        if allowsIndent { text = text.drop { $0 == 9 } }
        return text.elementsEqual(delimiter)
    }
}
