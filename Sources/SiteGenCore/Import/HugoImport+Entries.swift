import Foundation

/// Where each Hugo page goes, and the URL it had.
extension HugoImport {
    /// `path` is the file's place as if the content folder were `content/` (a language's
    /// `contentDir`, like `content/ko`, is read as `content`); `source` is its real path.
    func entry(_ path: String, source: String, config: HugoConfig, plan: inout ImportPlan) -> ImportEntry? {
        let parts = path.split(separator: "/").map(String.init)
        let name = parts.last ?? ""
        if name.hasPrefix("_index.") {
            plan.skip("Hugo list pages (_index.md); sitegen makes its own")
            if path == "content/_index.md" { plan.log.leave(source, line: nil, "the home page's text is not imported; put it in content/index.md") }
            return nil
        }
        guard let matter = matter(source, log: &plan.log) else { return nil }
        let fields = matter.fields
        if FrontMatterMapping.first(fields, "headless") == .bool(true) {
            plan.skip("headless bundles")
            return nil
        }
        if let layout = FrontMatterMapping.first(fields, "layout")?.text, JekyllImport.listLayouts.contains(layout) {
            plan.skip("a theme's list pages (home, archives, categories, tags); sitegen makes its own")
            return nil
        }
        let isPost = parts.count > 2 && config.postSections.contains(parts[1])
        let bundle = Self.isBundle(path)
        let fileName = bundle ? parts[parts.count - 2] : ImportEntry.baseName(path)
        let slugSource = FrontMatterMapping.first(fields, "slug")?.text ?? fileName
        let slug = ForeignSlug.hugo(slugSource, lowercased: config.lowercasesURLs)
        let sectionFolders = parts.dropFirst().dropLast(bundle ? 2 : 1)
        let published = FrontMatterMapping.first(fields, "draft") != .bool(true)
        let old = oldURL(fields, section: parts.count > 2 ? parts[1] : "", folders: Array(sectionFolders), slug: slug, config: config)
            .flatMap { PageAliases.sitePath(of: $0, folder: "/") }.flatMap { published ? $0 : nil }
        let folderURL = config.urlPrefix + "/" + sectionFolders.map { $0 + "/" }.joined()
        let lastSegment = old.flatMap { $0.split(separator: "/").last.map { ImportLinks.droppingExtension(String($0)) } }
        var entry = isPost ? post(path, matter: matter, fileName: fileName, slug: lastSegment ?? slug, old: old, folderURL: folderURL, config: config, plan: &plan)
            : page(path, matter: matter, fileName: fileName, old: old, folderURL: folderURL)
        entry.sourcePath = source
        entry.oldURL = old
        return entry
    }

    private func post(_ path: String, matter: ForeignFrontMatter, fileName: String, slug: String, old: String?, folderURL: String,
                      config: HugoConfig, plan: inout ImportPlan) -> ImportEntry {
        let fields = matter.fields
        let safe = Slug.isSafeSegment(slug) ? slug : ForeignSlug.jekyll(slug)
        let url = "/posts/\(safe)/"
        let defaultSlug = ImportEntry.datePrefix(of: fileName)?.rest ?? fileName
        var date = FrontMatterMapping.first(fields, "date", "publishDate", "pubdate", "published").flatMap(FrontMatterMapping.dateText)
        if date == nil && ImportEntry.datePrefix(of: fileName) == nil {
            date = FrontMatterMapping.first(fields, "lastmod").flatMap(FrontMatterMapping.dateText) ?? ISODate.rfc3339(now, timeZone: config.timeZone)
            plan.log.leave(path, line: nil, "the post has no date; \(date ?? "") is used")
        }
        let aliases = ImportEntry.alias(old, besides: url) + ImportEntry.aliases(FrontMatterMapping.first(fields, "aliases"), folder: folderURL, besides: url)
        let relative = path.split(separator: "/").dropFirst(2).joined(separator: "/")
        let mapping = FrontMatterMapping(generator: .hugo)
        let categories = mapping.terms(FrontMatterMapping.first(fields, "categories", "category"))
        let nested = relative.split(separator: "/").count > (Self.isBundle(path) ? 2 : 1)
        let extras = FrontMatterMapping.Extras(title: FrontMatterMapping.first(fields, "title")?.text ?? ImportEntry.title(fromSlug: fileName),
                                               date: date, slug: safe == defaultSlug ? nil : safe, aliases: JekyllImport.unique(aliases),
                                               noFolderCategories: nested && categories.isEmpty, categories: categories,
                                               tags: mapping.terms(FrontMatterMapping.first(fields, "tags", "tag")))
        return ImportEntry(kind: .post, sourcePath: path, matter: matter, targetPath: HugoImport.target(of: path, postSections: config.postSections),
                           url: url, extras: extras)
    }

    private func page(_ path: String, matter: ForeignFrontMatter, fileName: String, old: String?, folderURL: String) -> ImportEntry {
        let fields = matter.fields
        let stem = ImportLinks.droppingExtension(String(path.dropFirst("content".count)))
        let url = (Self.isBundle(path) ? String(stem.dropLast("/index".count)) : stem) + "/"
        let aliases = ImportEntry.alias(old, besides: url) + ImportEntry.aliases(FrontMatterMapping.first(fields, "aliases"), folder: folderURL, besides: url)
        let extras = FrontMatterMapping.Extras(title: FrontMatterMapping.first(fields, "title")?.text ?? ImportEntry.title(fromSlug: fileName),
                                               date: FrontMatterMapping.first(fields, "date").flatMap(FrontMatterMapping.dateText),
                                               aliases: JekyllImport.unique(aliases))
        let target = ImportLinks.droppingExtension(path) + ".md"
        return ImportEntry(kind: .page, sourcePath: path, matter: matter, targetPath: target, url: url, extras: extras)
    }

    /// The URL Hugo gave the page: `url`, else the section's `[permalinks]` pattern, else
    /// `/<section>/<folders>/<slug>/`.
    private func oldURL(_ fields: [ForeignField], section: String, folders: [String], slug: String, config: HugoConfig) -> String? {
        if let url = FrontMatterMapping.first(fields, "url")?.text { return url }
        if let pattern = config.permalink(section: section) {
            return HugoPermalink.url(pattern, fields: fields, section: section, folders: folders, slug: slug, config: config)
        }
        let path = config.urlPrefix + "/" + (folders.map { config.lowercasesURLs ? ForeignSlug.hugo($0) : $0 } + [slug]).joined(separator: "/")
        return config.uglyURLs ? path + ".html" : path + "/"
    }

    func matter(_ path: String, log: inout ImportLog) -> ForeignFrontMatter? {
        switch ForeignFrontMatter.read(site.texts[path] ?? "") {
        case .success(let matter?): return matter
        case .success(nil): return ForeignFrontMatter(body: Substring(site.texts[path] ?? ""))
        case .failure(let error):
            log.leave(path, line: error.line, "not imported: \(error.message)")
            return nil
        }
    }
}
