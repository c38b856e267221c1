import Foundation
import Yams

/// Parses one Markdown file (front matter and body) into a `Page`.
struct PageParser: Sendable {
    let config: SiteConfig

    /// Front matter fields sitegen knows; any other key gets a warning (typos like `tilte`).
    static let knownFields: Set<String> = ["title", "date", "updated", "tags", "summary", "description", "draft", "slug", "template", "toc", "math", "series", "seriesOrder",
                                           "cover", "image"]

    /// The page, or nil when a problem makes it unusable; diagnostics either way.
    func parse(_ file: SourceFile) -> (Page?, [Diagnostic]) {
        let kind = Self.kind(of: file.sourcePath)
        let split: FrontMatter
        switch FrontMatter.split(file.text) {
        case .success(let value): split = value
        case .failure:
            return (nil, [.error(file.sourcePath, line: 1, column: 1, "front matter opened with '---' is never closed; add a '---' line after the last field")])
        }
        guard let yaml = split.yaml else {
            return (nil, [.error(file.sourcePath, line: 1, column: 1, "missing front matter; start the file with '---', a 'title:' line\(kind == .post ? ", a 'date:' line" : "") and '---'")])
        }
        var reader = YAMLReader(sourcePath: file.sourcePath, lineOffset: 1)
        var page = Page(kind: kind, sourcePath: file.sourcePath, slug: Self.defaultSlug(for: file.sourcePath), url: "/", title: "")
        page.body = split.body
        page.bodyLine = split.bodyLine
        let root = reader.compose(yaml, resolver: YAMLReader.frontMatterResolver)
        if let root, let fields = reader.mapping(root, what: "front matter") {
            read(fields, of: file, into: &page, reader: &reader)
        } else if root == nil, reader.diagnostics.isEmpty {
            reader.error(at: nil, "front matter is empty; add at least 'title:'")
        }
        checkRequired(&page, root: root, reader: &reader)
        guard !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        page.url = Self.url(for: page)
        return (page, reader.diagnostics)
    }

    private func read(_ fields: Node.Mapping, of file: SourceFile, into page: inout Page, reader: inout YAMLReader) {
        for (keyNode, value) in fields {
            let key = keyNode.string ?? ""
            switch key {
            case "title": page.title = reader.text(value, key: key)?.trimmingCharacters(in: .whitespaces) ?? ""
            case "date":
                page.date = reader.date(value, key: key, timeZone: config.timeZone)
                page.dateSpot = reader.spot(of: value)
            case "updated":
                page.updated = reader.date(value, key: key, timeZone: config.timeZone)
                page.updatedSpot = reader.spot(of: value)
            case "tags": page.tags = reader.textList(value, key: key)?.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
            case "summary", "description": page.summary = reader.text(value, key: key) ?? ""
            case "draft": page.draft = reader.bool(value, key: key) ?? false
            case "math": page.math = reader.bool(value, key: key)
            case "toc":
                if value.mapping != nil {
                    page.toc = MarkdownSettings.tocLevels(value, key: key, base: config.toc, reader: &reader)
                } else {
                    page.showsTOC = reader.bool(value, key: key) ?? true
                }
            case "template":
                page.template = reader.text(value, key: key)
                page.templateSpot = reader.spot(of: value)
            case "series", "seriesOrder": readSeries(key, value, into: &page, reader: &reader)
            case "cover", "image":
                if page.cover != nil {
                    reader.warning(at: keyNode, "both 'cover' and 'image' are set; '\(key)' is ignored")
                } else if let destination = reader.text(value, key: key), !destination.isEmpty {
                    page.cover = PageImage(destination: destination, sitePath: LinkRewriter.sitePath(of: destination, relativeTo: SiteParser.folderURL(of: file.sourcePath)),
                                           spot: reader.spot(of: value))
                }
            case "slug":
                guard let slug = reader.text(value, key: key) else { continue }
                if Slug.isSafeSegment(slug) { page.slug = slug } else {
                    reader.error(at: value, "'slug' must be one URL segment without '/', '\\', '..', spaces or a leading '.', found \"\(slug)\"")
                }
            default:
                reader.warning(at: keyNode, "unknown front matter field '\(key)' (known: \(Self.knownFields.sorted().joined(separator: ", ")))")
            }
        }
    }

    /// `series: <name>` and `seriesOrder: <n>` (see `SeriesIndex` for how parts are ordered).
    private func readSeries(_ key: String, _ value: Node, into page: inout Page, reader: inout YAMLReader) {
        if key == "seriesOrder" {
            page.seriesOrder = reader.int(value, key: key, in: 1...99_999)
            page.seriesOrderSpot = reader.spot(of: value)
            return
        }
        page.seriesSpot = reader.spot(of: value)
        guard let name = reader.text(value, key: key)?.trimmingCharacters(in: .whitespaces) else { return }
        if Slug.makeURLSegment(name).isEmpty {
            reader.error(at: value, "'series' needs letters or digits for its page /series/<name>/, found \"\(name)\"")
        } else {
            page.series = name
        }
    }

    private func checkRequired(_ page: inout Page, root: Node?, reader: inout YAMLReader) {
        guard root != nil, !reader.diagnostics.hasErrors else { return }
        let fields = root?.mapping
        if page.title.isEmpty && fields?["title"] == nil {
            reader.error(at: nil, "missing 'title' in front matter")
        } else if page.title.isEmpty {
            reader.error(at: fields?["title"], "'title' must not be empty")
        }
        if page.kind == .post && page.date == nil && fields?["date"] == nil {
            reader.error(at: nil, "missing 'date' in front matter; a post needs one (2024-03-01 or 2024-03-01T09:00:00+09:00)")
        }
    }

    /// Posts are the Markdown files in `content/posts/`; `content/index.md` is the home page.
    static func kind(of sourcePath: String) -> Page.Kind {
        if sourcePath == "content/index.md" { return .home }
        return sourcePath.hasPrefix("content/posts/") && !sourcePath.dropFirst(14).contains("/") ? .post : .page
    }

    /// File name without `.md` and without a `YYYY-MM-DD-` prefix.
    static func defaultSlug(for sourcePath: String) -> String {
        var name = Substring(sourcePath.split(separator: "/").last ?? "")
        if name.hasSuffix(".md") { name = name.dropLast(3) }
        let prefix = name.prefix(11)
        if prefix.count == 11, prefix.last == "-", ISODate.parse(String(prefix.dropLast()), timeZone: .gmt) != nil {
            name = name.dropFirst(11)
        }
        return String(name)
    }

    /// `/posts/<slug>/` for posts, `/` for home, `/<folders>/<slug>/` for pages.
    static func url(for page: Page) -> String {
        switch page.kind {
        case .home: return "/"
        case .post: return "/posts/\(page.slug)/"
        case .page:
            let folders = page.sourcePath.split(separator: "/").dropFirst().dropLast()
            return "/" + (folders.map(String.init) + [page.slug]).joined(separator: "/") + "/"
        }
    }
}
