import Foundation

/// The line work behind `KramdownConverter`: block quotes, callouts, inline attribute lists.
extension KramdownConverter {
    /// The block that ends `output` (its last lines up to a blank one) as a callout of `kind`:
    /// a block quote gets the `[!KIND]` line first; a paragraph or list is quoted first.
    static func makeCallout(_ kind: String, in output: inout [String]) {
        var start = output.count
        while start > 0, !output[start - 1].trimmingCharacters(in: .whitespaces).isEmpty { start -= 1 }
        guard start < output.count else { return }
        let (quote, _) = splitQuote(output[start])
        let indent = String(output[start].prefix { $0 == " " || $0 == "\t" })
        if quote.isEmpty {
            for index in start..<output.count {
                let line = output[index]
                output[index] = indent + "> " + (line.hasPrefix(indent) ? line.dropFirst(indent.count) : Substring(line))
            }
            output.insert(indent + "> [!\(kind)]", at: start)
        } else {
            output.insert(quote + "[!\(kind)]", at: start)
        }
    }

    /// A list item line (`* TOC`, `1. 목차`): `{:toc}` replaces the list before it with the
    /// table of contents.
    /// Chirpy's `{: file="a.yml" }` after a fenced code block as `title="a.yml"` on its opening
    /// fence; false when the lines before it are no fenced code block.
    static func nameCodeBlock(_ file: String, in output: inout [String]) -> Bool {
        guard !file.isEmpty, !file.contains("\""), let closing = output.last,
              let opening = output.indices.dropLast().last(where: { CodeFence(opening: output[$0]) != nil }),
              let fence = CodeFence(opening: output[opening]), fence.isClosed(by: closing), opening < output.count - 1 else { return false }
        output[opening] += " title=\"\(file)\""
        return true
    }

    static func isListItem(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let marker = digits.isEmpty ? trimmed.prefix(1) : trimmed.prefix(digits.count + 1)
        return ["*", "-", "+"].contains(marker) || (!digits.isEmpty && (marker.hasSuffix(".") || marker.hasSuffix(")")))
            ? trimmed.dropFirst(marker.count).first == " " : false
    }

    /// A line's block quote markers (`> > `, with the spaces before them) and the rest.
    static func splitQuote(_ line: String) -> (quote: String, rest: Substring) {
        var rest = Substring(line)
        var quote = ""
        while true {
            let spaces = rest.prefix { $0 == " " }
            guard spaces.count < 4, rest.dropFirst(spaces.count).first == ">" else { break }
            var marker = rest.prefix(spaces.count + 1)
            if rest.dropFirst(marker.count).first == " " { marker = rest.prefix(marker.count + 1) }
            quote += marker
            rest = rest.dropFirst(marker.count)
        }
        return (quote, rest)
    }

    /// The line without inline attribute lists (`![a](b.png){: w="700" .shadow}`,
    /// `` `a.txt`{: .filepath} ``), code spans left as they are.
    static func removingInlineAttributes(_ line: String, log: inout ImportLog) -> String {
        guard line.contains("{:") else { return line }
        var result = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "`" {
                let span = codeSpan(in: line, at: index)
                result += line[index..<span]
                index = span
            } else if line[index...].hasPrefix("{:"), let close = line[index...].firstIndex(of: "}") {
                log.count("kramdown attribute lists ({: …}) dropped")
                index = line.index(after: close)
            } else {
                result.append(character)
                index = line.index(after: index)
            }
        }
        return result
    }

    /// The end of the code span opening at `start` (a run of backticks and the next equal
    /// run), or the end of the run when it is never closed.
    private static func codeSpan(in line: String, at start: String.Index) -> String.Index {
        let run = line[start...].prefix { $0 == "`" }
        var index = run.endIndex
        while let next = line[index...].firstIndex(of: "`") {
            let closing = line[next...].prefix { $0 == "`" }
            if closing.count == run.count { return closing.endIndex }
            index = closing.endIndex
        }
        return run.endIndex
    }
}

/// An open fenced code block: its character and length, and how far it is indented.
struct CodeFence {
    let character: Character
    let length: Int

    /// The fence a line opens (after block quote markers and indentation), if any.
    init?(opening line: String) {
        let (_, rest) = KramdownConverter.splitQuote(line)
        let trimmed = rest.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let run = trimmed.prefix { $0 == first }
        guard run.count >= 3, first == "~" || !trimmed.dropFirst(run.count).contains("`") else { return nil }
        character = first
        length = run.count
    }

    /// Whether `line` closes this fence.
    func isClosed(by line: String) -> Bool {
        let (_, rest) = KramdownConverter.splitQuote(line)
        let trimmed = rest.drop { $0 == " " || $0 == "\t" }
        let run = trimmed.prefix { $0 == character }
        return run.count >= length && trimmed.dropFirst(run.count).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
