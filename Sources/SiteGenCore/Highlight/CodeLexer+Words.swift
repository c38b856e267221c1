/// Names: keywords, types, constants, builtins, declared names, members and calls.
extension CodeLexer {
    /// Lexes one name and colours it by the rules, in Pygments' order of precedence:
    /// a member after `.` first, then a name a declaration word announced, then the word lists.
    func lexWord(_ s: inout Scanner, depth: Int, pending: inout Pending) {
        let start = s.position
        s.skip(while: isIdentifierByte)
        let range = start..<s.position
        if rules.stringPrefixes.contains(s.bytes, range), lexString(&s, depth: depth, from: start) {
            return
        }
        if pending != .none {
            lexDeclaredName(&s, from: start, pending: &pending)
            return
        }
        if let member = rules.memberKind, isMember(s, at: start) {
            s.emit(member, from: start)
            return
        }
        if rules.labels, s.peek() == 58, s.peek(1) != 58 {
            s.advance()
            s.emit(.constant, from: start)
            return
        }
        let kind = kind(of: range, in: s)
        if kind == .keyword, Bytes.isSpace(s.peek()) { pending = announcement(of: range, in: s.bytes) }
        s.emit(kind, from: start)
        if kind == .keyword, rules.importWords.contains(s.bytes, range) { skipModuleName(&s) }
    }

    /// The kind of a name no declaration word announced.
    private func kind(of range: Range<Int>, in s: Scanner) -> TokenKind {
        let bytes = s.bytes
        if rules.keywords.contains(bytes, range) { return isIntroducerWithoutName(range, in: s) ? .plain : .keyword }
        if rules.modifiers.contains(bytes, range) { return modifies(after: range.upperBound, in: s) ? .keyword : .plain }
        if rules.constants.contains(bytes, range) { return .constant }
        if rules.dollarVariables, bytes[range.lowerBound] == 36 { return .variable }
        if rules.annotatedTypes, isAnnotatedType(s, at: range.lowerBound) { return .type }
        if rules.types.contains(bytes, range) { return .type }
        if rules.builtins.contains(bytes, range) { return .builtin }
        if s.nextNonBlank(from: range.upperBound) == 40 {
            if rules.typedDeclarations, isTypedDeclaration(s, at: range.lowerBound) { return .function }
            if rules.callKind != .plain { return rules.callKind }
        }
        if rules.capitalizedTypes, Bytes.isUpper(bytes[range.lowerBound]) { return .type }
        return rules.plainNames
    }

    /// `Foo::class`, `x.class`: a declaration word not followed by a blank names nothing
    /// and is a plain name (as Pygments reads Kotlin).
    private func isIntroducerWithoutName(_ range: Range<Int>, in s: Scanner) -> Bool {
        rules.declarationsNeedBlank && announcement(of: range, in: s.bytes) != .none
            && (!(range.upperBound < s.bytes.count && Bytes.isSpace(s.bytes[range.upperBound])) || s.byte(before: range.lowerBound) == 58)
    }

    /// Whether a modifier is followed by another modifier or a declaration word.
    private func modifies(after end: Int, in s: Scanner) -> Bool {
        var start = end
        while start < s.bytes.count, Bytes.isSpace(s.bytes[start]) { start += 1 }
        guard start > end else { return false }
        var stop = start
        while stop < s.bytes.count, Bytes.isWordByte(s.bytes[stop]) { stop += 1 }
        let next = start..<stop
        return rules.modifiers.contains(s.bytes, next) || announcement(of: next, in: s.bytes) != .none
    }

    /// TypeScript's `name: Type` (and `name?: Type`): a name after a colon after a name.
    private func isAnnotatedType(_ s: Scanner, at start: Int) -> Bool {
        var cursor = start
        while cursor > 0, s.bytes[cursor - 1] == 32 || s.bytes[cursor - 1] == 9 { cursor -= 1 }
        guard cursor > 0, s.bytes[cursor - 1] == 58 else { return false }
        cursor -= 1
        while cursor > 0, s.bytes[cursor - 1] == 32 || s.bytes[cursor - 1] == 9 { cursor -= 1 }
        guard cursor > 0 else { return false }
        let before = s.bytes[cursor - 1]
        return isIdentifierByte(before) || before == 63
    }

    /// What kind of name a keyword announces (`fun` → function, `class` → type).
    private func announcement(of range: Range<Int>, in bytes: [UInt8]) -> Pending {
        if rules.functionIntroducers.contains(bytes, range) { return .function }
        if rules.typeIntroducers.contains(bytes, range) { return .type }
        if rules.variableIntroducers.contains(bytes, range) { return .variable }
        return .none
    }

    /// The name after `fun`, `class` or `val`. A receiver (`fun String.trimmed()`) stays
    /// plain and keeps the announcement for the name after its dot.
    private func lexDeclaredName(_ s: inout Scanner, from start: Int, pending: inout Pending) {
        let range = start..<s.position
        if rules.keywords.contains(s.bytes, range) {
            s.emit(.keyword, from: start)
            let next = announcement(of: range, in: s.bytes)
            if next != .none { pending = next }
            return
        }
        if pending == .function, s.peek() == 46 || (s.peek() == 60 && isReceiver(s)) { return }
        s.emit(pending == .function ? .function : pending == .type ? .type : .variable, from: start)
        pending = .none
    }

    /// `List<T>.top`: type arguments after a name, then a dot, make the name a receiver type.
    private func isReceiver(_ s: Scanner) -> Bool {
        var index = s.position
        var depth = 0
        while index < s.bytes.count, s.bytes[index] != 10 {
            if s.bytes[index] == 60 { depth += 1 } else if s.bytes[index] == 62 { depth -= 1 }
            index += 1
            if depth == 0 { return index < s.bytes.count && s.bytes[index] == 46 }
        }
        return false
    }

    /// Whether the name at `start` follows a member access dot (`a.b`, `a?.b`, not `a..b`).
    private func isMember(_ s: Scanner, at start: Int) -> Bool {
        s.byte(before: start) == 46 && s.byte(before: start - 1) != 46
    }

    /// Java's method declarations: `Type name(`, a name after whitespace after another
    /// name (not a control word like `return` or `new`), `>` or `]`.
    private func isTypedDeclaration(_ s: Scanner, at start: Int) -> Bool {
        var cursor = start
        while cursor > 0, s.bytes[cursor - 1] == 32 || s.bytes[cursor - 1] == 9 || s.bytes[cursor - 1] == 10 { cursor -= 1 }
        guard cursor < start, cursor > 0 else { return false }
        let previous = s.bytes[cursor - 1]
        if previous == 62 || previous == 93 || previous == 63 { return true }
        guard isIdentifierByte(previous) else { return false }
        var wordStart = cursor
        while wordStart > 0, isIdentifierByte(s.bytes[wordStart - 1]) || s.bytes[wordStart - 1] == 46 { wordStart -= 1 }
        return !rules.controlWords.contains(s.bytes, wordStart..<cursor)
    }

    /// After `import` or `package`: the module path, plain, to the end of the name.
    private func skipModuleName(_ s: inout Scanner) {
        s.skipBlanks()
        s.skip { !Bytes.isSpace($0) && $0 != 59 && $0 != 40 }
    }
}
