import Foundation

/// Jekyll's Liquid in a page's text, turned into what the page showed: `{% raw %}` unwrapped,
/// `{% highlight %}` as fenced code, `{% post_url %}`, `{% link %}`, `{{ site.baseurl }}` and
/// `relative_url` as site links, comments dropped. Control flow and unknown tags cannot be
/// run here: they are removed (their text kept) and logged as left for a hand. Pure.
struct LiquidConverter {
    let links: ImportLinks
    /// Relative to the import source, for the log.
    let sourcePath: String
    /// The file line of the text's first line.
    var firstLine = 1
    /// `{{ page.title }}`.
    var pageTitle = ""
    /// The text is code (a `{% highlight %}` block's body).
    var isCode = false

    /// One replacement: the range of the text it replaces and what goes there.
    struct Step {
        var replaced: Range<String.Index>
        var replacement: String
    }

    func convert(_ text: String, log: inout ImportLog) -> String {
        let lines = LineIndex(text)
        var out = ""
        var cursor = text.startIndex
        while let token = LiquidScanner.next(in: text, from: cursor) {
            let line = firstLine - 1 + lines.line(of: token.range.lowerBound)
            var step = handle(token, in: text, line: line, log: &log)
            step.replaced = Self.widened(step.replaced, for: token, in: text, notBefore: cursor)
            out += text[cursor..<step.replaced.lowerBound]
            out += step.replacement
            cursor = step.replaced.upperBound
        }
        return out + text[cursor...]
    }

    private func handle(_ token: LiquidToken, in text: String, line: Int, log: inout ImportLog) -> Step {
        if token.kind == .output { return Step(replaced: token.range, replacement: output(token, in: text, line: line, log: &log)) }
        let ends = ["raw": "endraw", "comment": "endcomment", "highlight": "endhighlight", "capture": "endcapture"]
        guard let end = ends[token.name] else { return Step(replaced: token.range, replacement: tag(token, line: line, log: &log)) }
        guard let block = block(token, until: end, in: text, line: line) else {
            log.leave(sourcePath, line: line, "{% \(token.name) %} has no {% \(end) %}; the tag was removed")
            return Step(replaced: token.range, replacement: "")
        }
        switch token.name {
        case "raw":
            log.count("{% raw %} unwrapped")
            return Step(replaced: block.replaced, replacement: block.body)
        case "highlight":
            log.count("{% highlight %} → fenced code")
            let code = highlighted(block.body, language: token.arguments, bodyLine: block.bodyLine, before: text[..<token.range.lowerBound], log: &log)
            return Step(replaced: block.replaced, replacement: code)
        case "capture":
            log.leave(sourcePath, line: line, "Liquid {% capture \(token.arguments) %} cannot be converted; removed with its text")
            return Step(replaced: block.replaced, replacement: "")
        default:
            log.count("{% comment %} removed")
            return Step(replaced: block.replaced, replacement: "")
        }
    }

    /// A tag with an end tag: the text between them, its first line, and the range from the
    /// opening tag to the end tag; nil without the end tag.
    private func block(_ token: LiquidToken, until end: String, in text: String, line: Int) -> (body: String, bodyLine: Int, replaced: Range<String.Index>)? {
        guard let close = LiquidScanner.nextTag(named: [end], in: text, from: token.range.upperBound) else { return nil }
        let bodyStart = Self.widenedEnd(of: token, in: text)
        let body = bodyStart..<max(bodyStart, Self.widenedStart(of: close, in: text))
        let bodyLine = line + text[token.range.lowerBound..<body.lowerBound].utf8.filter { $0 == UInt8(ascii: "\n") }.count
        return (String(text[body]), bodyLine, token.range.lowerBound..<Self.widenedEnd(of: close, in: text))
    }

    /// `{% highlight java linenos %}…` as a fence with the language, its body's Liquid
    /// converted too (Jekyll renders it), indented like the tag.
    private func highlighted(_ body: String, language: String, bodyLine: Int, before: Substring, log: inout ImportLog) -> String {
        var converter = self
        converter.firstLine = bodyLine
        converter.isCode = true
        let options = language.split(separator: " ").dropFirst().contains { $0 == "linenos" || $0.hasPrefix("linenos=") } ? ["linenos"] : []
        return Fences.block(converter.convert(body, log: &log), language: language, before: before, options: options)
    }
}

/// Code fences long enough for the code inside them.
enum Fences {
    /// `code` between fences naming the first word of `language`, indented like the text
    /// on the line before it (`before` is the text up to where the block goes), on a line of
    /// its own, with sitegen's `options` (`linenos`, `hl_lines="2 4"`) after the language.
    /// Blank lines at either end of the code go.
    static func block(_ code: String, language: String, before: Substring, options: [String] = []) -> String {
        var code = Substring(code)
        while code.first == "\n" { code = code.dropFirst() }
        while code.last == "\n" || code.last == " " || code.last == "\t" { code = code.dropLast() }
        let (indent, startsLine) = lineStart(before)
        let fence = fence(for: code)
        let lang = language.split(separator: " ").first.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) } ?? ""
        let opening: String = (startsLine ? "" : "\n") + fence + ([lang] + options).filter { !$0.isEmpty }.joined(separator: " ")
        let closing: String = (startsLine ? String(indent) : "") + fence
        return opening + "\n" + code + "\n" + closing
    }

    /// The indentation of the line `before` ends on, and whether that line is only indentation.
    static func lineStart(_ before: Substring) -> (indent: Substring, startsLine: Bool) {
        let start = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        let indent = before[start...]
        return (indent, indent.allSatisfy { $0 == " " || $0 == "\t" })
    }

    /// Three backticks, or one more than the longest run of backticks in `code`.
    static func fence(for code: Substring) -> String {
        var longest = 0, run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }
}
