import Foundation

extension SiteSettings {
    /// `site.yaml` from another site's configuration: what it has of title, description, base
    /// URL, language, time zone and author; raw HTML kept when the posts use it (as Jekyll
    /// and Hugo did); a menu with the lists the imported posts need.
    static func make(title: String?, description: String?, url: String?, language: String?, timeZone: String?, author: String?,
                     entries: [ImportEntry], rawHTML: Bool) -> SiteSettings {
        var settings = SiteSettings()
        if let title { settings.entries.append(("title", FrontMatterWriter.scalar(title))) }
        if let description { settings.entries.append(("description", FrontMatterWriter.scalar(description))) }
        if let url, let base = SiteURL(parsing: url) { settings.entries.append(("baseURL", base.absolute)) }
        if let language { settings.entries.append(("language", FrontMatterWriter.scalar(language))) }
        if let timeZone, TimeZone(identifier: timeZone) != nil { settings.entries.append(("timezone", timeZone)) }
        if let author { settings.entries.append(("author", FrontMatterWriter.scalar(author))) }
        if rawHTML { settings.trailer += ["markdown:", "  unsafe: true"] }
        let korean = language?.lowercased().hasPrefix("ko") ?? true
        var menu = [(korean ? "글" : "Posts", "/posts/")]
        if entries.contains(where: { !$0.extras.categories.isEmpty }) {
            menu.append((korean ? "카테고리" : "Categories", "/categories/"))
        }
        menu.append((korean ? "태그" : "Tags", "/tags/"))
        if let about = entries.first(where: { $0.kind == .page && ($0.url.hasSuffix("/about/") || ($0.oldURL ?? "").hasSuffix("/about/")) }) {
            menu.append((korean ? "소개" : "About", about.url))
        }
        settings.trailer += ["menu:"] + menu.map { "  - { name: \(FrontMatterWriter.scalar($0.0, inFlow: true)), url: \($0.1) }" }
        return settings
    }

    /// The settings as `key: value` lines, for printing when the site already has a `site.yaml`.
    public var lines: [String] {
        entries.map { "\($0.key): \($0.value)" } + trailer
    }
}
