import Foundation

/// The render stage: `Site` + templates + clock → every output file. Pure; post
/// pages are rendered on all cores, everything shared is computed once.
public struct Renderer: Sendable {
    public let site: Site
    public let templates: TemplateSet
    public let now: Date
    let contexts: ContextBuilder
    /// Pages rendered by earlier builds in this process, reused when their context is equal.
    let cache: RebuildCache?

    public init(site: Site, templates: TemplateSet, now: Date, cache: RebuildCache? = nil) {
        self.site = site
        self.templates = templates
        self.now = now
        self.contexts = ContextBuilder(site: site, now: now)
        self.cache = cache
    }

    /// Renders `context` with a template into `outputPath`, or reuses last build's result
    /// for an equal context.
    func page<Context: Hashable & Sendable>(_ context: Context, with template: String, to outputPath: String, sourcePath: String? = nil,
                                            templates: TemplateSet) -> OutputFile {
        guard let cache else {
            return OutputFile(outputPath: outputPath, contents: templates.render(context, with: template), sourcePath: sourcePath)
        }
        let key = AnyHashable(context)
        let contents = cache.rendered(outputPath, template: template, context: key) ?? {
            let fresh = templates.render(context, with: template)
            cache.store(fresh, for: outputPath, template: template, context: key)
            return fresh
        }()
        return OutputFile(outputPath: outputPath, contents: contents, sourcePath: sourcePath)
    }

    /// Renders every page, list, feed and sitemap, in a stable order.
    public func render() -> ([OutputFile], [Diagnostic]) {
        var diagnostics = unknownTemplates() + missingCareerTemplates()
        guard !diagnostics.hasErrors else { return ([], diagnostics) }
        let career = careerContexts()
        // Every page is one job, and all jobs share the cores: post pages, list pages and
        // tag pages alike. `parallelMap` keeps the order, so the output is deterministic.
        typealias Job = @Sendable (TemplateSet) -> [OutputFile]
        var jobs: [Job] = [{ [renderHome(career, $0)] }]
        jobs += site.pages.map { page in { [renderPage(page, $0)] } }
        jobs += site.posts.indices.map { index in { [renderPost(index, career, $0)] } }
        jobs += (1...postListPageCount).map { number in { [renderPostList(number, $0)] } }
        jobs.append { [renderTagIndex($0)] }
        jobs += site.tags.indices.map { index in { [renderTag(index, $0)] } }
        jobs.append { [renderNotFound($0)] }
        if let career { jobs.append { renderCareer(career, $0) } }
        jobs.append { _ in [OutputFile(outputPath: "feed.xml", contents: AtomFeed(site: site, now: now).render())] }
        jobs.append { _ in [OutputFile(outputPath: "sitemap.xml", contents: SitemapWriter(site: site).render(pageCount: postListPageCount))] }
        jobs.append { _ in [OutputFile(outputPath: "robots.txt", contents: robots())] }
        let templates = self.templates
        let files = jobs.parallelMap(perWorker: { templates.copy() }) { workerTemplates, job in job(workerTemplates) }.flatMap { $0 }
        diagnostics += OutputCollisions.find(in: files, staticFiles: site.staticFiles)
        return (files, diagnostics)
    }

    /// `/about/` → `about/index.html`.
    static func outputPath(for url: String) -> String {
        let trimmed = url.drop(while: { $0 == "/" })
        return trimmed.isEmpty ? "index.html" : "\(trimmed)index.html"
    }

    /// Front matter `template:` values that name no template.
    private func unknownTemplates() -> [Diagnostic] {
        ([site.home].compactMap { $0 } + site.pages + site.posts).compactMap { page in
            guard let name = page.template, !templates.contains(name) else { return nil }
            return .error(page.sourcePath, line: page.templateSpot.line, column: page.templateSpot.column,
                          "unknown template \"\(name)\"; no templates/\(name).mustache")
        }
    }

    private func renderHome(_ career: CareerContextBuilder?, _ templates: TemplateSet) -> OutputFile {
        let context = contexts.home(progress: career?.summary(), profile: career?.profile())
        return page(context, with: site.home?.template ?? "home", to: "index.html", sourcePath: site.home?.sourcePath, templates: templates)
    }

    private func renderPage(_ page: Page, _ templates: TemplateSet) -> OutputFile {
        self.page(contexts.standalone(page), with: page.template ?? "page", to: Self.outputPath(for: page.url), sourcePath: page.sourcePath,
                  templates: templates)
    }

    private func renderPost(_ index: Int, _ career: CareerContextBuilder?, _ templates: TemplateSet) -> OutputFile {
        let post = site.posts[index]
        let context = contexts.post(at: index, competencies: career?.competencies(of: post) ?? [])
        return page(context, with: post.template ?? "post", to: Self.outputPath(for: post.url), sourcePath: post.sourcePath, templates: templates)
    }

    var postListPageCount: Int { max(1, (site.posts.count + site.config.postsPerPage - 1) / site.config.postsPerPage) }

    private func renderPostList(_ number: Int, _ templates: TemplateSet) -> OutputFile {
        page(contexts.postList(page: number, of: postListPageCount), with: "list", to: Self.outputPath(for: ContextBuilder.postListURL(page: number)),
             templates: templates)
    }

    private func renderTagIndex(_ templates: TemplateSet) -> OutputFile {
        page(contexts.tagIndex(), with: "tags", to: "tags/index.html", templates: templates)
    }

    private func renderTag(_ index: Int, _ templates: TemplateSet) -> OutputFile {
        let tag = site.tags[index]
        return page(contexts.tag(tag), with: "tag", to: Self.outputPath(for: tag.url), templates: templates)
    }

    private func renderNotFound(_ templates: TemplateSet) -> OutputFile {
        page(contexts.notFound(), with: "404", to: "404.html", templates: templates)
    }

    private func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(site.config.baseURL.absoluteURL("/sitemap.xml"))\n"
    }
}

/// Finds two outputs that would write the same file.
enum OutputCollisions {
    static func find(in files: [OutputFile], staticFiles: [StaticFile]) -> [Diagnostic] {
        var owners: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        let generated = "a page sitegen generates"
        let all = files.map { ($0.outputPath, $0.sourcePath ?? generated) } + staticFiles.map { ($0.outputPath, $0.sourcePath) }
        for (outputPath, source) in all {
            if let first = owners[outputPath] {
                let (blamed, other) = source == generated ? (first, source) : (source, first)
                diagnostics.append(.error(blamed, "writes \(outputPath), which \(other) also writes; rename the file or set another 'slug'"))
            } else {
                owners[outputPath] = source
            }
        }
        return diagnostics
    }
}
