import Yams

/// Old URLs a page names in front matter: Hugo's `aliases`, Jekyll's `redirect_from`, and a
/// `permalink` (Jekyll's URL for the page). Each becomes a redirect page at that path.
enum PageAliases {
    /// The aliases in one field (a list or one text). Relative paths are read against the
    /// page's folder URL (`/posts/`), as Hugo reads them; full URLs give their path.
    static func read(_ node: Node, key: String, folder: String, reader: inout YAMLReader) -> [PageAlias] {
        let items: [Node]
        if node.scalar != nil { items = [node] } else if let sequence = node.sequence { items = Array(sequence) } else {
            reader.error(at: node, "'\(key)' must be a list of old URLs like /2024/03/01/a.html, found a \(node.kindName)")
            return []
        }
        return items.compactMap { item in
            guard let written = reader.text(item, key: "\(key)[]")?.trimmingCharacters(in: .whitespaces), !written.isEmpty else { return nil }
            if key == "permalink", let placeholder = written.split(separator: "/").first(where: { $0.hasPrefix(":") }) {
                reader.warning(at: item, "'permalink' \"\(written)\" has a placeholder (\"\(placeholder)\") sitegen does not fill in; 'sitegen import jekyll' works old URLs out, or write the old URL itself")
                return nil
            }
            guard let path = sitePath(of: written, folder: folder) else {
                reader.error(at: item, "'\(key)' must be a site path like /2024/03/01/a.html or /old/url/, found \"\(written)\"")
                return nil
            }
            return PageAlias(path: path, spot: reader.spot(of: item))
        }
    }

    /// The decoded site path an old URL names: always starting with `/` and ending with `/` or
    /// a `.html`/`.htm` file name. Nil when it is no site path (`..`, a backslash, a control
    /// character, a scheme other than http(s), the root itself).
    static func sitePath(of written: String, folder: String) -> String? {
        var path = Substring(written)
        if let scheme = path.range(of: "://") {
            guard ["http", "https"].contains(path[..<scheme.lowerBound].lowercased()) else { return nil }
            path = path[scheme.upperBound...].drop(while: { $0 != "/" })
        }
        path = path.prefix(while: { $0 != "?" && $0 != "#" })
        let decoded = URLEncoding.decode(String(path))
        let absolute = decoded.hasPrefix("/") ? decoded : folder + decoded
        var segments: [Substring] = []
        for segment in absolute.split(separator: "/") where segment != "." {
            guard segment != "..", !segment.unicodeScalars.contains(where: { $0 == "\\" || $0.properties.generalCategory == .control }) else { return nil }
            segments.append(segment)
        }
        guard let last = segments.last else { return nil }
        let isFile = last.hasSuffix(".html") || last.hasSuffix(".htm")
        return "/" + segments.joined(separator: "/") + (isFile ? "" : "/")
    }

    /// Where the redirect page for an alias is written: `old/index.html`, or the `.html` file itself.
    static func outputPath(for aliasPath: String) -> String {
        aliasPath.hasSuffix("/") ? Renderer.outputPath(for: aliasPath) : String(aliasPath.drop(while: { $0 == "/" }))
    }
}
