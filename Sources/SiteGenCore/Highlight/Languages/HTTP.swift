/// HTTP requests and responses: the request or status line, headers, and a JSON body when
/// the headers say so (any other body is plain).
struct HTTPLexer {
    /// Lexes the whole text.
    func lex(_ s: inout Scanner) {
        lexStartLine(&s)
        var isJSON = false
        while !s.isAtEnd, s.peek() != 10 {
            let start = s.position
            s.skip { $0 != 58 && $0 != 10 }
            let name = s.bytes[start..<s.position].map(Bytes.lower)
            s.emit(.key, from: start)
            if s.peek() == 58 { s.take(1, as: .operator) }
            let valueStart = s.position
            s.skipToEndOfLine()
            if name.elementsEqual("content-type".utf8) {
                isJSON = String(decoding: s.bytes[valueStart..<s.position], as: UTF8.self).lowercased().contains("json")
            }
            s.advance()
        }
        guard isJSON else { return }
        s.embed(upTo: s.bytes.count) { JSONLexer().lex(&$0) }
    }

    /// `POST /path HTTP/1.1` or `HTTP/1.1 200 OK`.
    private func lexStartLine(_ s: inout Scanner) {
        let end = s.endOfLine()
        var first = true
        while s.position < end {
            s.skipBlanks()
            let start = s.position
            if s.starts(with: "HTTP/") {
                s.take(4, as: .keyword)
                s.take(1, as: .operator)
                s.skip { !Bytes.isSpace($0) }
                s.emit(.number, from: start + 5)
            } else {
                s.skip { !Bytes.isSpace($0) }
                let isStatus = s.bytes[start..<s.position].allSatisfy(Bytes.isDigit)
                s.emit(first ? .function : isStatus ? .number : .plain, from: start)
            }
            first = false
        }
        s.advance()
    }
}
