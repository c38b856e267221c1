import Foundation

/// How a Markdown body is turned into HTML.
public struct MarkdownOptions: Sendable, Equatable, Encodable {
    /// Pass raw HTML through (with GFM's tag filter) instead of replacing it (cmark's safe mode).
    public var unsafeHTML = false
    /// What a root-relative destination (`/posts/a/`) starts with after rewriting:
    /// the base path (`/blog/`) for pages, the absolute base URL for feeds.
    public var rootPrefix = "/"
    /// Site path of the folder holding the source file (`/posts/`); relative
    /// destinations (`diagram.png`) are resolved against it.
    public var sourceFolder = "/"
    /// Site path of the folder relative image destinations are resolved against, when it is
    /// not `sourceFolder` (Chirpy's `media_subpath: /assets/img/x/`).
    public var imageFolder: String? = nil
    /// Images the image stage processed; the HTML writer asks it for each image's markup.
    public var images = ImageCatalog()
    /// For a feed reader: no heading self-links and nothing that needs the theme's CSS or script.
    public var forFeed = false
    /// Words sitegen writes into the body (callout titles, the footnote back-link label).
    public var labels = MarkdownLabels()
    /// Rewrite site-internal destinations for the base path (off for a text outside any site,
    /// `sitegen markdown`: destinations stay as written).
    public var rewritesLinks = true

    public init(unsafeHTML: Bool = false, rootPrefix: String = "/", sourceFolder: String = "/", images: ImageCatalog = ImageCatalog(),
                forFeed: Bool = false, labels: MarkdownLabels = MarkdownLabels()) {
        self.unsafeHTML = unsafeHTML
        self.rootPrefix = rootPrefix
        self.sourceFolder = sourceFolder
        self.images = images
        self.forFeed = forFeed
        self.labels = labels
    }
}

/// Words the Markdown stage writes into pages; Korean by default, set in `site.yaml`
/// (`markdown: { callouts: { note: 메모 } }`).
public struct MarkdownLabels: Sendable, Equatable, Encodable {
    public var note = "참고"
    public var tip = "팁"
    public var important = "중요"
    public var warning = "경고"
    public var caution = "주의"
    /// `aria-label` of a footnote's link back to where it is referenced.
    public var backToReference = "본문으로 돌아가기"

    public init() {}

    public func title(of kind: CalloutKind) -> String {
        switch kind {
        case .note: return note
        case .tip: return tip
        case .important: return important
        case .warning: return warning
        case .caution: return caution
        }
    }

    public mutating func setTitle(_ title: String, of kind: CalloutKind) {
        switch kind {
        case .note: note = title
        case .tip: tip = title
        case .important: important = title
        case .warning: warning = title
        case .caution: caution = title
        }
    }
}

/// The Markdown stage: cmark parses (through `CmarkParser`, its only caller), the Swift tree is
/// transformed (`TreeTransformer`) and written (`HTMLWriter`). Pure: the same text and options
/// give the same result.
public enum MarkdownRenderer {
    /// Ids the theme uses itself; headings never get them.
    static let reservedIDs: Set<String> = ["main", "top", "toc", "toc-title", "content", "site-header", "site-footer"]
    private static let seededIDs = UniqueIDs(reserved: reservedIDs)

    /// Renders one Markdown body.
    public static func render<Text: StringProtocol>(_ text: Text, options: MarkdownOptions = MarkdownOptions()) -> RenderedMarkdown {
        var result = RenderedMarkdown()
        var (source, footnotes, document) = parse(Substring(text), counting: &result.wordCount)
        let parseInlines = { (text: String) in inlineNodes(of: text, markers: source.markers) }
        var walk = TreeTransformer(options: options, text: source.text, parseInlines: parseInlines, ids: seededIDs,
                                   footnotes: FootnoteRegistry(footnotes.map { ($0, bodyBlocks(of: $0.body, counting: &result.wordCount)) }))
        walk.blocks(&document.children, quotes: 0)
        if let section = footnoteSection(&walk) { document.children.append(section) }
        result.firstParagraph = document.children.first(where: { $0.kind == .paragraph })?.plainText ?? ""
        record(walk, into: &result)
        var writer = HTMLWriter(options: options, images: walk.found.images, capacity: text.utf8.count)
        result.html = writer.document(document)
        result.imageDigest = options.images.digest(of: result.images)
        result.unknownCodeLanguages = writer.unknownLanguages
        result.problems += writer.problems
        return result
    }

    /// libcmark's own HTML for `text` (CommonMark only): the reference the Swift writer is
    /// compared with in tests and `bench/markdown_diff.py`.
    public static func referenceHTML(_ text: String, unsafe: Bool = false) -> String {
        CmarkParser.referenceHTML(text, unsafe: unsafe)
    }

    /// Parses a body, rewriting math and cutting footnote definitions out when it has any.
    private static func parse(_ text: Substring, counting words: inout WordCount) -> (MarkdownSource, [FootnoteDefinition], MarkdownNode) {
        let source = MarkdownSource(text)
        let document = CmarkParser.parse(source.text, markers: source.markers, counting: &words)
        guard source.mayNeedRewrite, let (rewritten, footnotes) = source.rewritten(protecting: protectedLines(of: document)) else {
            return (source, [], document)
        }
        var ignored = WordCount()
        return (rewritten, footnotes, CmarkParser.parse(rewritten.text, markers: rewritten.markers, counting: &ignored))
    }

    /// A footnote's own Markdown as blocks (tables included; inlines are transformed later, with
    /// the rest of the body, so footnote numbers follow the order of references).
    private static func bodyBlocks(of text: String, counting words: inout WordCount) -> [MarkdownNode] {
        let source = MarkdownSource(text[...])
        var document = CmarkParser.parse(source.text, markers: source.markers, counting: &words)
        if source.mayNeedRewrite, let (rewritten, _) = source.rewritten(protecting: protectedLines(of: document)) {
            var ignored = WordCount()
            document = CmarkParser.parse(rewritten.text, markers: rewritten.markers, counting: &ignored)
        }
        return document.children
    }

    /// Lines of code and raw HTML blocks: math and footnote definitions are never looked for there.
    private static func protectedLines(of document: MarkdownNode) -> IndexSet {
        var lines = IndexSet()
        func visit(_ node: MarkdownNode) {
            switch node.kind {
            case .codeBlock, .htmlBlock, .mathBlock:
                if node.line > 0, node.endLine >= node.line { lines.insert(integersIn: Int(node.line)...Int(node.endLine)) }
            default:
                if !node.holdsInlines { node.children.forEach(visit) }
            }
        }
        visit(document)
        return lines
    }

    /// One cell's or lead line's inlines (text that would parse as another block stays text).
    private static func inlineNodes(of text: String, markers: MarkdownMarkers) -> [MarkdownNode] {
        var ignored = WordCount()
        let document = CmarkParser.parse(text, markers: markers, counting: &ignored)
        if document.children.count == 1, let paragraph = document.children.first, paragraph.kind == .paragraph {
            return paragraph.children
        }
        return [MarkdownNode(.text(markers.stripped(text)), line: 1)]
    }

    /// Transforms the footnotes referenced so far (in reference order; a footnote may refer to
    /// another) and returns their section.
    private static func footnoteSection(_ walk: inout TreeTransformer) -> MarkdownNode? {
        guard !walk.footnotes.isEmpty else { return walk.footnotes.section(with: []) }
        var blocks: [[MarkdownNode]] = []
        while blocks.count < walk.footnotes.order.count {
            var body = walk.footnotes.takeBlocks(at: blocks.count)
            walk.blocks(&body, quotes: 0)
            blocks.append(body)
        }
        return walk.footnotes.section(with: blocks)
    }

    private static func record(_ walk: TreeTransformer, into result: inout RenderedMarkdown) {
        result.headings = walk.found.headings
        result.ids = walk.found.headings.map(\.id) + walk.footnotes.ids
        result.links = walk.found.links
        result.images = walk.found.images
        result.tasks = walk.found.tasks
        result.hasMath = walk.found.hasMath
        result.problems = walk.found.problems + walk.footnotes.problems
        if let line = walk.found.rawHTMLLine {
            result.problems.append(MarkdownProblem(line: line, column: 1,
                                                   message: "raw HTML is left out of the page (first here); to keep it, set 'markdown: { unsafe: true }' in site.yaml"))
        }
    }
}
