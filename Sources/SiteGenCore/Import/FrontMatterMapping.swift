import Foundation

/// Another generator's front matter in sitegen's fields: `excerpt` becomes `summary`,
/// `last_modified_at` `updated`, `published: false` `draft: true`, Chirpy's `image.path`
/// `image`; a theme's switches (`layout`, `comments`, `pin`) are left out; anything else is
/// kept as written (the build names unknown fields once). Pure.
struct FrontMatterMapping {
    enum Generator: Sendable { case jekyll, hugo }

    let generator: Generator

    /// What the importer worked out from the file's place and the old site beyond the fields.
    struct Extras: Equatable {
        var title: String
        /// In a form sitegen reads; nil for pages without a date.
        var date: String?
        /// Written when sitegen's default slug would differ from the old URL's last segment.
        var slug: String?
        /// Old URLs that now redirect to the page.
        var aliases: [String] = []
        var draft = false
        /// `categories: []` for a post in a sub-folder that had none, so the folder does not become one.
        var noFolderCategories = false
        /// The categories and tags as the other generator read them (Jekyll splits text at spaces).
        var categories: [String] = []
        var tags: [String] = []
    }

    /// Keys the mapping reads; everything else is dropped or kept.
    static let handled: Set<String> = [
        "title", "date", "publishDate", "pubdate", "last_modified_at", "lastmod", "modified", "updated", "draft", "published",
        "slug", "categories", "category", "tags", "tag", "summary", "excerpt", "description", "permalink", "redirect_from",
        "aliases", "url", "series", "image", "images", "featured_image", "featuredImage", "thumbnail", "toc", "showToc", "ShowToc",
    ]

    /// A theme's switches, which mean nothing without that theme.
    static let dropped: Set<String> = [
        "layout", "comments", "share", "related", "sidebar", "toc_sticky", "toc_label", "toc_icon", "author_profile", "read_time",
        "classes", "pin", "mermaid", "math", "use_math", "katex", "render_with_liquid", "search", "sitemap", "show_date",
        "excerpt_separator", "typora-root-url", "typora-copy-images-to", "weight", "type", "TocOpen", "ShowReadingTime",
        "ShowBreadCrumbs", "ShowPostNavLinks", "ShowWordCount", "ShowRssButtonInSectionTermList", "UseHugoToc", "hidemeta",
        "disableShare", "disableHLJS", "searchHidden", "hideSummary", "editPost", "isCJKLanguage", "markup", "outputs",
        "build", "cascade", "headless", "menu", "header", "cover", "img_path", "media_subpath", "icon", "order",
    ]

    func frontMatter(_ fields: [ForeignField], extras: Extras, log: inout ImportLog) -> String {
        var writer = FrontMatterWriter()
        writer.text("title", extras.title)
        if let date = extras.date { writer.raw("date", date) }
        if let updated = Self.first(fields, "last_modified_at", "lastmod", "modified", "updated").flatMap(Self.dateText) {
            writer.raw("updated", updated)
        }
        let draft = Self.first(fields, "draft") == .bool(true) || Self.first(fields, "published") == .bool(false)
        if extras.draft || draft { writer.raw("draft", "true") }
        if let slug = extras.slug { writer.text("slug", slug) }
        if !extras.categories.isEmpty { writer.list("categories", extras.categories) } else if extras.noFolderCategories { writer.raw("categories", "[]") }
        if !extras.tags.isEmpty { writer.list("tags", extras.tags) }
        if let summary = Self.first(fields, "summary", "excerpt", "description")?.text, !summary.isEmpty { writer.text("summary", summary) }
        if let image = Self.image(in: fields) {
            let subpath = generator == .jekyll ? Self.first(fields, "media_subpath", "img_path")?.text : nil
            writer.text("image", ChirpyMedia.address(image, subpath: subpath, cdn: nil))
        }
        if Self.first(fields, "toc", "showToc", "ShowToc") == .bool(false) { writer.raw("toc", "false") }
        if !extras.aliases.isEmpty { writer.list("aliases", extras.aliases) }
        if let series = Self.first(fields, "series") { Self.writeSeries(series, into: &writer, log: &log) }
        for field in fields where !Self.handled.contains(field.key) {
            if Self.dropped.contains(field.key) { log.drop(field.key) } else { writer.value(field.key, field.value) }
        }
        return writer.frontMatter
    }

    /// `series`: text as written; Hugo's taxonomy list of one name as that name (a list of
    /// more stays a list: the build keeps the first and says so).
    static func writeSeries(_ value: ForeignValue, into writer: inout FrontMatterWriter, log: inout ImportLog) {
        if case .list(let items) = value, items.count == 1, let name = items[0].text {
            writer.text("series", name)
            log.count("series lists of one name → series")
        } else {
            writer.value("series", value)
        }
    }

    /// Tags or categories: Jekyll splits one text at spaces, Hugo keeps it whole; nested
    /// lists are flattened.
    func terms(_ value: ForeignValue?) -> [String] {
        switch value {
        case .list(let items)?: return items.flatMap { item in item.text.map { [$0] } ?? terms(item) }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case let value?:
            guard let text = value.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return [] }
            return generator == .jekyll ? text.split(whereSeparator: \.isWhitespace).map(String.init) : [text]
        case nil: return []
        }
    }

    /// The first of `keys` the fields have.
    static func first(_ fields: [ForeignField], _ keys: String...) -> ForeignValue? {
        for key in keys { if let field = fields.first(where: { $0.key == key }) { return field.value } }
        return nil
    }

    /// A date in a form sitegen reads: as written when sitegen reads it, else rewritten.
    static func dateText(_ value: ForeignValue) -> String? {
        if case .date(let date) = value { return date.text }
        guard let text = value.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if ISODate.parse(text, timeZone: .gmt) != nil { return text }
        return ForeignDate(text)?.text
    }

    /// The page's picture: Chirpy's `image` (text or `path`), Minimal Mistakes' `header`
    /// (`teaser`, `overlay_image`, `image`), Hugo's `images`, `featured_image`, `cover.image`.
    static func image(in fields: [ForeignField]) -> String? {
        let candidates: [ForeignValue?] = [
            first(fields, "image"), first(fields, "image")?["path"], first(fields, "cover")?["image"],
            first(fields, "featured_image", "featuredImage", "thumbnail"),
            first(fields, "header")?["teaser"], first(fields, "header")?["overlay_image"], first(fields, "header")?["image"],
        ]
        if let text = candidates.lazy.compactMap({ $0?.text }).first(where: { !$0.isEmpty }) { return text }
        if case .list(let images)? = first(fields, "images") { return images.first?.text }
        return nil
    }
}
