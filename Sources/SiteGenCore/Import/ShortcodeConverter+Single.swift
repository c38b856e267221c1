import Foundation

/// Shortcodes without inner text.
extension ShortcodeConverter {
    func single(_ code: Shortcode, line: Int, log: inout ImportLog) -> String {
        switch code.name {
        case "figure":
            guard let src = code.argument("src") else { break }
            log.count("{{< figure >}} → images")
            let title = code.argument("title")
            let caption = code.argument("caption")
            let alt = code.argument("alt") ?? caption ?? title ?? ""
            let image = "![\(alt)](\(src)\(title.map { " \"\($0.replacingOccurrences(of: "\"", with: "\\\""))\"" } ?? ""))"
            let linked = code.argument("link").map { "[\(image)](\($0))" } ?? image
            return caption.map { $0 == alt ? linked : linked + "\n*\($0)*" } ?? linked
        case "ref", "relref":
            guard let target = code.argument("path", at: 0) else { break }
            if let url = url(forRef: target) {
                log.count("{{< ref >}} and {{< relref >}} → page links")
                return url
            }
            log.leave(sourcePath, line: line, "\(code.written) names no imported page; removed")
            return ""
        case "youtube", "vimeo", "gist", "tweet", "x", "instagram":
            if let link = Self.embedLink(code) {
                log.count("{{< youtube >}} and other embeds → plain links")
                return link
            }
        default: break
        }
        log.leave(sourcePath, line: line, "shortcode \(code.written) has no sitegen equivalent; removed")
        return ""
    }

    /// The new URL of the page a `ref` names: a path below `content/` (with or without `.md`,
    /// or a bundle's folder), a path relative to this page, or a unique file name; a
    /// `#fragment` is kept.
    func url(forRef target: String) -> String? {
        let hash = target.firstIndex(of: "#")
        let path = String(target[..<(hash ?? target.endIndex)]).droppingLeading("/")
        let fragment = hash.map { String(target[$0...]) } ?? ""
        if path.isEmpty { return fragment.isEmpty ? nil : fragment }
        let folder = RelativePath.parent(sourcePath)
        let candidates = ["content/" + path, folder + "/" + path].flatMap { [$0, $0 + "/index", $0 + "/_index", $0 + "/index.md"] }
        if let url = candidates.lazy.compactMap({ links.bySourcePath[$0] }).first { return url + fragment }
        let name = ImportLinks.droppingExtension(String(path.split(separator: "/").last ?? ""))
        if let url = links.byPostName[name], !url.isEmpty { return url + fragment }
        return nil
    }

    /// `youtube` (an id, or `id=`), `vimeo`, `gist` (user and id), `x`/`tweet` (user and id),
    /// `instagram` as a Markdown link to the page on that site.
    static func embedLink(_ code: Shortcode) -> String? {
        switch code.name {
        case "youtube":
            guard let id = code.argument("id", at: 0) else { return nil }
            return "[YouTube: \(code.argument("title") ?? id)](https://www.youtube.com/watch?v=\(id))"
        case "vimeo":
            guard let id = code.argument("id", at: 0) else { return nil }
            return "[Vimeo: \(code.argument("title") ?? id)](https://vimeo.com/\(id))"
        case "gist":
            guard let user = code.argument("user", at: 0), let id = code.argument("id", at: 1) else { return nil }
            return "[gist \(user)/\(id)](https://gist.github.com/\(user)/\(id))"
        case "tweet", "x":
            guard let user = code.argument("user", at: 0), let id = code.argument("id", at: 1) else { return nil }
            return "[@\(user) on X](https://x.com/\(user)/status/\(id))"
        case "instagram":
            guard let id = code.argument("id", at: 0) else { return nil }
            return "[Instagram](https://www.instagram.com/p/\(id)/)"
        default:
            return nil
        }
    }
}
