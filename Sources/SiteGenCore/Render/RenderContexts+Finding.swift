/// The template API for finding things: search, series, related notes and the archive.
/// (Field lookup for templates is in `RenderContexts+Lookup.swift`.)

/// The series box on a post (`{{#post.series}}…{{/post.series}}`).
public struct SeriesBoxContext: Sendable, Hashable, Encodable {
    /// Series name as written on its first part.
    public var name: String
    /// href of `/series/<slug>/`; nil when the theme has no `series.mustache`.
    public var url: String?
    /// This post's place, 1-based.
    public var position: Int
    /// Number of parts.
    public var total: Int
    /// Every part in reading order; `current` marks this post.
    public var parts: [SeriesPartContext]
    /// The part before this one in the series.
    public var previous: PostLinkContext?
    /// The part after this one in the series.
    public var next: PostLinkContext?
}

/// One part in a series box.
public struct SeriesPartContext: Sendable, Hashable, Encodable {
    public var title: String
    /// href of the part.
    public var url: String
    /// 1-based place in the series.
    public var number: Int
    /// True for the post being shown.
    public var current: Bool
}

/// A related note under a post (`{{#post.related}}…{{/post.related}}`).
public struct RelatedNoteContext: Sendable, Hashable, Encodable {
    public var title: String
    /// href of the post.
    public var url: String
    /// Publication day, `2024-03-05`.
    public var date: String
    /// RFC 3339 timestamp for `<time datetime>`.
    public var datetime: String
}

/// A series in the list of all series.
public struct SeriesLinkContext: Sendable, Hashable, Encodable {
    public var name: String
    /// href of `/series/<slug>/`.
    public var url: String
    /// Number of parts.
    public var count: Int
    /// Day of the newest part, `2024-03-05`.
    public var updated: String
}

/// `series-list.mustache`: every series at `/series/`, the most recently continued first.
public struct SeriesIndexPageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
    public var series: [SeriesLinkContext]
}

/// `series.mustache`: one series at `/series/<slug>/`, its parts in reading order.
public struct SeriesPageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
    public var series: SeriesLinkContext
    /// The parts as list entries (`{{{html}}}` with `partials/post-item`), in reading order.
    public var posts: [Shared<PostSummaryContext>]
}

/// `archive.mustache`: every post at `/archive/` by year and month, newest first.
public struct ArchivePageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
    /// Number of posts.
    public var total: Int
    public var years: [ArchiveYearContext]
}

/// A year in the archive.
public struct ArchiveYearContext: Sendable, Hashable, Encodable {
    /// `2024`.
    public var year: String
    /// Posts in the year.
    public var count: Int
    /// Months with posts, newest first.
    public var months: [ArchiveMonthContext]
}

/// A month in the archive.
public struct ArchiveMonthContext: Sendable, Hashable, Encodable {
    /// Element id, `2024-03`, for links into the page.
    public var id: String
    /// Month number, 1–12.
    public var month: Int
    /// Posts in the month.
    public var count: Int
    public var posts: [ArchiveEntryContext]
}

/// A post in the archive.
public struct ArchiveEntryContext: Sendable, Hashable, Encodable {
    public var title: String
    /// href of the post.
    public var url: String
    /// Publication day, `2024-03-05`.
    public var date: String
    /// RFC 3339 timestamp for `<time datetime>`.
    public var datetime: String
}

/// `search.mustache`: the search page at `/search/`.
public struct SearchPageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
    /// href of `search/meta.json`, for the script's `data-index` attribute; chunk and
    /// document files are found relative to it, so the page works under any base path.
    public var indexURL: String
    /// Number of pages in the index.
    public var documents: Int
}
