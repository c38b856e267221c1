import Foundation

/// Links and images in an imported page that point at old URLs or at files by paths that
/// worked only on the old site, rewritten to what sitegen builds: a link to an old post URL
/// becomes the post's new URL, a relative path that the old site (its page URL, or the
/// site root, as Hugo themes' `relURL` read them) resolved to a copied file becomes that
/// file's site path. Anything else is left as written. Pure.
struct LinkMapping {
    let links: ImportLinks
    /// The page's old URL: relative links were read against it.
    let oldURL: String
    /// The folder URL sitegen reads the page's relative links against (`/posts/`, a bundle's folder).
    let sourceFolder: String

    func map(_ text: String, log: inout ImportLog) -> String {
        LinkDestinations.rewrite(text, firstLine: 1) { destination, _ in
            let trimmed = destination.drop { $0 == " " }
            let address = trimmed.prefix { $0 != " " }
            guard let mapped = map(String(address)), mapped.address != address else { return nil }
            log.count(mapped.isPage ? "links to old URLs → new URLs" : "file paths that worked only on the old site → site paths")
            return mapped.address + trimmed.dropFirst(address.count)
        }
    }

    /// The new address for an old one, and whether it is a page's; nil to keep it.
    func map(_ address: String) -> (address: String, isPage: Bool)? {
        if let site = links.oldSite {
            for prefix in [site, site.replacingOccurrences(of: "https://", with: "http://")] where address.hasPrefix(prefix + "/") {
                guard let mapped = map(String(address.dropFirst(prefix.count))), mapped.isPage else { return nil }
                return mapped
            }
        }
        guard !address.isEmpty, !address.hasPrefix("#"), !address.contains(":"), !address.hasPrefix("//") else { return nil }
        let end = address.firstIndex { $0 == "#" || $0 == "?" } ?? address.endIndex
        let path = URLEncoding.decode(String(address[..<end])), suffix = address[end...]
        if path.hasPrefix("/") {
            return newURL(path).map { ($0 + suffix, true) }
        }
        if let here = LinkRewriter.sitePath(of: path, relativeTo: sourceFolder), links.files.contains(here) { return nil }
        for base in [oldURL, "/"] {
            guard let resolved = LinkRewriter.sitePath(of: path, relativeTo: base.hasSuffix("/") ? base : folder(of: base)) else { continue }
            if let url = newURL(resolved) { return (url + suffix, true) }
            if links.files.contains(resolved) { return (resolved + suffix, false) }
        }
        return nil
    }

    /// The new URL of an old one (with or without its trailing slash or `index.html`).
    private func newURL(_ path: String) -> String? {
        var key = path.lowercased()
        if key.hasSuffix("/index.html") { key = String(key.dropLast("index.html".count)) }
        return links.byOldURL[key] ?? links.byOldURL[key.hasSuffix("/") ? String(key.dropLast()) : key + "/"]
    }

    private func folder(of url: String) -> String {
        url.lastIndex(of: "/").map { String(url[...$0]) } ?? "/"
    }
}
