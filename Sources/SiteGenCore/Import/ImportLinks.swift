import Foundation

/// Where the converted text's links go: the new URLs of the imported posts and pages, found
/// by the names the other generator's tags use for them, and the old site's own values.
struct ImportLinks: Sendable, Equatable {
    /// Site paths by the source path of the file they were made from (`_posts/2024-03-01-a.md`,
    /// `about.md`, `content/posts/b/index.md`), with and without the extension.
    var bySourcePath: [String: String] = [:]
    /// Post URLs by file name without extension (`2024-03-01-a`), Jekyll's `{% post_url %}`
    /// name; a name two posts share is left out.
    var byPostName: [String: String] = [:]
    /// `{{ site.title }}` and the like: the old configuration's texts by key (`title`, `url`).
    var siteValues: [String: String] = [:]
    /// New URLs by old URL (decoded, lowercased site paths), for links to old URLs.
    var byOldURL: [String: String] = [:]
    /// Site paths (`/assets/a.png`) of the files the import copies.
    var files: Set<String> = []
    /// The old site's own address (`https://user.github.io`, with its base path if any):
    /// absolute links to it are links to its pages.
    var oldSite: String?

    /// Adds the new URL of the file at `sourcePath`.
    mutating func add(sourcePath: String, url: String, isPost: Bool) {
        bySourcePath[sourcePath] = url
        let withoutExtension = Self.droppingExtension(sourcePath)
        bySourcePath[withoutExtension] = url
        guard isPost else { return }
        let name = String(withoutExtension.split(separator: "/").last ?? "")
        byPostName[name] = byPostName[name] == nil || byPostName[name] == url ? url : ""
    }

    /// Adds what the import knows of an entry: its new URL by source path and by old URL.
    mutating func add(_ entry: ImportEntry) {
        add(sourcePath: entry.sourcePath, url: entry.url, isPost: entry.kind != .page)
        if let old = entry.oldURL { byOldURL[old.lowercased()] = entry.url }
        for alias in entry.extras.aliases { byOldURL[alias.lowercased()] = entry.url }
    }

    /// Jekyll's `{% post_url name %}`: by file name, or by its path below `_posts/`.
    func postURL(_ name: String) -> String? {
        let name = name.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        if let url = bySourcePath["_posts/" + name] { return url }
        if let url = byPostName[String(name.split(separator: "/").last ?? "")], !url.isEmpty { return url }
        return nil
    }

    /// A source path (`_posts/a.md`, `/about.md`, `assets/x.pdf`): a page's URL, else the
    /// path itself as a site path (a copied file).
    func url(forSourcePath path: String) -> String? {
        let path = path.trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")).drop { $0 == "/" }
        return bySourcePath[String(path)]
    }

    static func droppingExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path }
        return String(path[..<dot])
    }
}
