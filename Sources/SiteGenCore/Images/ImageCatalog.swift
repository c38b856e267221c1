/// What the Markdown stage asks of the image pipeline: the markup for an image the build
/// processed. Filled by the image stage between parse and render (issue 14); the Markdown
/// stage's HTML writer is its only caller.
///
/// Placeholder: knows no image, so every image renders as cmark's plain `<img>`.
public struct ImageCatalog: Sendable, Equatable, Encodable {
    public init() {}

    /// HTML that replaces the plain `<img>` of `image` (a `<picture>` with sources and an
    /// `<img>` with width and height), or nil to keep the plain `<img>`.
    public func markup(for image: ImageReference) -> String? { nil }
}

/// An image as written in a Markdown body.
public struct ImageReference: Sendable, Equatable, Codable {
    /// The destination as written (`./diagram.png`, `/images/x.png`, `https://…`).
    public var destination: String
    /// The site path it resolves to (`/posts/diagram.png`), nil for external images.
    public var sitePath: String?
    /// The alt text as plain text (may be empty: a warning).
    public var alt: String
    /// The Markdown title (`![alt](x.png "title")`), nil when none.
    public var title: String?
    /// 0 for the first image of the page (it is not lazy-loaded).
    public var index: Int
    /// Where it was written in the Markdown file (1-based, for diagnostics).
    public var line: Int
    public var column: Int

    public init(destination: String, sitePath: String?, alt: String, title: String?, index: Int, line: Int = 0, column: Int = 0) {
        self.destination = destination
        self.sitePath = sitePath
        self.alt = alt
        self.title = title
        self.index = index
        self.line = line
        self.column = column
    }
}
