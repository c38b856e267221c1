/// The site's absolute base URL split into origin (`https://user.github.io`) and
/// base path (`/blog/`), so every internal link can be built from a site path.
public struct SiteURL: Sendable, Equatable, Encodable {
    /// Scheme and host, no trailing slash: `https://user.github.io`.
    public var origin: String
    /// Path with leading and trailing slash: `/` or `/blog/`.
    public var basePath: String

    /// Used when `site.yaml` sets no base URL.
    public static let `default` = SiteURL(origin: "http://localhost:1313", basePath: "/")

    init(origin: String, basePath: String) {
        self.origin = origin
        self.basePath = basePath
    }

    /// Parses `https://host[:port][/path]`; nil for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let schemeEnd = trimmed.range(of: "://") else { return nil }
        let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = trimmed[schemeEnd.upperBound...]
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        let host = rest[..<slash]
        guard !host.isEmpty, !host.contains(where: { " ?#@\\".contains($0) }) else { return nil }
        var path = String(rest[slash...])
        guard !path.contains(where: { "?#".contains($0) }) else { return nil }
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        self.init(origin: "\(scheme)://\(host)", basePath: path)
    }

    /// The whole base URL: `https://user.github.io/blog/`.
    public var absolute: String { origin + basePath }

    /// Site path (`/posts/a/`) to a link usable in `href`: base path prepended, percent-encoded.
    public func href(_ sitePath: String) -> String {
        basePath + URLEncoding.encodePath(String(sitePath.drop(while: { $0 == "/" })))
    }

    /// Site path to an absolute, percent-encoded URL for feeds, sitemaps and canonical links.
    public func absoluteURL(_ sitePath: String) -> String {
        origin + href(sitePath)
    }
}
