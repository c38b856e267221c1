/// The one walk over a parsed body: block transforms (tables, alerts, task items, figures),
/// then every inline transform on every inline container — paragraphs, headings, table cells,
/// list items, block quotes, callouts, footnotes, link text — in document order, and what the
/// rest of the build needs from the body (headings, links, images, problems).
struct TreeTransformer {
    let options: MarkdownOptions
    /// The parsed text's lines, split only when a paragraph may be a table.
    let text: Substring
    private var lines: SourceLines?
    let parseInlines: (String) -> [MarkdownNode]
    var ids: UniqueIDs
    var footnotes: FootnoteRegistry
    var found = Found()

    init(options: MarkdownOptions, text: Substring, parseInlines: @escaping (String) -> [MarkdownNode], ids: UniqueIDs, footnotes: FootnoteRegistry) {
        self.options = options
        self.text = text
        self.parseInlines = parseInlines
        self.ids = ids
        self.footnotes = footnotes
    }

    /// What the walk records.
    struct Found {
        var headings: [Heading] = []
        var links: [SourceLink] = []
        var images: [ImageReference] = []
        var tasks = TaskCount()
        var problems: [MarkdownProblem] = []
        var rawHTMLLine: Int?
        var hasMath = false
    }

    mutating func blocks(_ nodes: inout [MarkdownNode], quotes: Int) {
        var index = 0
        while index < nodes.count {
            if nodes[index].kind == .paragraph, TableTransform.mayBeTable(nodes[index]) {
                if lines == nil { lines = SourceLines(text) }
                if let lines, let replacement = TableTransform.apply(to: nodes[index], lines: lines, quotes: quotes, parseInlines: parseInlines) {
                    nodes.replaceSubrange(index...index, with: replacement)
                }
            }
            block(&nodes[index], quotes: quotes)
            index += 1
        }
    }

    private mutating func block(_ node: inout MarkdownNode, quotes: Int) {
        switch node.kind {
        case .paragraph:
            inlines(&node.children, inLink: false)
            BlockTransforms.promote(&node)
            if case .mathBlock = node.kind { found.hasMath = true }
        case .heading(let level, _):
            inlines(&node.children, inLink: false)
            let text = Self.trimmingSpaces(node.plainText)
            let id = ids.claim(Slug.make(text))
            node.kind = .heading(level: level, id: id)
            found.headings.append(Heading(level: level, id: id, text: text))
        case .blockQuote:
            if let callout = BlockTransforms.callout(from: node) { node = callout }
            blocks(&node.children, quotes: quotes + 1)
        case .item:
            if let checked = BlockTransforms.taskMarker(in: &node) {
                found.tasks.total += 1
                if checked { found.tasks.done += 1 }
            }
            blocks(&node.children, quotes: quotes)
        case .table:
            for row in node.children.indices {
                for cell in node.children[row].children.indices { inlines(&node.children[row].children[cell].children, inLink: false) }
            }
        case .htmlBlock(let html): if !Self.isComment(html) { noteRawHTML(line: node.line) }
        case .mathBlock: found.hasMath = true
        default:
            blocks(&node.children, quotes: quotes)
        }
    }

    /// Autolinks first, as GFM finds them while parsing (a URL's `~` or `_` is never a
    /// delimiter), then footnote references, then the delimiter passes; each only where one
    /// pass over the text found its syntax.
    mutating func inlines(_ nodes: inout [MarkdownNode], inLink: Bool) {
        let features = InlineFeatures(nodes)
        if !inLink && features.mayHoldLink { AutolinkTransform.apply(to: &nodes) }
        if !inLink && features.mayHoldFootnote { FootnoteReferences.apply(to: &nodes, registry: &footnotes, ids: &ids) }
        if features.mayHoldCJKEmphasis { DelimiterPass(style: .emphasis).apply(to: &nodes) }
        if features.mayHoldTilde { DelimiterPass(style: .strikethrough).apply(to: &nodes) }
        for index in nodes.indices { inline(&nodes[index], inLink: inLink) }
    }

    private mutating func inline(_ node: inout MarkdownNode, inLink: Bool) {
        switch node.kind {
        case .link(let destination, let title):
            record(destination, node: node, isImage: false)
            node.kind = .link(destination: rewritten(destination), title: title)
            inlines(&node.children, inLink: true)
        case .image(let destination, let title):
            record(destination, node: node, isImage: true)
            let alt = node.plainText
            found.images.append(ImageReference(destination: destination, sitePath: LinkRewriter.sitePath(of: destination, relativeTo: options.imageFolder ?? options.sourceFolder),
                                               alt: alt, title: title.isEmpty ? nil : title, index: found.images.count,
                                               line: Int(node.line), column: Int(node.column)))
            if alt.allSatisfy({ $0 == " " }) {
                found.problems.append(MarkdownProblem(line: Int(node.line), column: Int(node.column),
                                                      message: "image \"\(destination)\" has no alt text; describe it between the brackets: ![what it shows](\(destination))"))
            }
            node.kind = .image(destination: rewritten(destination, isImage: true), title: title)
        case .emphasis, .strong, .strikethrough: inlines(&node.children, inLink: inLink)
        case .htmlInline(let html): if !Self.isComment(html) { noteRawHTML(line: node.line) }
        case .mathInline: found.hasMath = true
        default: break
        }
    }

    private func rewritten(_ destination: String, isImage: Bool = false) -> String {
        options.rewritesLinks ? LinkRewriter.rewrite(destination, options: options, isImage: isImage) : destination
    }

    private mutating func record(_ destination: String, node: MarkdownNode, isImage: Bool) {
        found.links.append(SourceLink(destination: destination, line: Int(node.line), column: Int(node.column), isImage: isImage))
    }

    /// An HTML comment alone (`<!--more-->`, Hugo's and Jekyll's summary divider) shows nothing
    /// either way, so leaving it out is not worth a warning.
    static func isComment(_ html: String) -> Bool {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->") && !trimmed.dropFirst(4).dropLast(3).contains("-->")
    }

    private mutating func noteRawHTML(line: Int32) {
        if !options.unsafeHTML, found.rawHTMLLine == nil { found.rawHTMLLine = Int(line) }
    }

    /// Trims spaces, tabs and Unicode space separators (`## \u{3000}제목`).
    static func trimmingSpaces(_ text: String) -> String {
        // Most headings start and end with an ASCII character other than a space or tab.
        if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80,
           first != 0x20, first != 0x09, last != 0x20, last != 0x09 { return text }
        let isSpace = { (scalar: Unicode.Scalar) in
            scalar == " " || scalar == "\t" || (!scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator)
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }
}
