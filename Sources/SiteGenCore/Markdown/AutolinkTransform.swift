/// GFM's extended autolinks in text outside links: `www.example.com`, `http://`, `https://` and
/// `ftp://` URLs, and e-mail addresses, with cmark-gfm's rules for valid domains, trailing
/// punctuation, unbalanced `)` and a trailing entity-like `&name;`.
enum AutolinkTransform {
    static func apply(to nodes: inout [MarkdownNode]) {
        var result: [MarkdownNode] = []
        result.reserveCapacity(nodes.count + 2)
        for (index, node) in nodes.enumerated() {
            guard case .text(let text) = node.kind, mayHoldLink(text) else {
                result.append(node)
                continue
            }
            let before = index > 0 ? nodes[index - 1].lastScalar : "\n"
            result += links(in: Array(text.utf8), before: before, line: node.line)
        }
        nodes = result
    }

    /// `www.`, `://` or `@` somewhere in the text.
    private static func mayHoldLink(_ text: String) -> Bool {
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in text.utf8 {
            if byte == 0x40 { return true }
            if byte == 0x2E, previous == (0x77, 0x77, 0x77) { return true }
            if byte == 0x2F, previous.1 == 0x3A, previous.2 == 0x2F { return true }
            previous = (previous.1, previous.2, byte)
        }
        return false
    }

    /// Text cut into text and link nodes.
    private static func links(in bytes: [UInt8], before: Unicode.Scalar, line: Int32) -> [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        var start = 0, index = 0
        while index < bytes.count {
            guard let match = AutolinkScanner(bytes: bytes, start: start).match(at: index, before: before) else {
                index += 1
                continue
            }
            if match.range.lowerBound > start {
                nodes.append(MarkdownNode(.text(String(decoding: bytes[start..<match.range.lowerBound], as: UTF8.self)), line: line))
            }
            let text = String(decoding: bytes[match.range], as: UTF8.self)
            nodes.append(MarkdownNode(.link(destination: match.prefix + text, title: ""), children: [MarkdownNode(.text(text), line: line)], line: line))
            index = match.range.upperBound
            start = index
        }
        if start < bytes.count || nodes.isEmpty { nodes.append(MarkdownNode(.text(String(decoding: bytes[start...], as: UTF8.self)), line: line)) }
        return nodes
    }
}

/// Finds one autolink starting around a position of a text.
struct AutolinkScanner {
    struct Match {
        var range: Range<Int>
        /// What the destination starts with before the text (`http://`, `mailto:` or nothing).
        var prefix: String
    }

    let bytes: [UInt8]
    /// Where the current text run starts (nothing before it may be taken into a link).
    let start: Int

    func match(at index: Int, before: Unicode.Scalar) -> Match? {
        switch bytes[index] {
        case 0x77: return www(at: index, before: before)
        case 0x3A: return url(colonAt: index)
        case 0x40: return email(atSignAt: index)
        default: return nil
        }
    }

    /// `www.` at the start, after white space or after `* _ ~ (`.
    private func www(at index: Int, before: Unicode.Scalar) -> Match? {
        let allowed: Bool
        if index > 0 {
            let previous = bytes[index - 1]
            allowed = previous == 0x20 || previous == 0x09 || previous == 0x0A || previous == 0x0D || "*_~(".utf8.contains(previous)
        } else {
            allowed = CharacterClass.isWhitespace(before) || "*_~(".unicodeScalars.contains(before)
        }
        guard allowed, bytes[index...].starts(with: Array("www.".utf8)) else { return nil }
        let domain = domainLength(from: index, allowShort: false)
        guard domain > 0 else { return nil }
        let end = trimmedEnd(from: index, to: runEnd(from: index + domain))
        return end > index ? Match(range: index..<end, prefix: "http://") : nil
    }

    /// `http://`, `https://` or `ftp://` ending at the `:`; the scheme is the letters before it.
    private func url(colonAt colon: Int) -> Match? {
        guard colon + 3 < bytes.count, bytes[colon + 1] == 0x2F, bytes[colon + 2] == 0x2F else { return nil }
        var schemeStart = colon
        while schemeStart > start, Self.isAlpha(bytes[schemeStart - 1]) { schemeStart -= 1 }
        let scheme = String(decoding: bytes[schemeStart..<colon], as: UTF8.self).lowercased()
        guard ["http", "https", "ftp"].contains(scheme), isHostCharacter(at: colon + 3) else { return nil }
        let domain = domainLength(from: colon + 3, allowShort: true)
        guard domain > 0 else { return nil }
        let end = trimmedEnd(from: schemeStart, to: runEnd(from: colon + 3 + domain))
        return end > schemeStart ? Match(range: schemeStart..<end, prefix: "") : nil
    }

    /// `local@domain.tld`: letters, digits and `.+-_` before the `@`; one `@`, a dot, and a
    /// letter (or `.`) at the end.
    private func email(atSignAt at: Int) -> Match? {
        var localStart = at
        while localStart > start, Self.isAlphanumeric(bytes[localStart - 1]) || ".+-_".utf8.contains(bytes[localStart - 1]) { localStart -= 1 }
        guard localStart < at, localStart == start || bytes[localStart - 1] != 0x2F else { return nil }
        var end = at + 1, dots = 0
        while end < bytes.count {
            let byte = bytes[end]
            if Self.isAlphanumeric(byte) || byte == 0x2D || byte == 0x5F {
                end += 1
            } else if byte == 0x2E, end + 1 < bytes.count, Self.isAlphanumeric(bytes[end + 1]) {
                dots += 1
                end += 1
            } else if byte == 0x40 {
                return nil  // a second '@'
            } else {
                break
            }
        }
        guard end - at >= 2, dots > 0, let last = bytes[..<end].last, Self.isAlpha(last) || last == 0x2E else { return nil }
        let trimmed = trimmedEnd(from: localStart, to: end)
        return trimmed > at + 1 ? Match(range: localStart..<trimmed, prefix: "mailto:") : nil
    }

    /// Length of a valid domain at `index` (cmark-gfm's `check_domain`): host characters, `-`,
    /// `_` and dots, no `_` in the last two labels, and a dot unless `allowShort`; 0 if invalid.
    private func domainLength(from index: Int, allowShort: Bool) -> Int {
        var position = index + 1, dots = 0, underscoresBefore = 0, underscores = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x5F {
                underscores += 1
            } else if byte == 0x2E {
                underscoresBefore = underscores
                underscores = 0
                dots += 1
            } else if byte != 0x2D, !isHostCharacter(at: position) {
                break
            }
            position += 1
        }
        guard underscoresBefore == 0, underscores == 0, allowShort || dots > 0 else { return 0 }
        return position - index
    }

    private func runEnd(from index: Int) -> Int {
        var end = index
        while end < bytes.count, !(bytes[end] == 0x20 || (bytes[end] >= 0x09 && bytes[end] <= 0x0D)) { end += 1 }
        return end
    }

    /// cmark-gfm's `autolink_delim`: stop at `<`, drop trailing `?!.,:*_~'"`, a trailing
    /// `&entity;`, and `)` that close more than they open.
    private func trimmedEnd(from start: Int, to end: Int) -> Int {
        var end = bytes[start..<end].firstIndex(of: 0x3C) ?? end
        while end > start {
            let last = bytes[end - 1]
            if "?!.,:*_~'\"".utf8.contains(last) {
                end -= 1
            } else if last == 0x3B {
                var entityStart = end - 2
                while entityStart > start, Self.isAlpha(bytes[entityStart]) { entityStart -= 1 }
                end = entityStart < end - 2 && bytes[entityStart] == 0x26 ? entityStart : end - 1
            } else if last == 0x29 {
                let opening = bytes[start..<end].filter { $0 == 0x28 }.count
                let closing = bytes[start..<end].filter { $0 == 0x29 }.count
                guard closing > opening else { break }
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    /// Not white space and not punctuation (a non-ASCII byte is taken as part of a host name).
    private func isHostCharacter(at index: Int) -> Bool {
        let byte = bytes[index]
        if byte >= 0x80 { return true }
        let scalar = Unicode.Scalar(byte)
        return !CharacterClass.isWhitespace(scalar) && !CharacterClass.isPunctuation(scalar)
    }

    private static func isAlpha(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isAlpha(byte) || (byte >= 0x30 && byte <= 0x39) }
}
