import Foundation

/// Hugo's shortcodes in a page's text, turned into plain Markdown: `highlight` as fenced code,
/// `figure` as an image, `ref`/`relref` as the page's new URL, `youtube` (and `vimeo`,
/// `gist`, `x`/`tweet`, `instagram`) as a plain link, admonitions (`notice`, `admonition`,
/// `hint`, `alert`, `callout`) as callouts, escaped ones (`{{</* x */>}}`) as their text.
/// Others are removed (their inner text kept) and logged as left for a hand. Pure.
struct ShortcodeConverter {
    let links: ImportLinks
    /// Relative to the import source, for the log and for relative `ref`s.
    let sourcePath: String
    /// The file line of the text's first line.
    var firstLine = 1

    /// Callout kinds by admonition type.
    static let calloutKinds: [String: String] = [
        "note": "NOTE", "info": "NOTE", "tip": "TIP", "success": "TIP", "hint": "TIP", "important": "IMPORTANT",
        "warning": "WARNING", "warn": "WARNING", "caution": "CAUTION", "danger": "CAUTION", "error": "CAUTION",
    ]
    static let admonitions: Set<String> = ["notice", "admonition", "hint", "alert", "callout", "note", "tip", "warning", "info", "danger"]
    static let unwrapped: Set<String> = ["rawhtml", "raw", "html", "markdown", "md"]

    func convert(_ text: String, log: inout ImportLog) -> String {
        let lines = LineIndex(text)
        var out = ""
        var cursor = text.startIndex
        while let code = ShortcodeScanner.next(in: text, from: cursor) {
            let line = firstLine - 1 + lines.line(of: code.range.lowerBound)
            out += text[cursor..<code.range.lowerBound]
            let (end, replacement) = handle(code, in: text, line: line, log: &log)
            out += replacement
            cursor = end
        }
        return out + text[cursor...]
    }

    /// Where the shortcode (with its inner text and closing tag, if paired) ends, and what replaces it.
    private func handle(_ code: Shortcode, in text: String, line: Int, log: inout ImportLog) -> (String.Index, String) {
        if code.isEscaped {
            log.count("escaped shortcodes → their text")
            let shown = code.written.replacingOccurrences(of: "{{</*", with: "{{<").replacingOccurrences(of: "{{%/*", with: "{{%")
                .replacingOccurrences(of: "*/>}}", with: ">}}").replacingOccurrences(of: "*/%}}", with: "%}}")
            return (code.range.upperBound, shown)
        }
        let before = text[..<code.range.lowerBound]
        if let close = closing(of: code, in: text) {
            var inner = self
            inner.firstLine = line + text[code.range.lowerBound..<code.range.upperBound].filter { $0 == "\n" }.count
            let body = inner.convert(String(text[code.range.upperBound..<close.range.lowerBound]), log: &log)
            return (close.range.upperBound, paired(code, body: body, before: before, line: line, log: &log))
        }
        return (code.range.upperBound, single(code, line: line, log: &log))
    }

    /// The closing `{{< /name >}}` of a shortcode, unless it closes itself.
    private func closing(of code: Shortcode, in text: String) -> Shortcode? {
        guard !code.isSelfClosing, !code.isClosing else { return nil }
        var position = code.range.upperBound
        while let next = ShortcodeScanner.next(in: text, from: position) {
            if next.isClosing, next.name == code.name { return next }
            position = next.range.upperBound
        }
        return nil
    }

    /// Hugo's `"linenos=table,hl_lines=2 4-5"` as sitegen's code block options; others go.
    static func highlightOptions(_ text: String) -> [String] {
        var options: [String] = []
        for option in text.split(separator: ",") {
            let parts = option.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.first == "linenos", parts.count == 1 || !["false", ""].contains(parts[1]) { options.append("linenos") }
            if parts.first == "hl_lines", parts.count == 2, !parts[1].isEmpty, !parts[1].contains("\"") { options.append("hl_lines=\"\(parts[1])\"") }
        }
        return options
    }

    private func paired(_ code: Shortcode, body: String, before: Substring, line: Int, log: inout ImportLog) -> String {
        switch code.name {
        case "highlight":
            log.count("{{< highlight >}} → fenced code")
            return Fences.block(body, language: code.argument("lang", at: 0) ?? "", before: before,
                                options: Self.highlightOptions(code.argument("options", at: 1) ?? ""))
        case let name where Self.admonitions.contains(name):
            let type = (code.argument("type", at: 0) ?? name).lowercased()
            guard let kind = Self.calloutKinds[type] else { break }
            log.count("admonition shortcodes → callouts")
            return Callouts.block(kind: kind, title: code.argument("title", at: 1), body: body, before: before)
        case let name where Self.unwrapped.contains(name):
            log.count("{{< rawhtml >}} and the like unwrapped")
            return body
        default: break
        }
        log.leave(sourcePath, line: line, "shortcode \(code.written) has no sitegen equivalent; removed, the text inside kept")
        return body
    }
}

/// Callouts (`> [!TIP]`) made from a block of Markdown.
enum Callouts {
    /// `body` quoted as a callout of `kind`, on lines of its own, indented like `before`'s last line.
    static func block(kind: String, title: String?, body: String, before: Substring) -> String {
        var body = Substring(body)
        while body.first == "\n" { body = body.dropFirst() }
        while body.last == "\n" || body.last == " " { body = body.dropLast() }
        let (indent, startsLine) = Fences.lineStart(before)
        let title = title.map { " " + $0 } ?? ""
        let lines = ["> [!\(kind)]\(title)"] + body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }
        return (startsLine ? "" : "\n") + lines.enumerated().map { $0.offset == 0 ? $0.element : indent + $0.element }.joined(separator: "\n")
    }
}
