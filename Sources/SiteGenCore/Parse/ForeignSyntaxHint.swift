/// Jekyll's Liquid (`{% … %}`, `{{ … }}`) and kramdown attribute lists (`{: … }`), and Hugo's
/// shortcodes (`{{< … >}}`), in a post copied in as it is: sitegen shows them as text, so the
/// site is told once (a site-wide warning) that `sitegen import` converts them. Code blocks and
/// code spans are skipped: there they are what the author meant to show. Pure.
enum ForeignSyntaxHint {
    static let message = "Jekyll or Hugo syntax ({% … %}, {{ … }}, {: … }, {{< … >}}) is shown as text; "
        + "'sitegen import jekyll|hugo' converts it (README, 'Moving from Jekyll or Hugo')"

    /// The first line of `body` (counted from `bodyLine`) with such syntax outside code.
    static func find(in body: Substring, bodyLine: Int) -> SiteWideWarning? {
        guard mayHaveMarker(body.utf8) else { return nil }
        var fence: Substring?
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix { $0 == trimmed.first }
                continue
            }
            if line.hasPrefix("    ") || line.hasPrefix("\t") { continue }
            if let column = column(in: line) { return SiteWideWarning(message: message, line: bodyLine + offset, column: column) }
        }
        return nil
    }

    /// Whether `{%`, `{{` or `{:` occurs anywhere: one pass over the bytes (Foundation's
    /// `contains` on a Substring goes through NSString and cost 10% of a build's CPU here).
    private static func mayHaveMarker(_ bytes: Substring.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if previous == UInt8(ascii: "{"), byte == UInt8(ascii: "%") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: ":") { return true }
            previous = byte
        }
        return false
    }

    /// 1-based column (in characters) of the first marker outside a code span.
    private static func column(in line: Substring) -> Int? {
        var inCode = false
        var previous: Character?
        for (offset, character) in line.enumerated() {
            if character == "`" { inCode.toggle() }
            if !inCode, previous == "{", character == "%" || character == "{" || character == ":" { return offset }
            previous = character
        }
        return nil
    }
}
