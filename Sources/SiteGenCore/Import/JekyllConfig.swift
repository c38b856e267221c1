import Foundation

/// What an import needs from a Jekyll `_config.yml`: the site's settings, its permalink
/// patterns (site-wide and from `defaults`), collections and excluded files.
struct JekyllConfig {
    var fields: [ForeignField] = []

    init(fields: [ForeignField]) {
        self.fields = fields
    }

    private func text(_ key: String) -> String? {
        fields.first { $0.key == key }?.value.text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    private func value(_ key: String) -> ForeignValue? { fields.first { $0.key == key }?.value }

    var title: String? { text("title") }
    var description: String? { text("description") ?? text("tagline") ?? text("subtitle") }
    /// `url` + `baseurl`: `https://user.github.io/blog`.
    var siteURL: String? { text("url").map { $0.droppingTrailing("/") + (text("baseurl").map { "/" + $0.droppingLeading("/") } ?? "") } }
    var timeZoneName: String? { text("timezone") }
    var timeZone: TimeZone { timeZoneName.flatMap(TimeZone.init(identifier:)) ?? .gmt }
    /// Chirpy's `lang`, Minimal Mistakes' `locale`.
    var language: String? { text("lang") ?? text("locale") }
    /// `author` (text or `name`), else Chirpy's `social.name`.
    var author: String? { text("author") ?? value("author")?["name"]?.text ?? value("social")?["name"]?.text }

    /// The permalink pattern for documents of `type` (`posts`, `pages`, `tabs`) at `path`:
    /// the last matching `defaults` entry, else (posts and pages) the site's `permalink`.
    func permalink(type: String, path: String) -> String? {
        var found: String?
        if case .list(let entries)? = value("defaults") {
            for entry in entries {
                let scope = entry["scope"]
                let scopePath = scope?["path"]?.text ?? ""
                let scopeType = scope?["type"]?.text
                guard scopeType == nil || scopeType == type, scopePath.isEmpty || path.hasPrefix(scopePath) else { continue }
                if let permalink = entry["values"]?["permalink"]?.text { found = permalink }
            }
        }
        if found == nil, type == "posts" || type == "pages" { found = text("permalink") }
        if found == nil, type == "posts" { found = "date" }
        return found.map(JekyllPermalink.pattern)
    }

    /// Whether the site's pages get `/name/` rather than `/name.html` URLs.
    var prettyPages: Bool { ["pretty"].contains(text("permalink") ?? "") || (text("permalink")?.hasSuffix("/") ?? false) }

    /// Collections whose documents are published (`collections: { tabs: { output: true } }`), by label.
    var outputCollections: Set<String> {
        guard case .table(let collections)? = value("collections") else {
            if case .list(let labels)? = value("collections") { return Set(labels.compactMap(\.text)) }
            return []
        }
        return Set(collections.filter { $0.value["output"] == .bool(true) }.map(\.key))
    }

    /// `exclude:` entries and the files Jekyll never publishes.
    var excluded: [String] {
        let listed: [String]
        if case .list(let items)? = value("exclude") { listed = items.compactMap(\.text) } else { listed = [] }
        return listed + ["Gemfile", "Gemfile.lock", "node_modules", "vendor", "gemfiles", "package.json", "package-lock.json",
                         "README.md", "LICENSE", "LICENSE.md", "LICENSE.txt", "CHANGELOG.md", "Rakefile", "tools", "CNAME.md"]
    }

    /// Chirpy's `cdn` (before Chirpy 6, `img_cdn`): where its root-relative images are served from.
    var imageCDN: String? { text("cdn") ?? text("img_cdn") }

    /// `excerpt_separator` (a line that splits the excerpt off, often `<!--more-->`).
    var excerptSeparator: String? { text("excerpt_separator") }
}

extension String {
    func droppingTrailing(_ suffix: Character) -> String {
        var text = self
        while text.last == suffix { text.removeLast() }
        return text
    }

    func droppingLeading(_ prefix: Character) -> String {
        String(drop { $0 == prefix })
    }
}

extension JekyllConfig {
    /// Whether `path` is left out by `exclude:` (a name, a folder, or a `*` pattern on the
    /// file name) or is one of the files Jekyll never publishes.
    func isExcluded(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return excluded.contains { entry in
            let entry = entry.droppingLeading("/")
            if let star = entry.firstIndex(of: "*") {
                return name.hasPrefix(entry[..<star]) && name.hasSuffix(entry[entry.index(after: star)...])
            }
            let folder = entry.droppingTrailing("/")
            return path == folder || path.hasPrefix(folder + "/")
        }
    }
}
