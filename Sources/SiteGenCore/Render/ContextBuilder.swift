import Foundation

/// Builds the template contexts from the parsed site. Shared pieces (site context,
/// post summaries, tag links) are built once and reused by every page.
struct ContextBuilder: Sendable {
    let site: Site
    let siteContext: SiteContext
    let summaries: [PostSummaryContext]
    let tagLinks: [TagLinkContext]
    /// Tag links by tag slug.
    let tagLinkBySlug: [String: TagLinkContext]

    init(site: Site, now: Date) {
        self.site = site
        let config = site.config
        let url = config.baseURL
        let tagLinks = site.tags.map { TagLinkContext(name: $0.name, url: url.href($0.url), count: $0.postIndices.count) }
        let bySlug = Dictionary(uniqueKeysWithValues: zip(site.tags.map(\.slug), tagLinks))
        self.tagLinks = tagLinks
        self.tagLinkBySlug = bySlug
        self.siteContext = SiteContext(
            title: config.title, description: config.description, language: config.language, author: config.author,
            baseURL: url.absolute, basePath: url.basePath, feedURL: url.href("/feed.xml"),
            menu: config.menu.map { LinkContext(name: $0.name, url: Self.link($0.url, base: url), current: false) },
            links: config.links.map { LinkContext(name: $0.name, url: Self.link($0.url, base: url), current: false) },
            year: String(ISODate.civil(now, offset: config.timeZone.secondsFromGMT(for: now)).year))
        self.summaries = site.posts.map { post in
            PostSummaryContext(
                title: post.title, url: url.href(post.url), date: Self.day(post.date, config), datetime: Self.stamp(post.date, config),
                summary: post.summary, readingMinutes: post.content.wordCount.readingMinutes,
                tags: post.tags.compactMap { bySlug[Slug.makeURLSegment($0)] })
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
    func site(current url: String) -> SiteContext {
        var context = siteContext
        context.menu = context.menu.map { item in
            var item = item
            item.current = item.url == url || (url.hasPrefix(item.url) && item.url != siteContext.basePath)
            return item
        }
        return context
    }

    func meta(title: String, description: String, url sitePath: String, kind: String) -> PageMeta {
        let config = site.config
        let isHome = kind == "home"
        return PageMeta(
            title: title, documentTitle: isHome || title == config.title ? config.title : "\(title) — \(config.title)",
            description: description.isEmpty ? config.description : description,
            url: config.baseURL.href(sitePath), canonicalURL: config.baseURL.absoluteURL(sitePath),
            ogType: kind == "post" ? "article" : "website", kind: kind)
    }

    /// Nests level 3 headings under the level 2 heading before them.
    func toc(_ headings: [Heading]) -> TOCContext? {
        guard headings.count >= 3 else { return nil }
        var items: [TOCItemContext] = []
        for heading in headings {
            let item = TOCItemContext(text: heading.text, url: "#" + URLEncoding.encodeFragment(heading.id), level: heading.level, children: [])
            if heading.level == 3, !items.isEmpty, items[items.count - 1].level == 2 {
                items[items.count - 1].children.append(item)
            } else {
                items.append(item)
            }
        }
        return TOCContext(items: items)
    }
}
