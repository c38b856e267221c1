import Foundation

/// The parsed site: config, pages, posts and tags, ready to render.
public struct Site: Sendable, Equatable {
    public var config: SiteConfig
    /// `content/index.md`, the home page's intro, if present.
    public var home: Page?
    /// Standalone pages (`content/about.md` → `/about/`), sorted by URL.
    public var pages: [Page] = []
    /// Published posts, sorted newest first (date desc, slug asc).
    public var posts: [Page] = []
    /// Every tag with its posts, sorted by slug.
    public var tags: [Tag] = []
    /// Every category with its posts, sorted by slug (`/categories/<slug>/`).
    public var categories: [Tag] = []
    /// Every series with its parts in reading order, sorted by slug.
    public var series: [Series] = []
    /// Dates of posts left out because they are scheduled after the build clock.
    public var scheduledDates: [Date] = []
    /// Files copied unchanged.
    public var staticFiles: [StaticFile] = []
    /// The images the image stage processed, with their renditions (empty before it runs).
    public var images = ImageCatalog()
    /// The career plan from `content/data/*.yaml`, when the site has one.
    public var career: Career?

    public init(config: SiteConfig) {
        self.config = config
    }
}

/// A tag (or a category) and the posts carrying it (indices into `Site.posts`, newest first).
public struct Tag: Sendable, Equatable {
    /// As first written: `Spring Batch`.
    public var name: String
    /// URL segment: `spring-batch`, Hangul kept.
    public var slug: String
    public var postIndices: [Int]
    /// Site path of the index the term belongs to: `/tags/` or `/categories/`.
    public var base = "/tags/"

    /// Site path: `/tags/spring-batch/`.
    public var url: String { "\(base)\(slug)/" }
}

/// Posts that share `series:` in front matter, in reading order.
public struct Series: Sendable, Equatable {
    /// As written on its first part: `Spring Batch 정리`.
    public var name: String
    /// URL segment: `spring-batch-정리`.
    public var slug: String
    /// Indices into `Site.posts`: by `seriesOrder`, then the parts without one by date, then slug.
    public var postIndices: [Int]

    /// Site path: `/series/spring-batch-정리/`.
    public var url: String { "/series/\(slug)/" }
}
