import Foundation

/// The destinations of Markdown links and images (`](…)`) outside code, each handed to a
/// function that may replace it. For the import's passes over link addresses.
enum LinkDestinations {
    /// `text` with every destination for which `replace` (given the destination and its file
    /// line) returns something replaced by that.
    static func rewrite(_ text: String, firstLine: Int, _ replace: (Substring, Int) -> String?) -> String {
        rewrite(text, firstLine: firstLine) { destination, line, _ in replace(destination, line) }
    }

    /// Like `rewrite(_:firstLine:_:)`, also telling `replace` whether the destination is an image's.
    static func rewrite(_ text: String, firstLine: Int, _ replace: (Substring, Int, Bool) -> String?) -> String {
        guard text.contains("](") else { return text }
        var fence: CodeFence?
        var lines: [String] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).enumerated() {
            if let open = fence {
                if open.isClosed(by: line) { fence = nil }
                lines.append(line)
            } else if let open = CodeFence(opening: line) {
                fence = open
                lines.append(line)
            } else {
                lines.append(rewriteLine(line, line: firstLine + offset, replace))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func rewriteLine(_ line: String, line number: Int, _ replace: (Substring, Int, Bool) -> String?) -> String {
        guard line.contains("](") else { return line }
        var result = ""
        var rest = Substring(line)
        while let open = rest.range(of: "](") {
            let before = rest[..<open.lowerBound]
            result += before + "]("
            rest = rest[open.upperBound...]
            guard result.filter({ $0 == "`" }).count % 2 == 0 else { continue }
            let destination = Self.destination(rest)
            let isImage = before.lastIndex(of: "[").map { $0 > before.startIndex && before[before.index(before: $0)] == "!" } ?? false
            result += replace(destination, number, isImage) ?? String(destination)
            rest = rest.dropFirst(destination.count)
        }
        return result + rest
    }

    /// The text up to the `)` that closes the link (parentheses balanced).
    private static func destination(_ text: Substring) -> Substring {
        var depth = 0
        for index in text.indices {
            switch text[index] {
            case "(": depth += 1
            case ")":
                if depth == 0 { return text[..<index] }
                depth -= 1
            default: break
            }
        }
        return text[...]
    }
}

/// Link addresses that were broken in the old site too, in ways with one obvious fix: a
/// Markdown link pasted as the address (`[a]([b](b))`) and a quoted address (`[a]("b")`).
/// sitegen checks every internal link, so left alone they would fail the build. Each
/// repair is logged. Pure.
enum LinkRepairs {
    static func repair(_ text: String, sourcePath: String, firstLine: Int, log: inout ImportLog) -> String {
        LinkDestinations.rewrite(text, firstLine: firstLine) { destination, line in
            guard let fixed = fixed(destination) else { return nil }
            log.leave(sourcePath, line: line, "link address \(destination) was broken in the old site too; written as \(fixed)")
            return fixed
        }
    }

    /// The repaired address, or nil when it needs none.
    static func fixed(_ destination: Substring) -> String? {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        if trimmed.count > 2, let quote = trimmed.first, quote == "\"" || quote == "'", trimmed.last == quote,
           !trimmed.dropFirst().dropLast().contains(where: { $0 == quote || $0 == " " }) {
            return String(trimmed.dropFirst().dropLast())
        }
        if trimmed.hasPrefix("["), trimmed.hasSuffix(")"), let middle = trimmed.range(of: "]("), !trimmed[middle.upperBound...].contains(" ") {
            return String(trimmed[middle.upperBound...].dropLast())
        }
        return nil
    }
}
