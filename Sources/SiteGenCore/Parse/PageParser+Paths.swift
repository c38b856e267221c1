import Foundation

/// What a Markdown file's path says about it: its kind, slug, URL, date and categories.
extension PageParser {
    /// Posts are the Markdown files anywhere below `content/posts/`; `content/index.md` is the home page.
    static func kind(of sourcePath: String) -> Page.Kind {
        if sourcePath == "content/index.md" { return .home }
        return sourcePath.hasPrefix("content/posts/") ? .post : .page
    }

    /// Hugo's section pages (`_index.md`) have no place in sitegen, which makes lists itself.
    static func isSectionPage(_ sourcePath: String) -> Bool {
        sourcePath.hasSuffix("/_index.md")
    }

    /// An `index.md` in a folder of its own (`posts/a/index.md`, `projects/b/index.md`: Hugo's
    /// page bundle) takes its slug from the folder, and the files beside it are its files.
    static func isBundle(_ sourcePath: String) -> Bool {
        sourcePath.hasSuffix("/index.md") && sourcePath != "content/posts/index.md"
            && sourcePath.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 } >= 2
    }

    /// File name without `.md` and without a `YYYY-MM-DD-` prefix; a bundle's folder name.
    static func defaultSlug(for sourcePath: String) -> String {
        let parts = sourcePath.split(separator: "/")
        var name = Substring(isBundle(sourcePath) ? parts.dropLast().last ?? "" : parts.last ?? "")
        if name.hasSuffix(".md") { name = name.dropLast(3) }
        if datePrefix(of: name) != nil { name = name.dropFirst(11) }
        return String(name)
    }

    /// The `YYYY-MM-DD` a file (or bundle folder) name starts with, followed by `-`.
    private static func datePrefix(of name: Substring) -> String? {
        let prefix = name.prefix(11)
        guard prefix.count == 11, prefix.last == "-", ISODate.parse(String(prefix.dropLast()), timeZone: .gmt) != nil else { return nil }
        return String(prefix.dropLast())
    }

    /// Midnight in `timeZone` of the date the file name starts with (`2024-03-01-a.md`), for a
    /// post without `date`, as Jekyll reads it.
    static func fileNameDate(of sourcePath: String, timeZone: TimeZone) -> Date? {
        let parts = sourcePath.split(separator: "/")
        let name = isBundle(sourcePath) ? parts.dropLast().last ?? "" : parts.last ?? ""
        return datePrefix(of: name).flatMap { ISODate.parse($0, timeZone: timeZone) }
    }

    /// The folders between `content/posts/` and a post (its bundle folder left out): a post's
    /// categories when its front matter names none.
    static func folderCategories(of sourcePath: String) -> [String] {
        var folders = sourcePath.split(separator: "/").dropFirst(2).dropLast()
        if isBundle(sourcePath) { folders = folders.dropLast() }
        return folders.map(String.init)
    }

    /// `/posts/<slug>/` for posts (whatever folder they are in), `/` for home,
    /// `/<folders>/<slug>/` for pages.
    static func url(for page: Page) -> String {
        switch page.kind {
        case .home: return "/"
        case .post: return "/posts/\(page.slug)/"
        case .page:
            let folders = page.sourcePath.split(separator: "/").dropFirst().dropLast(isBundle(page.sourcePath) ? 2 : 1)
            return "/" + (folders.map(String.init) + [page.slug]).joined(separator: "/") + "/"
        }
    }
}
