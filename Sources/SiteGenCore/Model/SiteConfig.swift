import Foundation

/// Settings from `site.yaml`.
public struct SiteConfig: Sendable, Equatable, Encodable {
    /// Site title, shown in the header, `<title>` and the feed.
    public var title: String = "sitegen"
    /// One-sentence description for `<meta name="description">` and the feed subtitle.
    public var description: String = ""
    /// Absolute base URL with a trailing slash (`https://user.github.io/blog/`).
    public var baseURL: SiteURL = SiteURL.default
    /// BCP 47 language tag for `<html lang>`.
    public var language: String = "ko"
    /// Time zone for dates without an offset and for displayed dates.
    public var timeZone: TimeZone = TimeZone(identifier: "Asia/Seoul") ?? .gmt
    /// The author named in the feed and meta tags.
    public var author: String = ""
    /// Author e-mail for the feed, optional.
    public var email: String?
    /// Posts per page on `/posts/` (and its `/posts/page/N/` pages).
    public var postsPerPage: Int = 10
    /// Number of latest posts on the home page.
    public var homePosts: Int = 5
    /// Number of entries in `/feed.xml`.
    public var feedLimit: Int = 20
    /// Whether raw HTML in Markdown is passed through (off: cmark's safe mode).
    public var unsafeHTML: Bool = false
    /// Heading levels the table of contents lists (`markdown: { toc: { min: 2, max: 3 } }`).
    public var toc = TOCLevels()
    /// Whether pages with math load the self-hosted KaTeX from `templates/assets/katex/`.
    public var math = false
    /// Callout titles and other words the Markdown stage writes.
    public var markdownLabels = MarkdownLabels()
    /// Navigation links in the header, in order.
    public var menu: [MenuItem] = [
        MenuItem(name: "Posts", url: "/posts/"),
        MenuItem(name: "Tags", url: "/tags/"),
        MenuItem(name: "About", url: "/about/"),
    ]
    /// How images in Markdown and front matter become responsive renditions (`images:`).
    public var images = ImageSettings()
    /// Outbound links of the author (GitHub, e-mail), shown in the footer.
    public var links: [MenuItem] = []

    public init() {}
}

/// A named link in the site menu or footer; `url` is site-relative (`/posts/`) or absolute.
public struct MenuItem: Sendable, Equatable, Encodable {
    public var name: String
    public var url: String
    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }
}

/// The heading levels a table of contents lists, `min` through `max` (1–6).
public struct TOCLevels: Sendable, Equatable, Hashable, Codable {
    public var min = 2
    public var max = 3

    public init(min: Int = 2, max: Int = 3) {
        self.min = min
        self.max = max
    }

    func contains(_ level: Int) -> Bool { level >= min && level <= max }
}
