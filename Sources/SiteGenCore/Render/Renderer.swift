import Foundation

/// The render stage: `Site` + templates + clock → a plan of every output file, rendered in
/// memory (`RenderPlan.renderAll`) or straight into the output (`OutputWriter`). Pure; pages are
/// rendered on all cores, everything shared is computed once.
public struct Renderer: Sendable {
    public let site: Site
    public let templates: TemplateSet
    public let now: Date
    let contexts: ContextBuilder
    /// Pages rendered by earlier builds in this process, reused when their context is equal.
    let cache: RebuildCache?
    /// The search index, once `indexForSearch()` built it (else `plan()` does).
    var searchIndex: SearchIndex?

    /// The partial a post's list entry is rendered with once, when the theme has it.
    static let postItemTemplate = "partials/post-item"

    public init(site: Site, templates: TemplateSet, now: Date, cache: RebuildCache? = nil) {
        self.site = site
        self.templates = templates
        self.now = now
        self.cache = cache
        var contexts = ContextBuilder(site: site, now: now, features: Self.findingFeatures(of: templates))
        if templates.contains(Self.postItemTemplate) {
            contexts.renderItems({ templates, item in
                Self.renderFragment(item, with: Self.postItemTemplate, templates: templates, cache: cache,
                                    as: "\(Self.postItemTemplate):\(item.post.url)")
            }, templates: templates)
        }
        self.contexts = contexts
    }

    /// A page rendered from `context` with a template. The context is built when the page is
    /// made, on the worker that makes it, and digested with the template's closure: the
    /// page's input digest, which decides whether last build's file can stand for it.
    func page<Context: Encodable & Sendable>(with template: String, to outputPath: String, sourcePath: String? = nil,
                                             context: @escaping @Sendable () -> Context) -> PlannedFile {
        let closure = templates.closureDigest(of: template)
        return PlannedFile(outputPath: outputPath, sourcePath: sourcePath) {
            let context = context()
            return PreparedFile(digest: Self.inputDigest(template: template, closure: closure, context: context)) { templates in
                templates.render(context, with: template)
            }
        }
    }

    /// What a page rendered with `template` from `context` depends on: the template's name
    /// and closure and the whole context (every field a template can read).
    static func inputDigest<Context: Encodable>(template: String, closure: String, context: Context) -> String {
        var digest = DigestEncoder.digest(of: context)
        digest.add("template \(template) \(closure)")
        return digest.hex
    }

    /// `context` rendered with `template`, or what an earlier build rendered under the same
    /// `key` from inputs with the same digest.
    static func renderFragment<Context: Encodable & Sendable>(_ context: Context, with template: String, templates: TemplateSet,
                                                              cache: RebuildCache?, as key: String) -> String {
        guard let cache else { return templates.render(context, with: template) }
        let digest = inputDigest(template: template, closure: templates.closureDigest(of: template), context: context)
        if let reused = cache.fragment(key, digest: digest) { return reused }
        let fresh = templates.render(context, with: template)
        cache.store(fragment: fresh, for: key, digest: digest)
        return fresh
    }

    /// Every page, list, feed and sitemap the site has, in a stable order, not yet rendered;
    /// plus the problems found without rendering (unknown templates, two files at one path).
    public func plan() -> (RenderPlan, [Diagnostic]) {
        var diagnostics = unknownTemplates() + missingCareerTemplates() + missingMathRenderer()
        guard !diagnostics.hasErrors else { return (RenderPlan(files: [], templates: templates, cache: cache), diagnostics) }
        let career = careerContexts()
        var files = [planHome(career)]
        files += site.pages.map(planPage)
        files += site.posts.indices.map { planPost($0, career) }
        files += (1...postListPageCount).map(planPostList)
        files.append(planTagIndex())
        files += site.tags.indices.map(planTag)
        files += planCategories()
        files.append(planNotFound())
        if let career { files += planCareer(career) }
        files += planFinding()
        let site = self.site, now = self.now, pageCount = postListPageCount, robots = robots(), resume = rendersResume, finding = findingSitemapEntries()
        files.append(PlannedFile(outputPath: "feed.xml") { _ in AtomFeed(site: site, now: now).render() })
        files.append(PlannedFile(outputPath: "sitemap.xml") { _ in SitemapWriter(site: site, includesResume: resume, extra: finding).render(pageCount: pageCount) })
        files.append(PlannedFile(outputPath: "robots.txt") { _ in robots })
        let (redirects, redirectProblems) = planRedirects(after: files)
        files += redirects
        diagnostics += redirectProblems
        diagnostics += OutputCollisions.find(in: files.map { ($0.outputPath, $0.sourcePath) }, staticFiles: site.staticFiles)
        return (RenderPlan(files: files, templates: templates, cache: cache), diagnostics)
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

    /// Math rendering is on for a page with math, but the theme has no KaTeX to load.
    private func missingMathRenderer() -> [Diagnostic] {
        let needed = ["assets/katex/katex.min.js", "assets/katex/katex.min.css", "assets/math.js"]
        let present = Set(site.staticFiles.map(\.outputPath))
        guard needed.contains(where: { !present.contains($0) }),
              let page = ([site.home].compactMap { $0 } + site.pages + site.posts).first(where: contexts.rendersMath) else { return [] }
        return [.error(page.sourcePath, line: 1, column: 1,
                       "math rendering is on but templates/assets/katex/ has no KaTeX; install it with 'apt-get install libjs-katex fonts-katex' and "
                           + "'cp -rL /usr/share/javascript/katex templates/assets/', or turn it off ('markdown: { math: false }')")]
    }

    private func planHome(_ career: CareerContextBuilder?) -> PlannedFile {
        let contexts = self.contexts
        return page(with: site.home?.template ?? "home", to: "index.html", sourcePath: site.home?.sourcePath) {
            contexts.home(progress: career?.summary(), profile: career?.profile(), projects: career?.projects() ?? [], resumeURL: career?.resumeURL)
        }
    }

    private func planPage(_ page: Page) -> PlannedFile {
        let contexts = self.contexts
        return self.page(with: page.template ?? "page", to: Self.outputPath(for: page.url), sourcePath: page.sourcePath) { contexts.standalone(page) }
    }

    private func planPost(_ index: Int, _ career: CareerContextBuilder?) -> PlannedFile {
        let post = site.posts[index], contexts = self.contexts
        return page(with: post.template ?? "post", to: Self.outputPath(for: post.url), sourcePath: post.sourcePath) {
            contexts.post(at: index, competencies: career?.competencies(of: post) ?? [])
        }
    }

    var postListPageCount: Int { max(1, (site.posts.count + site.config.postsPerPage - 1) / site.config.postsPerPage) }

    private func planPostList(_ number: Int) -> PlannedFile {
        let contexts = self.contexts, total = postListPageCount
        return page(with: "list", to: Self.outputPath(for: ContextBuilder.postListURL(page: number))) { contexts.postList(page: number, of: total) }
    }

    private func planTagIndex() -> PlannedFile {
        let contexts = self.contexts
        return page(with: "tags", to: "tags/index.html") { contexts.tagIndex() }
    }

    private func planTag(_ index: Int) -> PlannedFile {
        let tag = site.tags[index], contexts = self.contexts
        return page(with: "tag", to: Self.outputPath(for: tag.url)) { contexts.tag(tag) }
    }

    private func planNotFound() -> PlannedFile {
        let contexts = self.contexts
        return page(with: "404", to: "404.html") { contexts.notFound() }
    }

    private func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(site.config.baseURL.absoluteURL("/sitemap.xml"))\n"
    }
}

/// Finds two outputs that would write the same file.
enum OutputCollisions {
    static func find(in files: [(outputPath: String, sourcePath: String?)], staticFiles: [StaticFile]) -> [Diagnostic] {
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

/// A file the build will write: where it goes, what it was made from, and how to make it.
/// `prepare` builds what the file is made from and its input digest (cheap next to
/// rendering); the prepared file renders with a set of templates (each worker has its own).
public struct PlannedFile: Sendable {
    public let outputPath: String
    public let sourcePath: String?
    let prepare: @Sendable () -> PreparedFile

    init(outputPath: String, sourcePath: String? = nil, prepare: @escaping @Sendable () -> PreparedFile) {
        self.outputPath = outputPath
        self.sourcePath = sourcePath
        self.prepare = prepare
    }

    /// A file made by code, not a template (feed, sitemap, search index): always made again
    /// (a file whose bytes did not change is still linked from the previous output).
    init(outputPath: String, sourcePath: String? = nil, make: @escaping @Sendable (TemplateSet) -> String) {
        self.init(outputPath: outputPath, sourcePath: sourcePath) { PreparedFile(digest: nil, make: make) }
    }
}

/// A planned file with its inputs gathered: the digest of everything it is rendered from
/// (nil: not known, always render) and how to render it.
struct PreparedFile {
    let digest: String?
    let make: (TemplateSet) -> String
}

/// Everything a build will write, before any of it is rendered. Its paths are enough to check
/// links and collisions; `renderAll` makes the files in memory, `OutputWriter` renders each
/// straight into the staging folder.
public struct RenderPlan: Sendable {
    public let files: [PlannedFile]
    let templates: TemplateSet
    /// Outputs of earlier builds, reused when a file's input digest is unchanged.
    let cache: RebuildCache?

    public var outputPaths: [String] { files.map(\.outputPath) }

    /// Prepares every file on all cores, each worker with its own copy of the templates
    /// (objects every core retains and releases contend on one cache line), and hands it to
    /// `consume` on that worker, which renders it or not. Results keep the plan's order.
    func execute<T: Sendable>(_ consume: @escaping @Sendable (PlannedFile, PreparedFile, TemplateSet) -> T) -> [T] {
        let templates = self.templates
        return files.parallelMap(perWorker: { templates.copy(for: $0) }) { workerTemplates, file in consume(file, file.prepare(), workerTemplates) }
    }

    /// Every file rendered in memory; with a cache, a file rendered before from inputs with the
    /// same digest is reused (`sitegen serve`).
    public func renderAll() -> [OutputFile] {
        let cache = self.cache
        return execute { file, prepared, templates in
            let contents: String
            if let cache, let digest = prepared.digest {
                if let reused = cache.rendered(file.outputPath, digest: digest) {
                    contents = reused
                } else {
                    contents = prepared.make(templates)
                    cache.store(rendered: contents, for: file.outputPath, digest: digest)
                }
            } else {
                contents = prepared.make(templates)
            }
            return OutputFile(outputPath: file.outputPath, contents: contents, sourcePath: file.sourcePath)
        }
    }
}
