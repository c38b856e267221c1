/// Where an image is used: a Markdown body or a front matter field, for diagnostics.
struct ImageUse: Sendable, Equatable {
    /// The Markdown file (`content/posts/a.md`).
    var sourcePath: String
    var line: Int
    var column: Int
    /// The destination as written (`./diagram.png`).
    var destination: String
}

/// One image file the build will process, with every place that uses it.
struct ImageJob: Sendable, Equatable {
    /// The original, as the loader found it (source path, output path, stamp).
    var file: StaticFile
    var uses: [ImageUse]

    /// The format the file name claims, nil for other names.
    var claimedFormat: ImageFormat? { ImageFormat(fileName: file.sourcePath) }
}

/// The image stage's plan: every image that Markdown bodies and front matter (`cover:`) point
/// to inside the site, once each, sorted by output path. Images the site does not have are
/// left to the link checker (bodies) or reported here (front matter); external ones are skipped.
struct ImagePlan: Sendable {
    var jobs: [ImageJob] = []
    var diagnostics: [Diagnostic] = []

    init(site: Site) {
        let files = Dictionary(site.staticFiles.map { ($0.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        var uses: [String: [ImageUse]] = [:]
        for page in Self.pages(of: site) {
            if let cover = page.cover {
                guard let sitePath = cover.sitePath, files[ImageCatalog.outputPath(of: sitePath)] != nil else {
                    if cover.sitePath != nil {
                        diagnostics.append(.error(page.sourcePath, line: cover.spot.line, column: cover.spot.column,
                                                  "cover image \"\(cover.destination)\" does not exist in the site; put the file next to the Markdown file or fix the path"))
                    }
                    continue
                }
                uses[ImageCatalog.outputPath(of: sitePath), default: []].append(
                    ImageUse(sourcePath: page.sourcePath, line: cover.spot.line, column: cover.spot.column, destination: cover.destination))
            }
            guard !page.content.images.isEmpty else { continue }
            let body = page.body  // made once per page (from the cache it is made on request)
            for image in page.content.images {
                guard let sitePath = image.sitePath else { continue }
                let outputPath = ImageCatalog.outputPath(of: sitePath)
                guard files[outputPath] != nil else { continue }  // the link checker reports it
                let (line, column) = Self.position(of: image, in: body, bodyLine: page.bodyLine)
                uses[outputPath, default: []].append(ImageUse(sourcePath: page.sourcePath, line: line, column: column, destination: image.destination))
            }
        }
        jobs = uses.keys.sorted().compactMap { outputPath in
            files[outputPath].map { ImageJob(file: $0, uses: uses[outputPath] ?? []) }
        }
    }

    /// Home, standalone pages and posts.
    static func pages(of site: Site) -> [Page] {
        [site.home].compactMap { $0 } + site.pages + site.posts
    }

    /// The line in the file and the column in characters of an image in a page's body
    /// (cmark counts lines from the body's start and columns in bytes).
    static func position(of image: ImageReference, in text: Substring, bodyLine: Int) -> (line: Int, column: Int) {
        let body = text.utf8
        var start = body.startIndex, line = 1
        while line < image.line, let newline = body[start...].firstIndex(of: UInt8(ascii: "\n")) {
            start = body.index(after: newline)
            line += 1
        }
        let prefix = body[start...].prefix { $0 != UInt8(ascii: "\n") }.prefix(max(0, image.column - 1))
        return (image.line + bodyLine - 1, String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1)
    }
}
