import Foundation

/// `sitegen import jekyll`: a Jekyll site's posts (`_posts/**`), drafts, pages (also Chirpy's
/// `_tabs/` and Minimal Mistakes' `_pages/`) and files as sitegen content. Slugs and dates are
/// kept, an old URL that differs from the new one becomes an alias, and Liquid and kramdown
/// become plain Markdown. Pure: it works on the files as read.
public struct JekyllImport: Sendable {
    public var site: ForeignSite
    /// The clock, for drafts without a date.
    public var now: Date

    public init(site: ForeignSite, now: Date) {
        self.site = site
        self.now = now
    }

    /// Layouts of pages that only list posts, which sitegen makes itself.
    static let listLayouts: Set<String> = ["home", "archive", "archives", "categories", "category", "tags", "tag", "posts", "search", "collection", "paginate"]

    public func plan() -> ImportPlan {
        var plan = ImportPlan()
        let config = readConfig(&plan.log)
        var entries: [ImportEntry] = []
        for path in site.texts.keys.sorted() where path != "_config.yml" {
            if let entry = entry(path, config: config, plan: &plan) { entries.append(entry) }
        }
        TermSpellings.unify(&entries, log: &plan.log)
        URLCollisions.resolve(&entries, log: &plan.log)
        var links = ImportLinks()
        links.siteValues = ["title": config.title, "description": config.description, "url": config.siteURL, "author": config.author,
                            "baseurl": ""].compactMapValues { $0 }
        links.oldSite = config.siteURL.flatMap(SiteURL.init(parsing:)).map { $0.origin + $0.basePath.droppingTrailing("/") }
        for entry in entries { links.add(entry) }
        for path in site.files { links.add(sourcePath: path, url: "/" + path, isPost: false) }
        copyFiles(config: config, into: &plan)
        links.files = Set(plan.files.map { String($0.path.dropFirst("content".count)) })
        let mapping = FrontMatterMapping(generator: .jekyll)
        var rawHTML = false
        for entry in entries {
            let body = convertBody(entry, links: links, config: config, log: &plan.log)
            rawHTML = rawHTML || RawHTML.appears(in: Substring(body))
            let text = mapping.frontMatter(entry.matter.fields, extras: entry.extras, log: &plan.log) + body
            plan.add(.init(path: entry.targetPath, content: .text(text)), from: entry.sourcePath)
            plan.count(entry.kind)
        }
        plan.settings = SiteSettings.make(title: config.title, description: config.description, url: config.siteURL,
                                          language: config.language, timeZone: config.timeZoneName, author: config.author,
                                          entries: entries, rawHTML: rawHTML)
        plan.files.sort { $0.path < $1.path }
        return plan
    }

    private func readConfig(_ log: inout ImportLog) -> JekyllConfig {
        guard let text = site.texts["_config.yml"] else {
            log.leave("_config.yml", line: nil, "no _config.yml; the site's title, URL and time zone are not imported")
            return JekyllConfig(fields: [])
        }
        switch YAMLFormat.table(LineEndings.normalize(text), lineOffset: 0) {
        case .success(let fields): return JekyllConfig(fields: fields)
        case .failure(let error):
            log.leave("_config.yml", line: error.line, "cannot be read (\(error.message)); its settings are not imported")
            return JekyllConfig(fields: [])
        }
    }

    /// The post, draft or page a text file becomes, or nil (logged or counted as skipped).
    private func entry(_ path: String, config: JekyllConfig, plan: inout ImportPlan) -> ImportEntry? {
        let top = String(path.split(separator: "/").first ?? "")
        let isMarkdown = path.hasSuffix(".md") || path.hasSuffix(".markdown")
        if top == "_posts" || top == "_drafts" {
            guard isMarkdown || path.hasSuffix(".html") else { return nil }
            return post(path, draft: top == "_drafts", config: config, plan: &plan)
        }
        if top.hasPrefix("_") {
            let label = String(top.dropFirst())
            guard label == "pages" || config.outputCollections.contains(label), isMarkdown else { return nil }
            return page(path, type: label, config: config, plan: &plan)
        }
        guard !config.isExcluded(path) else { return nil }
        guard isMarkdown else {
            plan.skip("HTML pages (a theme's pages, or pages to move by hand)")
            if !["index.html", "404.html"].contains(path), !path.hasPrefix("assets/") {
                plan.log.leave(path, line: nil, "HTML page not imported; sitegen pages are Markdown")
            }
            return nil
        }
        return page(path, type: "pages", config: config, plan: &plan)
    }

    /// The file's front matter and body; nil when it has no front matter. Front matter that
    /// cannot be read is left out (logged), as Jekyll publishes such a file without it.
    func matter(_ path: String, log: inout ImportLog) -> ForeignFrontMatter? {
        let text = site.texts[path] ?? ""
        switch ForeignFrontMatter.read(text) {
        case .success(let matter): return matter
        case .failure(let error):
            log.leave(path, line: error.line, "front matter cannot be read (\(error.message)); imported without it, as Jekyll publishes the file")
            return ForeignFrontMatter.withoutFields(text)
        }
    }
}

extension ImportPlan {
    /// Counts an imported file of `kind`.
    mutating func count(_ kind: ImportEntry.Kind) {
        switch kind {
        case .post: posts += 1
        case .draft: posts += 1; drafts += 1
        case .page: pages += 1
        }
    }
}
