/// What the Markdown stage asks of the image pipeline: the markup for an image the build
/// processed. Filled by the image stage between parse and render; the Markdown stage's HTML
/// writer calls `markup(for:)` for every image, and the renderer uses it for covers.
///
/// Cheap to copy into every page's `MarkdownOptions`: the table is held by reference.
public struct ImageCatalog: Sendable, Equatable, Encodable {
    private final class Table: Sendable {
        let images: [String: ProcessedImage]
        let basePath: String
        let sizes: String

        init(images: [String: ProcessedImage], basePath: String, sizes: String) {
            self.images = images
            self.basePath = basePath
            self.sizes = sizes
        }
    }

    private let table: Table?

    /// A catalog that knows no image: every image renders as a plain `<img>`.
    public init() { table = nil }

    /// `images` by output path; URLs start with `basePath` (`/` or `/blog/`); `sizes` is the
    /// `sizes` attribute of every `<source>`.
    public init(images: [ProcessedImage], basePath: String, sizes: String) {
        let byPath = Dictionary(images.map { ($0.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        table = Table(images: byPath, basePath: basePath, sizes: sizes)
    }

    public static func == (lhs: ImageCatalog, rhs: ImageCatalog) -> Bool {
        lhs.table === rhs.table || (lhs.table?.images == rhs.table?.images && lhs.table?.basePath == rhs.table?.basePath
            && lhs.table?.sizes == rhs.table?.sizes)
    }

    /// What the build cache digests of a catalog (`MarkdownOptions` is part of a page's parse
    /// key): every image it knows, by output path, with the base path and `sizes`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        guard let table else { return }
        try container.encode(table.basePath)
        try container.encode(table.sizes)
        for (path, image) in table.images.sorted(by: { $0.key < $1.key }) {
            try container.encode(path)
            try container.encode(String(describing: image))
        }
    }

    /// Whether the catalog knows no image.
    public var isEmpty: Bool { table?.images.isEmpty ?? true }

    /// The processed image a site path names (`/posts/a.png`, percent-encoded or not; a query
    /// or fragment is ignored), if the build processed it.
    public func image(at sitePath: String) -> ProcessedImage? {
        guard let table else { return nil }
        return table.images[Self.outputPath(of: sitePath)]
    }

    /// What the markup of `images` depends on in this catalog: each one's entry, the base path
    /// and `sizes`; empty when the catalog knows none of them (they are plain `<img>`s). Two
    /// catalogs with the same digest for a body's images write the same HTML for it.
    func digest(of images: [ImageReference]) -> String {
        guard let table else { return "" }
        let known = images.compactMap { $0.sitePath }.map { ($0, table.images[Self.outputPath(of: $0)]) }
        guard known.contains(where: { $0.1 != nil }) else { return "" }
        var digest = Digest()
        digest.add("\(table.basePath)\n\(table.sizes)\n")
        for (path, image) in known {
            digest.add(path)
            if let image { image.add(to: &digest) } else { digest.add("-") }
        }
        return digest.hex
    }

    /// HTML that replaces the plain `<img>` of `image`: a `<picture>` with AVIF and WebP
    /// `<source>`s and an `<img>` with width and height, or just the `<img>` when no rendition
    /// was kept. Nil for images the build did not process (external, missing, failed).
    public func markup(for image: ImageReference) -> String? {
        guard let table, let sitePath = image.sitePath, let processed = table.images[Self.outputPath(of: sitePath)] else { return nil }
        let markup = ImageMarkup(basePath: table.basePath, sizes: table.sizes)
        return markup.html(for: processed, alt: image.alt, title: image.title, lazy: image.index > 0)
    }

    /// An href for a file of the output (`posts/a.png` → `/blog/posts/a.png`, percent-encoded).
    public func href(_ outputPath: String) -> String {
        (table?.basePath ?? "/") + URLEncoding.encodePath(outputPath)
    }

    /// `/posts/%ED%95%9C.png?v=1#x` → `posts/한.png`.
    static func outputPath(of sitePath: String) -> String {
        let end = sitePath.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? sitePath.endIndex
        return URLEncoding.decode(String(sitePath[..<end].drop(while: { $0 == "/" })))
    }
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
