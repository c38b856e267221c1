/// The template API: every value a template in `templates/` can use.
///
/// Each page kind gets one context struct; all of them carry `site` and `page`.
/// `{{name}}` escapes HTML; only fields documented as "HTML" may be used with `{{{name}}}`.
/// URLs are ready for `href`: they include the base path and are percent-encoded.

/// Site-wide values, the same on every page (`{{site.title}}`).
public struct SiteContext: Sendable, Hashable, Encodable {
    /// Site title from site.yaml.
    public var title: String
    /// Site description from site.yaml.
    public var description: String
    /// `<html lang>` value, e.g. `ko`.
    public var language: String
    /// Author name.
    public var author: String
    /// Absolute base URL, e.g. `https://user.github.io/blog/`.
    public var baseURL: String
    /// Base path for root-relative links, e.g. `/blog/`; prefix asset URLs with it.
    public var basePath: String
    /// href of the Atom feed.
    public var feedURL: String
    /// Header navigation.
    public var menu: [Shared<LinkContext>]
    /// Author's outbound links (footer).
    public var links: [Shared<LinkContext>]
    /// Year of the build clock, for the copyright line.
    public var year: String
    /// href of `/search/`, when the theme has `search.mustache` (the site then has a search index).
    public var searchURL: String?
    /// href of `/series/`, when the site has a series and the theme `series-list.mustache`.
    public var seriesURL: String?
    /// href of `/archive/`, when the theme has `archive.mustache`.
    public var archiveURL: String?
}

/// A named link (`{{name}}`, `{{url}}`); `current` is true on the page it points to.
public struct LinkContext: Sendable, Hashable, Encodable {
    public var name: String
    public var url: String
    public var current: Bool
}

/// Values about the page being rendered, for `<head>` (`{{page.title}}`).
public struct PageMeta: Sendable, Hashable, Encodable {
    /// Page title without the site name.
    public var title: String
    /// `<title>` text: "Page — Site", or the site title on the home page.
    public var documentTitle: String
    /// Meta description.
    public var description: String
    /// href of this page.
    public var url: String
    /// Absolute URL for `<link rel="canonical">` and `og:url`.
    public var canonicalURL: String
    /// OpenGraph type: `article` for posts, `website` otherwise.
    public var ogType: String
    /// Page kind: `home`, `post`, `page`, `posts`, `tags`, `tag`, `categories`, `category`,
    /// `404`, `search`, `series`, `series-list` or `archive`.
    public var kind: String
    /// True when the page has math and math rendering is on (`markdown.math` in site.yaml or
    /// `math:` in front matter): load `assets/katex/` and `assets/math.js`.
    public var math: Bool = false
    /// Absolute URL of the page's `og:image`: `image:` in front matter, else the picture sitegen
    /// made for link previews (`socialImage`); nil without either.
    public var image: String? = nil
    /// What sitegen knows of the `og:image` when it made it (the cover, else the page's first
    /// processed picture; not with a front matter `image:`): type, size, alt text.
    public var socialImage: SocialImageContext? = nil
}

/// A picture sitegen made for link previews (`{{#page.socialImage}}<meta property="og:image:width" content="{{width}}">…`).
public struct SocialImageContext: Sendable, Hashable, Encodable {
    /// Absolute URL of a PNG or JPEG (or the original GIF) at most `images.socialWidth` (1200)
    /// pixels wide.
    public var url: String
    public var width: Int
    public var height: Int
    /// MIME type, e.g. `image/jpeg`.
    public var type: String
    /// The image's alt text, else the page title.
    public var alt: String
}

/// A page's picture where a theme shows it (a post's cover, a post's list entry).
public struct PictureContext: Sendable, Hashable, Encodable {
    /// HTML: `<picture>` with AVIF and WebP sources (or a plain `<img>`), with width, height
    /// and empty alt text (the title beside it says what it is); lazy-loaded in lists.
    public var html: String
    /// href of the original file.
    public var url: String
    /// Size of the original in pixels.
    public var width: Int
    public var height: Int
}

/// A post in a list (`{{#posts}}…{{/posts}}`).
public struct PostSummaryContext: Sendable, Hashable, Encodable {
    public var title: String
    /// href of the post.
    public var url: String
    /// Publication day, `2024-03-05`.
    public var date: String
    /// RFC 3339 timestamp for `<time datetime>`.
    public var datetime: String
    /// Summary as plain text.
    public var summary: String
    /// Estimated reading time in minutes.
    public var readingMinutes: Int
    public var tags: [Shared<TagLinkContext>]
    /// The post's categories (`/categories/<name>/`), as written in front matter or from its folder.
    public var categories: [Shared<TagLinkContext>] = []
    /// HTML: this entry rendered with `templates/partials/post-item.mustache`, once per build
    /// and reused by every list, tag and home page that shows the post (`{{{html}}}`); empty
    /// when the theme has no such partial. Like Hugo's `.Render "summary"`.
    public var html: String = ""
    /// The post's cover, else its first processed image; absent when it has none.
    public var image: PictureContext? = nil
}

/// What `partials/post-item.mustache` sees when sitegen renders a post's list entry once:
/// the entry's own fields (`{{title}}`, `{{url}}`, `{{#tags}}`…) and `{{site.…}}`.
public struct PostItemContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var post: Shared<PostSummaryContext>
}

/// A tag link with the number of posts carrying it.
public struct TagLinkContext: Sendable, Hashable, Encodable {
    public var name: String
    /// href of the tag page.
    public var url: String
    public var count: Int
}

/// A table of contents; present only when a page has 3+ headings (`{{#post.toc}}…{{/post.toc}}`).
public struct TOCContext: Sendable, Hashable, Encodable {
    /// Level 2 entries in document order (a level 3 heading before any level 2 stands alone here).
    /// Plain values: the table is shared as a whole, so its entries need no digest of their own.
    public var items: [TOCItemContext]
    /// HTML: the same entries as a ready list, `<ol>` with a nested `<ol>` under each level 2
    /// entry that has level 3 entries (`{{{post.toc.html}}}`). Like Hugo's `.TableOfContents`,
    /// it saves a theme from walking the entries with a dozen tags per heading on every page;
    /// themes that want other markup use `items`.
    public var html: String
}

/// A table of contents entry with the level 3 entries under it.
public struct TOCItemContext: Sendable, Hashable, Encodable {
    public var text: String
    /// `#id` href, percent-encoded.
    public var url: String
    /// 2 or 3.
    public var level: Int
    /// Level 3 entries under this one (empty for level 3 entries).
    public var children: [TOCItemContext]
}

/// A page's rendered body as a context field: templates see the HTML; an input digest takes
/// what the HTML was rendered from (`Page.contentKey` and the images' digest) when the build
/// cache set it — the HTML is a function of those — instead of hashing some 10 kB per post on
/// every build. Without a key (no build cache) it digests the HTML.
public struct BodyHTML: Sendable, Hashable, Encodable, CustomStringConvertible {
    /// Made a string only when a template shows it (`StoredText`).
    public var html: StoredText
    public var description: String { html.string }
    /// Empty when unknown.
    var key: String

    init(of page: Page) {
        html = page.content.htmlText
        key = page.contentKey.isEmpty ? "" : page.contentKey + "/" + page.content.imageDigest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(DigestEncoder.isDigesting(encoder) && !key.isEmpty ? "rendered from " + key : html.string)
    }
}

/// Link to a neighbouring post.
public struct PostLinkContext: Sendable, Hashable, Encodable {
    public var title: String
    public var url: String
}

/// Checked and total GFM task list items of a page.
public struct TaskProgressContext: Sendable, Hashable, Encodable {
    public var done: Int
    public var total: Int
    /// Rounded percentage done.
    public var percent: Int
}

/// The post itself on a post page (`{{post.title}}`).
public struct PostDetail: Sendable, Hashable, Encodable {
    public var title: String
    public var url: String
    public var date: String
    public var datetime: String
    /// Day of the last update, if front matter has `updated`.
    public var updated: String?
    public var updatedDatetime: String?
    public var readingMinutes: Int
    public var summary: String
    public var tags: [Shared<TagLinkContext>]
    /// HTML: the rendered body (`{{{post.content}}}`).
    public var content: BodyHTML
    /// The front matter `cover:` image, for the top of the post (not lazy-loaded); absent
    /// without one.
    public var cover: PictureContext? = nil
    /// Table of contents (present when the post has 3+ headings).
    public var toc: Shared<TOCContext>?
    /// Task list progress (present when the body has task items).
    public var tasks: TaskProgressContext?
    /// Older post.
    public var previous: PostLinkContext?
    /// Newer post.
    public var next: PostLinkContext?
    /// Competencies of the career plan this post serves (through its tags).
    public var competencies: [LinkContext]
    /// The post's categories, like `tags`.
    public var categories: [Shared<TagLinkContext>] = []
    /// The series box, when the post is part of a series.
    public var series: SeriesBoxContext? = nil
    /// Up to four related posts (shared series, tags, competencies), best first.
    public var related: [RelatedNoteContext] = []
}

/// `post.mustache`.
public struct PostPageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
    public var post: Shared<PostDetail>
}

/// `page.mustache` (about and other standalone pages).
public struct StandalonePageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
    /// HTML: the rendered body.
    public var content: String
    /// Table of contents (present when the page has 3+ headings).
    public var toc: Shared<TOCContext>?
}

/// `home.mustache`.
public struct HomePageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
    /// HTML: body of `content/index.md`, if present.
    public var intro: String?
    /// The newest posts (`homePosts` in site.yaml).
    public var posts: [Shared<PostSummaryContext>]
    /// href of the full list.
    public var postsURL: String
    /// True when there are more posts than shown.
    public var hasMorePosts: Bool
    /// Every tag, for a tag cloud.
    public var tags: [Shared<TagLinkContext>]
    /// Career progress summary, when the site has career data.
    public var progress: ProgressSummaryContext?
    /// Name, headline and key strengths, when the site has `profile.yaml`.
    public var profile: ProfileContext?
    /// Projects from `projects.yaml` (empty without it).
    public var projects: [ProjectContext] = []
    /// href of `/resume/`, when the site renders a résumé.
    public var resumeURL: String?
}

/// One page of the paginated post list (`list.mustache`).
public struct PostListPageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
    public var posts: [Shared<PostSummaryContext>]
    public var pagination: PaginationContext
}

/// Where a list page is among its siblings.
public struct PaginationContext: Sendable, Hashable, Encodable {
    public var current: Int
    public var total: Int
    /// href of the newer page.
    public var previousURL: String?
    /// href of the older page.
    public var nextURL: String?
    public var pages: [PageNumberContext]
    /// True when there is more than one page.
    public var isPaginated: Bool
}

/// A numbered page link in pagination, or a gap (`…`) between distant numbers.
/// Only the first, last and nearby pages are listed, so pagination stays small.
public struct PageNumberContext: Sendable, Hashable, Encodable {
    public var number: Int
    public var url: String
    public var current: Bool
    /// True for the `…` placeholder; `number` and `url` are empty then.
    public var gap: Bool
}

/// `tags.mustache`: every tag. `categories.mustache` (or, when the theme has none,
/// `tags.mustache` again) gets the same context with every category in `tags` and
/// `page.kind` = `categories`.
public struct TagIndexPageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
    public var tags: [Shared<TagLinkContext>]
}

/// `tag.mustache`: the posts of one tag. `category.mustache` (else `tag.mustache`) gets the
/// same context for one category, with `page.kind` = `category` and `page.title` its name.
public struct TagPageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
    public var tag: TagLinkContext
    public var posts: [Shared<PostSummaryContext>]
}

/// `404.mustache`.
public struct NotFoundPageContext: Sendable, Hashable, Encodable {
    public var site: Shared<SiteContext>
    public var page: Shared<PageMeta>
}
