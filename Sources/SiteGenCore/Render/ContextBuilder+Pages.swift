/// Contexts for each page kind.
extension ContextBuilder {
    func home(progress: ProgressSummaryContext? = nil, profile: ProfileContext? = nil,
              projects: [ProjectContext] = [], resumeURL: String? = nil) -> HomePageContext {
        let config = site.config
        let shown = Array(summaries.prefix(config.homePosts))
        return HomePageContext(
            site: site(current: config.baseURL.basePath),
            page: meta(title: site.home?.title ?? config.title, description: site.home?.summary ?? config.description, url: "/", kind: "home",
                       of: site.home),
            intro: site.home?.content.html, posts: shown, postsURL: config.baseURL.href("/posts/"),
            hasMorePosts: summaries.count > shown.count, tags: tagLinks, progress: progress, profile: profile,
            projects: projects, resumeURL: resumeURL)
    }

    func standalone(_ page: Page) -> StandalonePageContext {
        let url = site.config.baseURL.href(page.url)
        return StandalonePageContext(site: site(current: url), page: meta(title: page.title, description: page.summary, url: page.url, kind: "page", math: rendersMath(page), image: page.image, of: page),
                                     content: page.content.html, toc: toc(of: page))
    }

    func post(at index: Int, competencies: [LinkContext] = []) -> PostPageContext {
        let post = site.posts[index]
        let config = site.config
        let summary = summaries[index]
        let tasks = post.content.tasks
        var detail = PostDetail(
            title: post.title, url: summary.url, date: summary.date, datetime: summary.datetime,
            updated: post.updated.map { ISODate.day($0, timeZone: config.timeZone) },
            updatedDatetime: post.updated.map { ISODate.rfc3339($0, timeZone: config.timeZone) },
            readingMinutes: summary.readingMinutes, summary: post.summary, tags: summary.tags,
            content: BodyHTML(of: post), cover: cover(of: post), toc: toc(of: post),
            tasks: tasks.total == 0 ? nil : TaskProgressContext(done: tasks.done, total: tasks.total, percent: tasks.done * 100 / tasks.total),
            previous: index + 1 < summaries.count ? PostLinkContext(title: summaries[index + 1].title, url: summaries[index + 1].url) : nil,
            next: index > 0 ? PostLinkContext(title: summaries[index - 1].title, url: summaries[index - 1].url) : nil,
            competencies: competencies, categories: summary.categories)
        detail.series = seriesBox(forPost: index)
        detail.related = relatedNotes(forPost: index)
        return PostPageContext(site: site(current: config.baseURL.href("/posts/")),
                               page: meta(title: post.title, description: post.summary, url: post.url, kind: "post", math: rendersMath(post), image: post.image, of: post),
                               post: Shared(detail))
    }

    func postList(page number: Int, of total: Int) -> PostListPageContext {
        let size = site.config.postsPerPage
        let start = (number - 1) * size
        let posts = Array(summaries[min(start, summaries.count)..<min(start + size, summaries.count)])
        let href = { (page: Int) in self.site.config.baseURL.href(Self.postListURL(page: page)) }
        let pagination = PaginationContext(
            current: number, total: total,
            previousURL: number > 1 ? href(number - 1) : nil, nextURL: number < total ? href(number + 1) : nil,
            pages: Self.pageWindow(current: number, total: total).map { page in
                page.map { PageNumberContext(number: $0, url: href($0), current: $0 == number, gap: false) }
                    ?? PageNumberContext(number: 0, url: "", current: false, gap: true)
            },
            isPaginated: total > 1)
        let label = menuLabel(for: "/posts/", default: "Posts")
        let title = number == 1 ? label : "\(label) (\(number)/\(total))"
        return PostListPageContext(site: site(current: href(1)),
                                   page: meta(title: title, description: "", url: Self.postListURL(page: number), kind: "posts"),
                                   posts: posts, pagination: pagination)
    }

    func tagIndex() -> TagIndexPageContext {
        TagIndexPageContext(site: site(current: site.config.baseURL.href("/tags/")),
                            page: meta(title: menuLabel(for: "/tags/", default: "Tags"), description: "", url: "/tags/", kind: "tags"), tags: tagLinks)
    }

    func tag(_ tag: Tag) -> TagPageContext {
        let link = TagLinkContext(name: tag.name, url: site.config.baseURL.href(tag.url), count: tag.postIndices.count)
        return TagPageContext(site: site(current: site.config.baseURL.href("/tags/")),
                              page: meta(title: "#\(tag.name)", description: "", url: tag.url, kind: "tag"),
                              tag: link, posts: tag.postIndices.map { summaries[$0] })
    }

    func categoryIndex() -> TagIndexPageContext {
        TagIndexPageContext(site: site(current: site.config.baseURL.href("/categories/")),
                            page: meta(title: menuLabel(for: "/categories/", default: "Categories"), description: "", url: "/categories/", kind: "categories"),
                            tags: categoryLinks)
    }

    func category(_ category: Tag) -> TagPageContext {
        let link = TagLinkContext(name: category.name, url: site.config.baseURL.href(category.url), count: category.postIndices.count)
        return TagPageContext(site: site(current: site.config.baseURL.href("/categories/")),
                              page: meta(title: category.name, description: "", url: category.url, kind: "category"),
                              tag: link, posts: category.postIndices.map { summaries[$0] })
    }

    /// Page numbers to show: first, last, and two on each side of the current one;
    /// nil marks a gap. `pageWindow(current: 5, total: 9)` → 1 … 3 4 5 6 7 … 9.
    static func pageWindow(current: Int, total: Int) -> [Int?] {
        let shown = Set([1, total] + Array(max(1, current - 2)...min(total, current + 2)))
        var result: [Int?] = []
        for page in shown.sorted() {
            if let last = result.last ?? nil, page > last + 1 { result.append(nil) }
            result.append(page)
        }
        return result
    }

    /// The menu's name for a site path (`/posts/` → "글"), so list titles follow the menu's language.
    func menuLabel(for sitePath: String, default fallback: String) -> String {
        site.config.menu.first(where: { $0.url == sitePath })?.name ?? fallback
    }

    func notFound() -> NotFoundPageContext {
        NotFoundPageContext(site: siteContext, page: meta(title: "404", description: "", url: "/404.html", kind: "404"))
    }
}
