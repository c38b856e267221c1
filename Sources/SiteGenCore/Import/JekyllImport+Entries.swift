import Foundation

/// Where each Jekyll post, draft and page goes, and the URL it had.
extension JekyllImport {
    func post(_ path: String, draft: Bool, config: JekyllConfig, plan: inout ImportPlan) -> ImportEntry? {
        let base = ImportEntry.baseName(path)
        let dated = ImportEntry.datePrefix(of: base)
        guard draft || dated != nil else {
            plan.log.leave(path, line: nil, "not imported: Jekyll publishes only posts named YYYY-MM-DD-title")
            return nil
        }
        guard site.texts[path]?.contains(where: { !$0.isWhitespace }) == true else {
            plan.log.leave(path, line: nil, "not imported: the file is empty")
            return nil
        }
        let matter = self.matter(path, log: &plan.log) ?? ForeignFrontMatter.withoutFields(site.texts[path] ?? "")
        let fields = matter.fields
        let rest = dated?.rest ?? base
        let slugSource = FrontMatterMapping.first(fields, "slug")?.text ?? rest
        var slug = ForeignSlug.jekyllPretty(slugSource)
        if slug.isEmpty || !Slug.isSafeSegment(slug) { slug = ForeignSlug.jekyll(slugSource) }
        let url = "/posts/\(slug)/"
        let mapping = FrontMatterMapping(generator: .jekyll)
        let categories = mapping.terms(FrontMatterMapping.first(fields, "categories", "category"))
        var dateText = FrontMatterMapping.first(fields, "date").flatMap(FrontMatterMapping.dateText)
        if FrontMatterMapping.first(fields, "date") != nil, dateText == nil {
            plan.log.leave(path, line: fields.first { $0.key == "date" }?.line, "'date' cannot be read; the date in the file name is used")
        }
        if draft && dateText == nil { dateText = ISODate.rfc3339(now, timeZone: config.timeZone) }
        let date = (dateText ?? dated?.date).flatMap { ISODate.parse($0, timeZone: config.timeZone) }
        let relative = path.split(separator: "/").dropFirst().joined(separator: "/")
        var aliases: [String] = []
        var oldURL: String?
        let published = !draft && FrontMatterMapping.first(fields, "published") != .bool(false)
        if published, let pattern = FrontMatterMapping.first(fields, "permalink")?.text ?? config.permalink(type: "posts", path: path) {
            let document = JekyllPermalink.Document(title: slug, name: base, categories: categories, date: date, timeZone: config.timeZone)
            oldURL = JekyllPermalink.url(pattern, for: document).flatMap { PageAliases.sitePath(of: $0, folder: "/") }
            aliases += ImportEntry.alias(oldURL, besides: url)
        }
        aliases += ImportEntry.aliases(FrontMatterMapping.first(fields, "redirect_from"), folder: "/", besides: url)
        if path.hasSuffix(".html") { plan.log.leave(path, line: nil, "an HTML post, imported as Markdown: check how it looks") }
        let extras = FrontMatterMapping.Extras(
            title: FrontMatterMapping.first(fields, "title")?.text ?? ImportEntry.title(fromSlug: rest),
            date: dateText, slug: slug == rest ? nil : slug, aliases: Self.unique(aliases), draft: draft,
            noFolderCategories: relative.contains("/") && categories.isEmpty, categories: categories,
            tags: mapping.terms(FrontMatterMapping.first(fields, "tags", "tag")))
        return ImportEntry(kind: draft ? .draft : .post, sourcePath: path, matter: matter,
                           targetPath: "content/posts/" + ImportLinks.droppingExtension(relative) + ".md", url: url, oldURL: oldURL, extras: extras)
    }

    func page(_ path: String, type: String, config: JekyllConfig, plan: inout ImportPlan) -> ImportEntry? {
        guard let matter = self.matter(path, log: &plan.log) else {
            plan.skip("Markdown files without front matter (Jekyll copies them as they are)")
            return nil
        }
        let fields = matter.fields
        if let layout = FrontMatterMapping.first(fields, "layout")?.text, Self.listLayouts.contains(layout) {
            plan.skip("a theme's list pages (home, archives, categories, tags); sitegen makes its own")
            return nil
        }
        let base = ImportEntry.baseName(path)
        let inCollection = path.hasPrefix("_")
        let folder = path.split(separator: "/").dropFirst(inCollection ? 1 : 0).dropLast().joined(separator: "/")
        let pathPlaceholder = (folder.isEmpty ? "" : folder + "/") + (base == "index" ? "" : base)
        let fallback = inCollection && type != "pages" ? "/:collection/:path:output_ext" : config.prettyPages ? "/:path/" : "/:path:output_ext"
        let pattern = FrontMatterMapping.first(fields, "permalink")?.text ?? config.permalink(type: type, path: path) ?? fallback
        let slugSource = FrontMatterMapping.first(fields, "slug")?.text ?? base
        let document = JekyllPermalink.Document(title: ForeignSlug.jekyllPretty(slugSource), name: base,
                                                path: base == "index" ? folder + "/" : pathPlaceholder, collection: type)
        let computed = JekyllPermalink.url(pattern, for: document) ?? "/" + pathPlaceholder + "/"
        let old = computed == "/" ? "/" : PageAliases.sitePath(of: computed, folder: "/") ?? "/"
        return pageEntry(path, matter: matter, oldURL: old, base: base, plan: &plan)
    }

    /// A page at the place its old URL names: `/about/` → `content/about.md`; an `.html` URL
    /// becomes a folder URL with the old one as an alias; `/` is the home page's intro.
    private func pageEntry(_ path: String, matter: ForeignFrontMatter, oldURL: String, base: String, plan: inout ImportPlan) -> ImportEntry? {
        let fields = matter.fields
        let title = FrontMatterMapping.first(fields, "title")?.text ?? ImportEntry.title(fromSlug: base)
        if oldURL == "/" {
            guard !matter.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                plan.skip("home pages without text (sitegen makes the home page)")
                return nil
            }
            return ImportEntry(kind: .page, sourcePath: path, matter: matter, targetPath: "content/index.md", url: "/", oldURL: "/",
                               extras: .init(title: title))
        }
        if ["/404.html", "/404/"].contains(oldURL) {
            plan.skip("404 pages (sitegen makes its own, from templates/404.mustache)")
            return nil
        }
        let stem = oldURL.hasSuffix("/") ? String(oldURL.dropLast()) : ImportLinks.droppingExtension(oldURL)
        let url = stem + "/"
        if ["/posts/", "/tags/", "/categories/"].contains(where: { url.hasPrefix($0) }) || stem.split(separator: "/").last == "index" {
            plan.log.leave(path, line: nil, "not imported: its URL \(oldURL) is one sitegen's own pages have")
            return nil
        }
        let aliases = ImportEntry.alias(oldURL, besides: url) + ImportEntry.aliases(FrontMatterMapping.first(fields, "redirect_from"), folder: "/", besides: url)
        return ImportEntry(kind: .page, sourcePath: path, matter: matter, targetPath: "content" + stem + ".md", url: url, oldURL: oldURL,
                           extras: .init(title: title, aliases: Self.unique(aliases)))
    }

    static func unique(_ paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.filter { seen.insert($0).inserted }
    }
}
