import Foundation

/// A Markdown document after parsing: a blog post or a standalone page.
///
/// Its fields (`Page.Fields`, read and written as `page.title`) live in one shared, copy-on-write
/// box: a page is copied all over a build (sorted, filtered, handed to workers, kept in lists)
/// and a copy of the plain struct retained and released some forty strings and arrays — a
/// fifth of a `sitegen serve` rebuild. Now a copy is one retain; the box is copied only when a
/// shared page is changed. It encodes, compares and reflects as its fields.
@dynamicMemberLookup
public struct Page: Sendable, Equatable, Codable, CustomReflectable {
    /// Posts live in `content/posts/` and get dates, tags, lists and the feed.
    public enum Kind: String, Sendable, Equatable, Codable { case post, page, home }

    private final class Storage: @unchecked Sendable {  // changed only while uniquely referenced
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    public init(kind: Kind, sourcePath: String, slug: String, url: String, title: String) {
        storage = Storage(Fields(kind: kind, sourcePath: sourcePath, slug: slug, url: url, title: title))
    }

    public subscript<T>(dynamicMember keyPath: WritableKeyPath<Fields, T>) -> T {
        get { storage.fields[keyPath: keyPath] }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields[keyPath: keyPath]
        }
    }

    public static func == (lhs: Page, rhs: Page) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public init(from decoder: Decoder) throws { storage = Storage(try Fields(from: decoder)) }
    public func encode(to encoder: Encoder) throws { try storage.fields.encode(to: encoder) }
    public var customMirror: Mirror { Mirror(reflecting: storage.fields) }
}

extension Page {
    /// What a page holds.
    public struct Fields: Sendable, Equatable, Codable {
        public var kind: Kind
        /// Relative to the site root: `content/posts/2024-03-01-batch.md`.
        public var sourcePath: String
        /// Last URL segment: `batch`.
        public var slug: String
        /// Site path with leading and trailing slash (no base path): `/posts/batch/`.
        public var url: String
        public var title: String
        /// Publication date; required for posts.
        public var date: Date?
        /// Date of the last meaningful change, if given.
        public var updated: Date?
        /// Where `date:` and `updated:` were written, for date diagnostics after parsing.
        public var dateSpot = SourceSpot()
        public var updatedSpot = SourceSpot()
        /// Tags as written (first spelling wins across the site).
        public var tags: [String] = []
        /// Categories as written (`categories:`, `category:`); else, for a post in a sub-folder of
        /// `content/posts/`, the folder names (`posts/java/spring/a.md` → `java`, `spring`).
        public var categories: [String] = []
        /// Old URLs of the page (`aliases`, `redirect_from`, a `permalink` that differs from `url`):
        /// each gets a redirect page.
        public var aliases: [PageAlias] = []
        /// Site path of the folder relative images are in, when front matter names one (Chirpy's
        /// `media_subpath` or `img_path`: `/assets/img/redis/`); else the file's own folder.
        public var imageFolder: String? = nil
        /// The page's picture for link previews (`image:`, or Chirpy's `image: { path: … }`): a site
        /// path (relative ones resolved like the page's images) or an address; with where it was written.
        public var image: String? = nil
        public var imageSpot = SourceSpot()
        /// Warnings the site reports once for all pages that have them (an unknown front matter
        /// field), with a count and the first place.
        public var siteWideWarnings: [SiteWideWarning] = []
        /// Front matter summary, else the first paragraph cut on a grapheme boundary.
        public var summary: String = ""
        public var draft: Bool = false
        /// Template name to render with, overriding the default for the kind.
        public var template: String?
        /// `toc: false` in front matter hides the table of contents.
        public var showsTOC = true
        /// Heading levels for this page's table of contents (`toc: { min: 2, max: 4 }`); nil: the site's.
        public var toc: TOCLevels?
        /// `math: true/false` in front matter overrides the site's `markdown.math`.
        public var math: Bool?
        /// Where `template:` was written, for the unknown-template diagnostic.
        public var templateSpot = SourceSpot()
        /// Front matter `cover:` (or `image:`): the page's picture for `og:image`, lists and the
        /// top of a post; else its first processed image serves there.
        public var cover: PageImage?
        /// The series this post is a part of (`series:` in front matter), with where it was written.
        public var series: String?
        public var seriesSpot = SourceSpot()
        /// The post's place in its series (`seriesOrder:`); nil orders it by date after the numbered parts.
        public var seriesOrder: Int?
        public var seriesOrderSpot = SourceSpot()
        /// The Markdown body (after the front matter), kept for re-rendering with absolute URLs;
        /// a slice of the file's text, not a copy.
        public var body: Substring {
            get { bodyText.substring }
            set { bodyText = StoredText(newValue) }
        }
        /// `body` as stored: from the build cache, bytes made text only if asked for.
        public var bodyText = StoredText()
        /// Line of the first body line in the file, for diagnostics.
        public var bodyLine: Int = 1
        /// The rendered body.
        public var content: RenderedMarkdown = RenderedMarkdown()
        /// A digest of what `content` was rendered from (the file's path and bytes and the parse
        /// settings; its images are `content.imageDigest`), set when the build cache knows the
        /// bytes' digest, so later stages can key on it instead of digesting the HTML; else empty.
        public var contentKey = ""

        public init(kind: Kind, sourcePath: String, slug: String, url: String, title: String) {
            self.kind = kind
            self.sourcePath = sourcePath
            self.slug = slug
            self.url = url
            self.title = title
        }
    }
}

/// An image named in front matter (`cover: ./cover.png`).
public struct PageImage: Sendable, Equatable, Codable {
    /// As written.
    public var destination: String
    /// The site path it resolves to (relative paths against the file's folder), nil for an
    /// external URL.
    public var sitePath: String?
    /// Where it was written.
    public var spot: SourceSpot

    public init(destination: String, sitePath: String?, spot: SourceSpot) {
        self.destination = destination
        self.sitePath = sitePath
        self.spot = spot
    }
}

/// An old URL of a page, which gets a redirect page to the page's URL.
public struct PageAlias: Sendable, Equatable, Codable {
    /// Site path with a leading slash, decoded: `/2024/03/01/a.html`, `/old/`.
    public var path: String
    /// Where it was written.
    public var spot: SourceSpot

    public init(path: String, spot: SourceSpot) {
        self.path = path
        self.spot = spot
    }
}

/// A warning that the site reports once for every page that has it: `message` is the same
/// for all of them, so the site counts them and names only the first place.
public struct SiteWideWarning: Sendable, Equatable, Codable {
    public var message: String
    public var line: Int
    public var column: Int
}

/// What the Markdown stage produces for one body.
public struct RenderedMarkdown: Sendable, Equatable, Codable {
    /// HTML of the body.
    public var html: String {
        get { htmlText.string }
        set { htmlText = StoredText(newValue) }
    }
    /// `html` as stored: from the build cache, bytes made text only if asked for (a build
    /// renders few pages again; the others enter digests by what they were made from).
    public var htmlText = StoredText()
    /// Every heading (levels 1–6) with its id, in document order; the table of contents takes
    /// the levels `toc` asks for.
    public var headings: [Heading] = []
    /// Every id the body defines (headings, footnotes), for anchor checks.
    public var ids: [String] = []
    /// GFM task list items: how many, and how many are checked.
    public var tasks: TaskCount = TaskCount()
    /// Links and images in the body, with where they were written.
    public var links: [SourceLink] = []
    /// Images in the body in document order, with alt text and title (for the image stage).
    public var images: [ImageReference] = []
    /// Plain text of the first paragraph, for automatic summaries.
    public var firstParagraph: String = ""
    /// Hangul syllables and other words, for reading time.
    public var wordCount: WordCount = WordCount()
    /// Problems worth a warning (undefined or unused footnotes, images without alt text, raw
    /// HTML left out), with lines relative to the body.
    public var problems: [MarkdownProblem] = []
    /// Code blocks naming a language no highlighter knows (one site-wide warning lists them).
    public var unknownCodeLanguages: [UnknownCodeLanguage] = []
    /// The body has `$…$`, `$$…$$` or ```` ```math ```` (the page may load a math renderer).
    public var hasMath = false
    /// What the body's images were written with (`ImageCatalog.digest(of:)`): the image stage
    /// renders the body again only when its catalog says otherwise.
    public var imageDigest = ""

    public init() {}
}

/// Something in a Markdown body worth a warning; `line` is relative to the body's first line.
public struct MarkdownProblem: Sendable, Equatable, Codable {
    public var line: Int
    public var column: Int
    public var message: String
}

/// A code block whose language (the info string's first word) has no highlighter.
public struct UnknownCodeLanguage: Sendable, Equatable, Codable {
    public var language: String
    /// Line of the block's opening fence, relative to the body.
    public var line: Int
}

/// A heading in a body: level, id and plain text.
public struct Heading: Sendable, Equatable, Codable {
    public var level: Int
    public var id: String
    public var text: String
}

/// Done and total GFM task list items.
public struct TaskCount: Sendable, Equatable, Codable {
    public var done: Int = 0
    public var total: Int = 0
}

/// Hangul syllables and other (space-separated) words of a text.
public struct WordCount: Sendable, Equatable, Codable {
    public var hangulSyllables: Int = 0
    public var otherWords: Int = 0

    /// Reading minutes at ~500 syllables and ~200 other words a minute, at least 1.
    public var readingMinutes: Int {
        let minutes = Double(hangulSyllables) / 500 + Double(otherWords) / 200
        return max(1, Int(minutes.rounded(.up)))
    }
}

/// A link or image destination as written in Markdown, with its source position.
public struct SourceLink: Sendable, Equatable, Codable {
    public var destination: String
    public var line: Int
    public var column: Int
    public var isImage: Bool
}
