/// Content types by file extension, with `charset=utf-8` for every text type.
enum ContentType {
    /// For an extension without a known type.
    static let fallback = "application/octet-stream"

    /// The `Content-Type` for a lowercased extension (`html`, `css`, `png`).
    static func forExtension(_ pathExtension: String) -> String {
        if let text = textTypes[pathExtension] { return text + "; charset=utf-8" }
        return binaryTypes[pathExtension] ?? fallback
    }

    /// The `Content-Type` for an output path (`posts/a/index.html`, `feed.xml`).
    static func forPath(_ outputPath: String) -> String {
        let name = outputPath.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        return forExtension(name[name.index(after: dot)...].lowercased())
    }

    /// Whether responses of this type get the live-reload script.
    static func isHTML(_ contentType: String) -> Bool {
        contentType.hasPrefix("text/html")
    }

    private static let textTypes: [String: String] = [
        "html": "text/html", "htm": "text/html",
        "css": "text/css",
        "js": "text/javascript", "mjs": "text/javascript",
        "svg": "image/svg+xml",
        "xml": "application/xml", "xsl": "application/xml",
        "json": "application/json", "map": "application/json",
        "webmanifest": "application/manifest+json",
        "txt": "text/plain", "md": "text/markdown",
        "csv": "text/csv",
    ]

    private static let binaryTypes: [String: String] = [
        "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "woff2": "font/woff2", "woff": "font/woff", "ttf": "font/ttf", "otf": "font/otf",
        "pdf": "application/pdf",
        "mp4": "video/mp4", "webm": "video/webm",
        "zip": "application/zip",
    ]
}
