/// Where a link or image destination points, and how site-internal ones are rewritten so they
/// work under any base path.
enum LinkRewriter {
    /// `/posts/a/` → rootPrefix + `posts/a/`; `img.png` in `/posts/` → rootPrefix + `posts/img.png`;
    /// URLs with a scheme, `//host`, `#fragment` and `?query` stay as written.
    static func rewrite(_ destination: String, options: MarkdownOptions, isImage: Bool = false) -> String {
        let folder = isImage ? options.imageFolder ?? options.sourceFolder : options.sourceFolder
        guard let sitePath = sitePath(of: destination, relativeTo: folder) else { return destination }
        return options.rootPrefix + sitePath.dropFirst()
    }

    /// The site path (leading `/`) a destination points to, or nil for external and
    /// same-page destinations. Relative paths that climb above the root stay nil.
    static func sitePath(of destination: String, relativeTo folder: String) -> String? {
        if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("?") || destination.hasPrefix("//") {
            return nil
        }
        if destination.hasPrefix("/") { return destination }
        if hasScheme(destination) { return nil }
        return resolve(destination, against: folder)
    }

    private static func hasScheme(_ destination: String) -> Bool {
        guard let colon = destination.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = destination[..<colon]
        return !scheme.isEmpty && !scheme.contains("/") && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }

    private static func resolve(_ relative: String, against folder: String) -> String? {
        let suffixStart = relative.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? relative.endIndex
        var segments = folder.split(separator: "/").map(String.init)
        let parts = relative[..<suffixStart].split(separator: "/", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            switch part {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            case "" where index < parts.count - 1: continue
            default: segments.append(String(part))
            }
        }
        let trailing = relative[..<suffixStart].hasSuffix("/") ? "/" : ""
        let path = "/" + segments.filter { !$0.isEmpty }.joined(separator: "/")
        return (path == "/" ? path : path + trailing) + relative[suffixStart...]
    }
}
