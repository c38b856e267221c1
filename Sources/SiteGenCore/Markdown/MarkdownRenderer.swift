import Ccmark
import Foundation

/// How a Markdown body is turned into HTML.
public struct MarkdownOptions: Sendable, Equatable {
    /// Pass raw HTML through instead of replacing it (cmark's unsafe mode).
    public var unsafeHTML = false
    /// What a root-relative destination (`/posts/a/`) starts with after rewriting:
    /// the base path (`/blog/`) for pages, the absolute base URL for feeds.
    public var rootPrefix = "/"
    /// Site path of the folder holding the source file (`/posts/`); relative
    /// destinations (`diagram.png`) are resolved against it.
    public var sourceFolder = "/"
    /// Images the image stage processed; the HTML writer asks it for each image's markup.
    public var images = ImageCatalog()

    public init(unsafeHTML: Bool = false, rootPrefix: String = "/", sourceFolder: String = "/", images: ImageCatalog = ImageCatalog()) {
        self.unsafeHTML = unsafeHTML
        self.rootPrefix = rootPrefix
        self.sourceFolder = sourceFolder
        self.images = images
    }
}

/// The one place that talks to libcmark: parses CommonMark, adds what cmark lacks
/// (GFM tables and task lists, heading ids, link rewriting) on the node tree, renders HTML.
public enum MarkdownRenderer {
    /// Ids the theme uses itself; headings never get them.
    static let reservedIDs: Set<String> = ["main", "top", "toc", "content", "site-header", "site-footer"]

    /// Renders one Markdown body. Pure: the same text and options give the same result.
    public static func render<Text: StringProtocol>(_ text: Text, options: MarkdownOptions = MarkdownOptions()) -> RenderedMarkdown {
        // cmark takes a length, so a slice of a file's text is parsed in place, without a copy.
        let document = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.withMemoryRebound(to: CChar.self) { $0.isEmpty ? nil : cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT) }
        } ?? String(text).withCString { cmark_parse_document($0, strlen($0), CMARK_OPT_DEFAULT) }
        guard let document else { return RenderedMarkdown() }
        defer { cmark_node_free(document) }

        var result = RenderedMarkdown()
        let found = NodeScan(document: document, counting: &result.wordCount)
        let lines = SourceLines(found.tableCandidates.isEmpty ? "" : String(text))
        for paragraph in found.tableCandidates {
            TableTransform.apply(to: paragraph, lines: lines)
        }
        result.tasks = TaskListTransform.apply(to: found.listItems)
        (result.headings, result.ids) = HeadingTransform.apply(to: found.headings, reserved: reservedIDs)
        result.images = LinkTransform.images(among: found.links, options: options)
        result.links = LinkTransform.apply(to: found.links, options: options)
        result.firstParagraph = firstParagraphText(of: document)

        var renderOptions = CMARK_OPT_DEFAULT
        if options.unsafeHTML { renderOptions |= CMARK_OPT_UNSAFE }
        if let html = cmark_render_html(document, renderOptions) {
            result.html = String(cString: html)
            free(html)
        }
        return result
    }

    private static func firstParagraphText(of document: OpaquePointer) -> String {
        var child = cmark_node_first_child(document)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH { return CmarkNode.plainText(of: node) }
            child = cmark_node_next(node)
        }
        return ""
    }
}

/// One walk over a fresh cmark tree that collects the nodes the transforms need
/// and counts words, so nothing is modified while cmark's iterator is running.
struct NodeScan {
    var headings: [OpaquePointer] = []
    var listItems: [OpaquePointer] = []
    var links: [OpaquePointer] = []
    var tableCandidates: [OpaquePointer] = []

    init(document: OpaquePointer, counting words: inout WordCount) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            visit(node, counting: &words)
        }
    }

    private mutating func visit(_ node: OpaquePointer, counting words: inout WordCount) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
            if let literal = cmark_node_get_literal(node) { WordCounter.count(literal, into: &words) }
        case CMARK_NODE_HEADING:
            headings.append(node)
        case CMARK_NODE_ITEM:
            listItems.append(node)
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            links.append(node)
        case CMARK_NODE_PARAGRAPH:
            if TableTransform.mayBeTable(node) { tableCandidates.append(node) }
        default:
            break
        }
    }
}
