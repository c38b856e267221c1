import Foundation

/// `sitegen import hugo`: a Hugo site's posts (`content/posts/**` or the site's main sections,
/// page bundles with their files), its other pages and `static/` as sitegen content. Slugs
/// and dates are kept, an old URL that differs from the new one becomes an alias, and
/// shortcodes become plain Markdown. Pure: it works on the files as read.
public struct HugoImport: Sendable {
    public var site: ForeignSite
    /// The clock, for posts without any date.
    public var now: Date

    public init(site: ForeignSite, now: Date) {
        self.site = site
        self.now = now
    }

    public func plan() -> ImportPlan {
        var plan = ImportPlan()
        let config = HugoConfig.read(site.texts, log: &plan.log)
        var entries: [ImportEntry] = []
        for source in site.texts.keys.sorted() where source.hasSuffix(".md") || source.hasSuffix(".markdown") {
            guard let path = config.contentPath(of: source) else {
                if source.hasPrefix("content/") { plan.skip("pages in other languages' content folders") }
                continue
            }
            if let entry = entry(path, source: source, config: config, plan: &plan) { entries.append(entry) }
        }
        TermSpellings.unify(&entries, log: &plan.log)
        URLCollisions.resolve(&entries, log: &plan.log)
        var links = ImportLinks()
        links.oldSite = config.baseURL.flatMap(SiteURL.init(parsing:)).map { $0.origin + $0.basePath.droppingTrailing("/") }
        copyFiles(config: config, into: &plan)
        links.files = Set(plan.files.map { String($0.path.dropFirst("content".count)) })
        var rawHTML = false
        for entry in entries {
            links.add(entry)
            links.add(sourcePath: entry.sourcePath, url: entry.url, isPost: true)
            if Self.isBundle(entry.sourcePath) {
                let folder = RelativePath.parent(entry.sourcePath)
                links.add(sourcePath: folder, url: entry.url, isPost: true)
            }
        }
        let mapping = FrontMatterMapping(generator: .hugo)
        for entry in entries {
            var body = ShortcodeConverter(links: links, sourcePath: entry.sourcePath, firstLine: entry.matter.bodyLine)
                .convert(String(entry.matter.body), log: &plan.log)
            body = MarkdownCleanup.removingSeparatorLines(body, separator: nil, log: &plan.log)
            body = LinkRepairs.repair(body, sourcePath: entry.sourcePath, firstLine: entry.matter.bodyLine, log: &plan.log)
            body = LinkMapping(links: links, oldURL: entry.oldURL ?? entry.url, sourceFolder: SiteParser.folderURL(of: entry.targetPath))
                .map(body, log: &plan.log)
            rawHTML = rawHTML || RawHTML.appears(in: Substring(body))
            plan.add(.init(path: entry.targetPath, content: .text(mapping.frontMatter(entry.matter.fields, extras: entry.extras, log: &plan.log) + body)),
                     from: entry.sourcePath)
            plan.count(entry.kind)
        }
        plan.settings = SiteSettings.make(title: config.title, description: config.description, url: config.baseURL,
                                          language: config.language, timeZone: config.timeZoneName, author: config.author,
                                          entries: entries, rawHTML: rawHTML)
        plan.files.sort { $0.path < $1.path }
        return plan
    }

    /// `content/posts/a/index.md`: a leaf bundle, whose folder is the page.
    static func isBundle(_ path: String) -> Bool {
        path.hasSuffix("/index.md") || path.hasSuffix("/index.markdown")
    }

    /// `static/**` to the same path below `content/`; a bundle's or section's other files next
    /// to where its pages go; the files sitegen writes itself left out.
    private func copyFiles(config: HugoConfig, into plan: inout ImportPlan) {
        for path in site.files {
            let target: String
            if path.hasPrefix("static/") {
                let relative = String(path.dropFirst("static/".count))
                guard !MarkdownCleanup.generatedOutputs.contains(relative) else {
                    plan.skip("files sitegen makes itself (robots.txt, sitemap.xml, feed.xml)")
                    continue
                }
                target = "content/" + relative
            } else if let logical = config.contentPath(of: path) {
                target = Self.target(of: logical, postSections: config.postSections)
            } else {
                continue
            }
            plan.add(.init(path: target, content: .copy(from: path)), from: path)
            plan.copies += 1
        }
    }

    /// Where a file below `content/` goes: a post section's files below `content/posts/`.
    static func target(of path: String, postSections: Set<String>) -> String {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count > 2, postSections.contains(parts[1]) else { return path }
        return "content/posts/" + parts.dropFirst(2).joined(separator: "/")
    }
}
