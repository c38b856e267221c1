import Foundation
import Yams

/// Parses one Markdown file (front matter and body) into a `Page`.
struct PageParser: Sendable {
    let config: SiteConfig

    /// Front matter fields sitegen knows; any other key gets one warning for the whole site
    /// (typos like `tilte`). The second line is what Jekyll and Hugo posts write for the same things.
    static let knownFields: Set<String> = ["title", "date", "updated", "tags", "summary", "description", "draft", "slug", "template", "toc", "math", "series", "seriesOrder",
                                           "categories", "category", "tag", "published", "excerpt", "lastmod", "last_modified_at", "aliases", "redirect_from", "permalink",
                                           "media_subpath", "img_path", "image", "cover"]

    /// The page, or nil when a problem makes it unusable; diagnostics either way.
    func parse(_ file: SourceFile) -> (Page?, [Diagnostic]) {
        if Self.isSectionPage(file.sourcePath) {
            return (nil, [.warning(file.sourcePath, "skipped: '_index.md' is Hugo's section page; sitegen makes the lists itself (put an intro in content/index.md)")])
        }
        let kind = Self.kind(of: file.sourcePath)
        var text = file.text
        if text.hasPrefix("+++") {
            switch TOMLFrontMatter.asYAML(text, sourcePath: file.sourcePath) {
            case .success(let yaml): text = yaml
            case .failure(let problem): return (nil, [problem])
            }
        }
        let split: FrontMatter
        switch FrontMatter.split(text) {
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
        if let hint = ForeignSyntaxHint.find(in: split.body, bodyLine: split.bodyLine) { page.siteWideWarnings.append(hint) }
        let root = reader.compose(yaml, resolver: YAMLReader.frontMatterResolver)
        if let root, let fields = reader.mapping(root, what: "front matter") {
            read(fields, of: file, into: &page, reader: &reader)
        } else if root == nil, reader.diagnostics.isEmpty {
            reader.error(at: nil, "front matter is empty; add at least 'title:'")
        }
        checkRequired(&page, root: root, reader: &reader)
        guard !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        page.url = Self.url(for: page)
        if let image = page.image?.trimmingCharacters(in: .whitespaces) {
            page.image = image.isEmpty ? nil : LinkRewriter.sitePath(of: image, relativeTo: page.imageFolder ?? SiteParser.folderURL(of: page.sourcePath)) ?? image
        }
        if page.kind == .post && root?.mapping?["categories"] == nil && root?.mapping?["category"] == nil {
            page.categories = Self.folderCategories(of: file.sourcePath)
        }
        let ownOutput = Renderer.outputPath(for: page.url)
        page.aliases.removeAll { PageAliases.outputPath(for: $0.path) == ownOutput }
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
            case "updated", "lastmod", "last_modified_at":
                page.updated = reader.date(value, key: key, timeZone: config.timeZone)
                page.updatedSpot = reader.spot(of: value)
            case "tags", "tag":
                let terms = reader.terms(value, key: key, warnings: &page.siteWideWarnings)
                page.tags += terms
            case "categories", "category":
                let terms = reader.terms(value, key: key, warnings: &page.siteWideWarnings)
                page.categories += terms
            case "summary", "description", "excerpt": page.summary = reader.text(value, key: key) ?? ""
            case "draft": page.draft = reader.bool(value, key: key) ?? false
            case "published": if reader.bool(value, key: key) == false { page.draft = true }
            case "aliases", "redirect_from", "permalink":
                page.aliases += PageAliases.read(value, key: key, folder: SiteParser.folderURL(of: page.sourcePath), reader: &reader)
            case "media_subpath", "img_path": page.imageFolder = imageFolder(value, key: key, reader: &reader)
            case "image":
                page.imageSpot = reader.spot(of: value)
                page.image = value.mapping.map { $0["path"].flatMap { reader.text($0, key: "image.path") } } ?? reader.text(value, key: key)
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
            case "cover" where value.mapping != nil:
                // Hugo PaperMod's `cover: { image: … }` is its link-preview picture, as `image:`.
                if page.image == nil, let path = value.mapping?["image"] {
                    page.imageSpot = reader.spot(of: path)
                    page.image = reader.text(path, key: "cover.image")
                }
            case "cover":
                if let destination = reader.text(value, key: key), !destination.isEmpty {
                    page.cover = PageImage(destination: destination, sitePath: LinkRewriter.sitePath(of: destination, relativeTo: SiteParser.folderURL(of: file.sourcePath)),
                                           spot: reader.spot(of: value))
                }
            case "slug":
                guard let slug = reader.text(value, key: key) else { continue }
                if Slug.isSafeSegment(slug) { page.slug = slug } else {
                    reader.error(at: value, "'slug' must be one URL segment without '/', '\\', '..', spaces or a leading '.', found \"\(slug)\"")
                }
            default:
                let spot = reader.spot(of: keyNode)
                page.siteWideWarnings.append(SiteWideWarning(message: "unknown front matter field '\(key)' is ignored; check its spelling or remove it", line: spot.line, column: spot.column))
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
        guard let name = seriesName(value, reader: &reader) else { return }
        if Slug.makeURLSegment(name).isEmpty {
            reader.error(at: value, "'series' needs letters or digits for its page /series/<name>/, found \"\(name)\"")
        } else {
            page.series = name
        }
    }

    /// Chirpy's `media_subpath: /assets/img/x` as a folder site path (`/assets/img/x/`); an
    /// address or a relative path is a warning and is not used.
    private func imageFolder(_ value: Node, key: String, reader: inout YAMLReader) -> String? {
        guard let text = reader.text(value, key: key)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard text.hasPrefix("/"), !text.hasPrefix("//"), !text.split(separator: "/").contains("..") else {
            reader.warning(at: value, "'\(key)' must be a folder of the site starting with '/' (like /assets/img/posts/), found \"\(text)\"; images are looked for next to the post")
            return nil
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    /// The series' name: text, or Hugo's taxonomy form, a list (its first name; a post is in
    /// one series, so the others get a warning).
    private func seriesName(_ value: Node, reader: inout YAMLReader) -> String? {
        guard value.sequence != nil else { return reader.text(value, key: "series")?.trimmingCharacters(in: .whitespaces) }
        let names = (reader.textList(value, key: "series") ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if names.count > 1 {
            reader.warning(at: value, "a post is in one series; it is in \"\(names[0])\", not in \(names.dropFirst().map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        return names.first
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
            page.date = Self.fileNameDate(of: page.sourcePath, timeZone: config.timeZone)
            page.dateSpot = SourceSpot(sourcePath: page.sourcePath, line: 1, column: 1)
            if page.date == nil {
                reader.error(at: nil, "missing 'date' in front matter; a post needs one (2024-03-01 or 2024-03-01T09:00:00+09:00) or a file name that starts with one (2024-03-01-title.md)")
            }
        }
    }
}
