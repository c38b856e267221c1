import Foundation

/// Builds the template contexts from the parsed site. Shared pieces (site context,
/// post summaries, tag links) are built once and reused by every page.
struct ContextBuilder: Sendable {
    let site: Site
    let siteContext: Shared<SiteContext>
    private(set) var summaries: [Shared<PostSummaryContext>]
    let tagLinks: [Shared<TagLinkContext>]
    /// Category links, sorted by slug.
    let categoryLinks: [Shared<TagLinkContext>]
    /// Tag links by tag slug.
    let tagLinkBySlug: [String: Shared<TagLinkContext>]
    /// The site context for each menu state (which entries are current), built once.
    private let siteByMenuState: [[Bool]: Shared<SiteContext>]
    /// Search, series, related notes and archive (`ContextBuilder+Finding.swift`).
    let finding: FindingData

    init(site: Site, now: Date, features: FindingFeatures = FindingFeatures()) {
        self.site = site
        let config = site.config
        let url = config.baseURL
        finding = FindingData(site: site, features: features)
        let tagLinks = site.tags.map { Shared(TagLinkContext(name: $0.name, url: url.href($0.url), count: $0.postIndices.count)) }
        let bySlug = Dictionary(uniqueKeysWithValues: zip(site.tags.map(\.slug), tagLinks))
        self.tagLinks = tagLinks
        let categoryLinks = site.categories.map { Shared(TagLinkContext(name: $0.name, url: url.href($0.url), count: $0.postIndices.count)) }
        let categoryBySlug = Dictionary(uniqueKeysWithValues: zip(site.categories.map(\.slug), categoryLinks))
        self.categoryLinks = categoryLinks
        self.tagLinkBySlug = bySlug
        let plain = SiteContext(
            title: config.title, description: config.description, language: config.language, author: config.author,
            baseURL: url.absolute, basePath: url.basePath, feedURL: url.href("/feed.xml"),
            menu: config.menu.map { Shared(LinkContext(name: $0.name, url: Self.link($0.url, base: url), current: false)) },
            links: config.links.map { Shared(LinkContext(name: $0.name, url: Self.link($0.url, base: url), current: false)) },
            year: String(ISODate.civil(now, offset: config.timeZone.secondsFromGMT(for: now)).year),
            searchURL: features.search ? url.href(FindingFeatures.searchURL) : nil,
            seriesURL: features.series && !site.series.isEmpty ? url.href(FindingFeatures.seriesURL) : nil,
            archiveURL: features.archive ? url.href(FindingFeatures.archiveURL) : nil)
        self.siteContext = Shared(plain)
        var byState: [[Bool]: Shared<SiteContext>] = [:]
        for current in [url.basePath, url.href("/posts/"), url.href("/tags/")] + plain.menu.map(\.url) {
            let state = Self.menuState(plain, current: current)
            if byState[state] == nil { byState[state] = Shared(Self.site(plain, menuState: state)) }
        }
        self.siteByMenuState = byState
        var slugs = TagIndex.Slugs()
        for post in site.posts { for name in post.tags + post.categories { _ = slugs(name) } }
        let slugByName = slugs.all
        let catalog = site.images
        self.summaries = site.posts.parallelMap { post in
            Shared(PostSummaryContext(
                title: post.title, url: url.href(post.url), date: Self.day(post.date, config), datetime: Self.stamp(post.date, config),
                summary: post.summary, readingMinutes: post.content.wordCount.readingMinutes,
                tags: post.tags.compactMap { slugByName[$0].flatMap { bySlug[$0] } },
                categories: post.categories.compactMap { slugByName[$0].flatMap { categoryBySlug[$0] } },
                image: catalog.isEmpty ? nil : Self.listImage(of: post, catalog: catalog, sizes: config.images.sizes, basePath: url.basePath)))
        }
    }

    /// Fills every summary's `html` with its list entry rendered once by `render` (with
    /// `partials/post-item`), on all cores.
    mutating func renderItems(_ render: @escaping @Sendable (TemplateSet, PostItemContext) -> String, templates: TemplateSet) {
        let site = siteContext
        summaries = summaries.parallelMap(perWorker: { templates.copy(for: $0) }) { workerTemplates, summary in
            var entry = summary.value
            entry.html = render(workerTemplates, PostItemContext(site: site, post: summary))
            return Shared(entry)
        }
    }

    /// Site-relative menu URLs get the base path; absolute ones stay.
    static func link(_ url: String, base: SiteURL) -> String {
        url.hasPrefix("/") && !url.hasPrefix("//") ? base.href(url) : url
    }

    static func day(_ date: Date?, _ config: SiteConfig) -> String {
        date.map { ISODate.day($0, timeZone: config.timeZone) } ?? ""
    }

    static func stamp(_ date: Date?, _ config: SiteConfig) -> String {
        date.map { ISODate.rfc3339($0, timeZone: config.timeZone) } ?? ""
    }

    /// `/posts/` for page 1, `/posts/page/N/` after.
    static func postListURL(page: Int) -> String {
        page == 1 ? "/posts/" : "/posts/page/\(page)/"
    }

    /// The site context with the menu entry for `url` marked current.
    func site(current url: String) -> Shared<SiteContext> {
        let state = Self.menuState(siteContext.value, current: url)
        return siteByMenuState[state] ?? Shared(Self.site(siteContext.value, menuState: state))
    }

    /// Which menu entries are current on the page at `url`: its own entry, and the entry of
    /// the section it is in (a post is in `/posts/`), never the home entry for other pages.
    private static func menuState(_ site: SiteContext, current url: String) -> [Bool] {
        site.menu.map { item in item.url == url || (url.hasPrefix(item.url) && item.url != site.basePath) }
    }

    private static func site(_ site: SiteContext, menuState: [Bool]) -> SiteContext {
        var context = site
        context.menu = zip(site.menu, menuState).map { item, current in
            var link = item.value
            link.current = current
            return Shared(link)
        }
        return context
    }

    func meta(title: String, description: String, url sitePath: String, kind: String, math: Bool = false, image: String? = nil, of page: Page? = nil) -> Shared<PageMeta> {
        let config = site.config
        let isHome = kind == "home"
        // A front matter `image:` is the author's choice for link previews; else sitegen's own.
        let social = image == nil ? page.flatMap { Self.socialImage(of: $0, config: config, catalog: site.images) } : nil
        return Shared(PageMeta(
            title: title, documentTitle: isHome || title == config.title ? config.title : "\(title) — \(config.title)",
            description: description.isEmpty ? config.description : description,
            url: config.baseURL.href(sitePath), canonicalURL: config.baseURL.absoluteURL(sitePath),
            ogType: kind == "post" ? "article" : "website", kind: kind, math: math,
            image: image.map { $0.hasPrefix("/") ? config.baseURL.absoluteURL($0) : $0 } ?? social?.url, socialImage: social))
    }

    /// The headings within `levels`, each nested under the closest shallower one before it;
    /// nil when fewer than three headings are listed.
    func toc(_ headings: [Heading], levels: TOCLevels) -> Shared<TOCContext>? {
        let listed = headings.filter { levels.contains($0.level) }
        guard listed.count >= 3 else { return nil }
        // The entries are plain values and the table is digested once as a whole (wrapping
        // every entry digested each again, and at every insert, its children too).
        var items: [TOCItemContext] = []
        for heading in listed {
            Self.insert(TOCItemContext(text: heading.text, url: "#" + URLEncoding.encodeFragment(heading.id), level: heading.level, children: []), into: &items)
        }
        // The table is made from the listed headings alone; digest them, not the table.
        var inputs = Digest()
        inputs.add("toc")
        for heading in listed {
            inputs.add(String(heading.level))
            inputs.add(heading.id)
            inputs.add(heading.text)
        }
        return Shared(TOCContext(items: items, html: Self.tocHTML(items)), madeFrom: inputs)
    }

    /// Appends `item` under the last entry of a shallower level, at any depth.
    private static func insert(_ item: TOCItemContext, into items: inout [TOCItemContext]) {
        guard let last = items.indices.last, items[last].level < item.level else { return items.append(item) }
        insert(item, into: &items[last].children)
    }

    /// Whether a page loads the math renderer: it has math, and its front matter or the site turns rendering on.
    func rendersMath(_ page: Page) -> Bool {
        page.content.hasMath && (page.math ?? site.config.math)
    }

    /// The table of contents of a page, as its front matter and the site ask.
    func toc(of page: Page) -> Shared<TOCContext>? {
        page.showsTOC ? toc(page.content.headings, levels: page.toc ?? site.config.toc) : nil
    }

    /// `<ol>` of level 2 entries, each with an `<ol>` of its level 3 entries; the markup the
    /// theme's item loop writes, byte for byte (a test renders both).
    static func tocHTML(_ items: [TOCItemContext]) -> String {
        var html = ""
        html.reserveCapacity(items.count * 96)
        appendTOC(items, to: &html)
        return html
    }

    private static func appendTOC(_ items: [TOCItemContext], to html: inout String) {
        html += "<ol>\n"
        for item in items {
            html += "<li><a href=\""
            html += HTML.escape(item.url)
            html += "\">"
            html += HTML.escape(item.text)
            html += "</a>"
            if !item.children.isEmpty {
                html += "\n"
                appendTOC(item.children, to: &html)
                html += "\n"
            }
            html += "</li>\n"
        }
        html += "</ol>"
    }
}
