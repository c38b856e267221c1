import Foundation

/// One Markdown file of another generator that the import turns into a sitegen page or
/// post: where it goes, its new URL, and what its front matter gets beyond its own fields.
struct ImportEntry {
    enum Kind: Equatable { case post, draft, page }

    var kind: Kind
    /// Relative to the import source.
    var sourcePath: String
    var matter: ForeignFrontMatter
    /// Relative to the site root: `content/posts/2024-03-01-a.md`.
    var targetPath: String
    /// The sitegen URL: `/posts/a/`.
    var url: String
    /// The URL the other generator gave it (decoded site path), when it could be worked out.
    var oldURL: String? = nil
    var extras: FrontMatterMapping.Extras

    /// The other aliases (`redirect_from`, Hugo's `aliases`) as site paths, the page's own URL left out.
    static func aliases(_ value: ForeignValue?, folder: String, besides url: String) -> [String] {
        let written: [String]
        switch value {
        case .list(let items)?: written = items.compactMap(\.text)
        case let value?: written = value.text.map { [$0] } ?? []
        case nil: written = []
        }
        return written.compactMap { PageAliases.sitePath(of: $0, folder: folder) }.filter { $0 != url }
    }

    /// `my-first-post` → `My First Post`, as Jekyll titles a post without `title`.
    static func title(fromSlug slug: String) -> String {
        slug.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The `YYYY-MM-DD` a file name starts with (followed by `-`), and the rest.
    static func datePrefix(of name: String) -> (date: String, rest: String)? {
        let prefix = name.prefix(11)
        guard prefix.count == 11, prefix.last == "-", ISODate.parse(String(prefix.dropLast()), timeZone: .gmt) != nil else { return nil }
        return (String(prefix.dropLast()), String(name.dropFirst(11)))
    }

    /// The file name without its folder and extension.
    static func baseName(_ path: String) -> String {
        ImportLinks.droppingExtension(String(path.split(separator: "/").last ?? ""))
    }

    /// A site path for the aliases list, unless it is the page's own.
    static func alias(_ old: String?, besides url: String) -> [String] {
        guard let old, let path = PageAliases.sitePath(of: old, folder: "/"), path != url else { return [] }
        return [path]
    }
}
