/// A cursor over a code block's UTF-8 bytes that the lexers move forward while recording tokens.
///
/// Every lexer only ever moves `position` forward (each loop step consumes at least one byte),
/// so lexing ends on any input, terminated or not. Token boundaries fall on ASCII bytes, so
/// a multi-byte character is never split between two tokens.
struct Scanner {
    /// The code, as UTF-8.
    let bytes: [UInt8]
    /// The offset of the next byte to read.
    var position = 0
    /// The tokens recorded so far, in order, never overlapping; gaps are plain text.
    private(set) var tokens: [Token] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 6)
    }

    /// True once every byte has been read.
    var isAtEnd: Bool { position >= bytes.count }

    /// The byte `offset` places ahead of the cursor, or 0 past the end.
    func peek(_ offset: Int = 0) -> UInt8 {
        let index = position + offset
        return index < bytes.count ? bytes[index] : 0
    }

    /// The byte before the cursor's `offset`-th previous byte, or 0 before the start.
    func byte(before index: Int) -> UInt8 {
        index > 0 && index <= bytes.count ? bytes[index - 1] : 0
    }

    /// True when the bytes at the cursor spell `literal`.
    func starts(with literal: StaticString) -> Bool {
        starts(with: literal, at: position)
    }

    /// True when the bytes at `index` spell `literal`.
    func starts(with literal: StaticString, at index: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != pointer[offset] { return false }
        return true
    }

    /// True when the bytes at the cursor spell `literal` (given as bytes).
    func starts(with literal: [UInt8]) -> Bool {
        starts(with: literal, at: position)
    }

    /// True when the bytes at `index` spell `literal` (given as bytes).
    func starts(with literal: [UInt8], at index: Int) -> Bool {
        guard !literal.isEmpty, index >= 0, index + literal.count <= bytes.count else { return false }
        for offset in literal.indices where bytes[index + offset] != literal[offset] { return false }
        return true
    }

    /// Moves the cursor `count` bytes ahead (never past the end).
    mutating func advance(_ count: Int = 1) {
        position = min(position + count, bytes.count)
    }

    /// Moves the cursor past every byte that satisfies `predicate`.
    mutating func skip(while predicate: (UInt8) -> Bool) {
        while position < bytes.count, predicate(bytes[position]) { position += 1 }
    }

    /// Moves the cursor to the end of the line (onto its `\n`, or the end of the text).
    mutating func skipToEndOfLine() {
        skip { $0 != 10 }
    }

    /// Moves the cursor past spaces and tabs (not newlines).
    mutating func skipBlanks() {
        skip { $0 == 32 || $0 == 9 }
    }

    /// Records `start..<position` as `kind`, merged into the previous token when they touch
    /// and are of the same kind. Plain and empty runs record nothing.
    mutating func emit(_ kind: TokenKind, from start: Int) {
        emit(kind, start, position)
    }

    /// Records `start..<end` as `kind` (see `emit(_:from:)`).
    mutating func emit(_ kind: TokenKind, _ start: Int, _ end: Int) {
        guard kind != .plain, end > start else { return }
        if let last = tokens.last, last.kind == kind, last.end == start {
            tokens[tokens.count - 1].end = end
        } else {
            tokens.append(Token(kind: kind, start: start, end: end))
        }
    }

    /// Consumes `count` bytes (and the rest of a character they end inside) and records them
    /// as `kind`.
    mutating func take(_ count: Int, as kind: TokenKind) {
        let start = position
        advance(count)
        skip { $0 & 0xC0 == 0x80 }
        emit(kind, from: start)
    }

    /// The bytes from `start` to the cursor.
    func text(from start: Int) -> ArraySlice<UInt8> {
        bytes[start..<position]
    }

    /// True when only spaces or tabs stand between the start of the line and `index`.
    func isFirstOnLine(_ index: Int) -> Bool {
        var cursor = index
        while cursor > 0 {
            let byte = bytes[cursor - 1]
            if byte == 10 { return true }
            if byte != 32 && byte != 9 { return false }
            cursor -= 1
        }
        return true
    }

    /// The last byte before `index` that is not a space, tab or newline (0 if none).
    func previousSignificantByte(before index: Int) -> UInt8 {
        var cursor = index
        while cursor > 0 {
            let byte = bytes[cursor - 1]
            if !Bytes.isSpace(byte) { return byte }
            cursor -= 1
        }
        return 0
    }

    /// The next byte at or after `index` that is not a space or tab (0 if none).
    func nextNonBlank(from index: Int) -> UInt8 {
        var cursor = index
        while cursor < bytes.count, bytes[cursor] == 32 || bytes[cursor] == 9 { cursor += 1 }
        return cursor < bytes.count ? bytes[cursor] : 0
    }
}

extension Scanner {
    /// Lexes `position..<end` with another language's lexer (a `RUN` line as shell, a
    /// `<script>` as JavaScript) and moves the cursor to `end`.
    mutating func embed(upTo end: Int, _ lex: (inout Scanner) -> Void) {
        let limit = min(end, bytes.count)
        guard limit > position else { return }
        var inner = Scanner(Array(bytes[position..<limit]))
        lex(&inner)
        for token in inner.tokens {
            emit(token.kind, token.start + position, token.end + position)
        }
        position = limit
    }

    /// The offset of the end of the line holding the cursor (its `\n`, or the end).
    func endOfLine() -> Int {
        var index = position
        while index < bytes.count, bytes[index] != 10 { index += 1 }
        return index
    }
}
