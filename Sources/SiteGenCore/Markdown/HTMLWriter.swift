/// Writes a transformed Markdown tree as HTML. For CommonMark nodes the output is byte for byte
/// what cmark's own renderer writes (a test compares them on thousands of documents); sitegen's
/// own nodes (tables, callouts, math, footnotes, figures) follow GFM and GitHub's markup.
struct HTMLWriter {
    let options: MarkdownOptions
    /// Images in document order; the writer meets them in the same order.
    let images: [ImageReference]
    private var buffer: HTMLBuffer
    private var imageIndex = 0
    /// Code blocks whose language has no highlighter, in document order.
    private(set) var unknownLanguages: [UnknownCodeLanguage] = []
    /// Problems in code blocks' info strings (an unknown option, a line number out of range).
    private(set) var problems: [MarkdownProblem] = []

    init(options: MarkdownOptions, images: [ImageReference], capacity: Int) {
        self.options = options
        self.images = images
        buffer = HTMLBuffer(capacity: capacity + capacity / 2 + 64)
    }

    /// The HTML of a whole document.
    mutating func document(_ document: MarkdownNode) -> String {
        blocks(document.children, tight: false)
        return buffer.string
    }

    private mutating func blocks(_ nodes: [MarkdownNode], tight: Bool) {
        for node in nodes { block(node, tight: tight) }
    }

    private mutating func block(_ node: MarkdownNode, tight: Bool) {
        switch node.kind {
        case .paragraph:
            if tight { return inlines(node.children) }
            buffer.newline()
            buffer.raw("<p>")
            inlines(node.children)
            buffer.raw("</p>\n")
        case .heading(let level, let id): heading(node, level: level, id: id)
        case .blockQuote:
            buffer.newline()
            buffer.raw("<blockquote>\n")
            blocks(node.children, tight: false)
            buffer.newline()
            buffer.raw("</blockquote>\n")
        case .list(let style): list(node, style: style)
        case .item:
            buffer.newline()
            buffer.raw("<li>")
            blocks(node.children, tight: tight)
            buffer.raw("</li>\n")
        case .codeBlock(let info, let literal):
            buffer.newline()
            if options.forFeed { return plainCodeBlock(info: info, literal: literal) }
            let rendered = CodeBlockRenderer.render(code: literal, info: info)
            if !rendered.isKnownLanguage { unknownLanguages.append(UnknownCodeLanguage(language: rendered.language, line: Int(node.line))) }
            problems += rendered.problems.map { MarkdownProblem(line: Int(node.line), column: 1, message: $0) }
            buffer.raw(rendered.html)
        case .htmlBlock(let html):
            buffer.newline()
            rawHTML(html)
            buffer.newline()
        case .thematicBreak:
            buffer.newline()
            buffer.raw("<hr />\n")
        default:
            extensionBlock(node)
        }
    }

    /// A code block as cmark writes it (for feeds: no highlighting markup, no buttons).
    private mutating func plainCodeBlock(info: String, literal: String) {
        let language = info.prefix(while: { $0 != " " && $0 != "\t" && $0 != "\n" })
        if language.isEmpty {
            buffer.raw("<pre><code>")
        } else {
            buffer.raw("<pre><code class=\"language-")
            buffer.escaped(String(language))
            buffer.raw("\">")
        }
        buffer.escaped(literal)
        buffer.raw("</code></pre>\n")
    }

    private mutating func heading(_ node: MarkdownNode, level: Int, id: String) {
        buffer.newline()
        buffer.raw("<h\(level)")
        if !id.isEmpty {
            buffer.raw(" id=\"")
            buffer.escaped(id)
            buffer.raw("\"")
        }
        buffer.raw(">")
        inlines(node.children)
        if !id.isEmpty && !options.forFeed {
            buffer.raw("<a class=\"anchor\" href=\"#\(URLEncoding.encodeFragment(id))\" aria-hidden=\"true\" tabindex=\"-1\">#</a>")
        }
        buffer.raw("</h\(level)>\n")
    }

    private mutating func list(_ node: MarkdownNode, style: ListStyle) {
        buffer.newline()
        if !style.ordered {
            buffer.raw("<ul>\n")
        } else {
            buffer.raw(style.start == 1 ? "<ol>\n" : "<ol start=\"\(style.start)\">\n")
        }
        blocks(node.children, tight: style.tight)
        buffer.raw(style.ordered ? "</ol>\n" : "</ul>\n")
    }

    /// Raw HTML passes only in unsafe mode (GFM's tag filter still applies); otherwise it is
    /// replaced as cmark replaces it (the build warns about the file).
    private mutating func rawHTML(_ html: String) {
        if options.unsafeHTML { buffer.filteredHTML(html) } else { buffer.raw("<!-- raw HTML omitted -->") }
    }

    // MARK: - Inlines

    mutating func inlines(_ nodes: [MarkdownNode]) {
        for node in nodes { inline(node) }
    }

    private mutating func inline(_ node: MarkdownNode) {
        switch node.kind {
        case .text(let text), .escaped(let text): buffer.escaped(text)
        case .softBreak: buffer.raw("\n")
        case .lineBreak: buffer.raw("<br />\n")
        case .code(let code):
            buffer.raw("<code>")
            buffer.escaped(code)
            buffer.raw("</code>")
        case .htmlInline(let html): rawHTML(html)
        case .emphasis: wrapped("<em>", node.children, "</em>")
        case .strong: wrapped("<strong>", node.children, "</strong>")
        case .strikethrough: wrapped("<del>", node.children, "</del>")
        case .link(let destination, let title):
            buffer.raw("<a href=\"")
            safeURL(destination)
            if !title.isEmpty {
                buffer.raw("\" title=\"")
                buffer.escaped(title)
            }
            buffer.raw("\">")
            inlines(node.children)
            buffer.raw("</a>")
        case .image(let destination, let title): image(node, destination: destination, title: title)
        default: extensionInline(node)
        }
    }

    private mutating func wrapped(_ open: StaticString, _ children: [MarkdownNode], _ close: StaticString) {
        buffer.raw(open)
        inlines(children)
        buffer.raw(close)
    }

    /// A destination, left empty when it is dangerous and raw HTML is off (cmark's safe mode:
    /// `javascript:`, `vbscript:`, `file:`, and `data:` except PNG, GIF, JPEG and WebP images).
    mutating func safeURL(_ url: String) {
        if options.unsafeHTML || !URLSafety.isDangerous(url) { buffer.href(url) }
    }

    private mutating func image(_ node: MarkdownNode, destination: String, title: String, inFigure: Bool = false) {
        let reference = imageIndex < images.count ? images[imageIndex] : nil
        imageIndex += 1
        if let reference, let markup = options.images.markup(for: reference) {
            buffer.raw(markup)
            return
        }
        buffer.raw("<img src=\"")
        safeURL(destination)
        buffer.raw("\" alt=\"")
        altText(node.children)
        if !title.isEmpty && !inFigure {
            buffer.raw("\" title=\"")
            buffer.escaped(title)
        }
        buffer.raw("\" />")
    }

    /// An image's description as plain text (cmark: text, code and raw HTML, escaped).
    private mutating func altText(_ nodes: [MarkdownNode]) {
        for node in nodes {
            switch node.kind {
            case .text(let text), .escaped(let text), .code(let text), .htmlInline(let text): buffer.escaped(text)
            case .mathInline(let text, _): buffer.escaped(text)
            case .softBreak, .lineBreak: buffer.raw(" ")
            default: altText(node.children)
            }
        }
    }

    /// The figure for an image that stood alone in its paragraph with a title.
    mutating func figure(_ image: MarkdownNode) {
        guard case .image(let destination, let title) = image.kind else { return }
        buffer.newline()
        buffer.raw("<figure>")
        self.image(image, destination: destination, title: title, inFigure: true)
        buffer.raw("<figcaption>")
        buffer.escaped(title)
        buffer.raw("</figcaption></figure>\n")
    }

    /// Access for the extension writers in `HTMLWriter+Extensions.swift`.
    mutating func write(raw text: String) { buffer.raw(text) }
    mutating func write(escaped text: String) { buffer.escaped(text) }
    mutating func newline() { buffer.newline() }
    mutating func writeBlocks(_ nodes: [MarkdownNode]) { blocks(nodes, tight: false) }
}

/// cmark's dangerous-URL test for safe mode.
enum URLSafety {
    static func isDangerous(_ url: String) -> Bool {
        let lower = url.utf8.prefix(16).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        func starts(_ prefix: String) -> Bool { lower.starts(with: prefix.utf8) }
        if starts("data:image/png") || starts("data:image/gif") || starts("data:image/jpeg") || starts("data:image/webp") { return false }
        return starts("javascript:") || starts("vbscript:") || starts("file:") || starts("data:")
    }
}
