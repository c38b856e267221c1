/// Turns one fenced code block into HTML. The Markdown stage calls this for every fenced or
/// indented code block (the only call site), with the block's literal text and its info string.
///
/// Placeholder until build-time highlighting lands (issue 13): escaped text in
/// `<pre><code class="language-x">`, exactly what cmark writes.
public enum CodeBlockRenderer {
    /// The HTML for one code block, and the language it was highlighted as.
    public static func render(code: String, info: String) -> RenderedCodeBlock {
        let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        let classAttribute = language.isEmpty ? "" : " class=\"language-\(HTML.escape(language))\""
        return RenderedCodeBlock(html: "<pre><code\(classAttribute)>\(HTML.escape(code))</code></pre>\n", language: language, isKnownLanguage: true)
    }
}

/// One code block as HTML.
public struct RenderedCodeBlock: Sendable, Equatable {
    /// The whole block, ending in a newline.
    public var html: String
    /// The language named by the info string's first word ("" when none).
    public var language: String
    /// False when the language has no highlighter (a warning names it once per site).
    public var isKnownLanguage: Bool
}
