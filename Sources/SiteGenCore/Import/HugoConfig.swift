import Foundation

/// What an import needs from a Hugo configuration (`hugo.toml|yaml|json`, `config.*`, or
/// `config/_default/`): settings, permalinks, the sections that hold posts.
struct HugoConfig {
    var fields: [ForeignField] = []
    /// Relative to the import source; nil when the site has none.
    var sourcePath: String?

    /// The first configuration file the site has, read; problems logged.
    static func read(_ texts: [String: String], log: inout ImportLog) -> HugoConfig {
        let names = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json",
                     "config/_default/hugo.toml", "config/_default/config.toml", "config/_default/hugo.yaml", "config/_default/config.yaml"]
        guard let name = names.first(where: { texts[$0] != nil }), let text = texts[name] else {
            log.leave("hugo.toml", line: nil, "no Hugo configuration found; the site's title, URL and time zone are not imported")
            return HugoConfig()
        }
        var config = HugoConfig(sourcePath: name)
        let parsed: Result<[ForeignField], ForeignFormatError>
        if name.hasSuffix(".toml") {
            parsed = TOMLFormat.table(LineEndings.normalize(text))
        } else if name.hasSuffix(".json") {
            parsed = JSONFormat.frontMatter(text + "\n").map(\.fields)
        } else {
            parsed = YAMLFormat.table(LineEndings.normalize(text), lineOffset: 0)
        }
        switch parsed {
        case .success(let fields): config.fields = fields
        case .failure(let error): log.leave(name, line: error.line, "cannot be read (\(error.message)); its settings are not imported")
        }
        if let params = texts["config/_default/params.toml"], case .success(let extra) = TOMLFormat.table(params) {
            config.fields.append(ForeignField(key: "params", value: .table(extra)))
        }
        return config
    }

    /// A key of the default language's settings (`[languages.ko]`), else of the site's.
    private func value(_ key: String) -> ForeignValue? {
        if let language = defaultLanguageSettings, case .table(let own) = language, let field = own.first(where: { $0.key.lowercased() == key.lowercased() }) {
            if key.lowercased() == "params", let site = siteValue(key), case .table(let siteParams) = site, case .table(let ownParams) = field.value {
                return .table(ownParams + siteParams)
            }
            return field.value
        }
        return siteValue(key)
    }

    private func siteValue(_ key: String) -> ForeignValue? {
        fields.first { $0.key.lowercased() == key.lowercased() }?.value
    }

    /// `defaultContentLanguage`, lowercased (`en` when unset, as in Hugo).
    var defaultLanguage: String { siteValue("defaultContentLanguage")?.text?.lowercased() ?? "en" }

    private var defaultLanguageSettings: ForeignValue? {
        guard case .table(let languages)? = siteValue("languages") else { return nil }
        return languages.first { $0.key.lowercased() == defaultLanguage }?.value
    }

    /// The default language's content folder (`contentDir`), else `content`.
    var contentRoot: String { (value("contentDir")?.text ?? "content").droppingTrailing("/") }

    /// `/ko` when the default language's pages live under its own folder of URLs.
    var urlPrefix: String { siteValue("defaultContentLanguageInSubdir") == .bool(true) ? "/" + defaultLanguage : "" }

    /// A file's path with the content folder read as `content/` (`content/ko/post/a.md` →
    /// `content/post/a.md`); nil for files outside it.
    func contentPath(of path: String) -> String? {
        guard path.hasPrefix(contentRoot + "/") else { return nil }
        return "content/" + path.dropFirst(contentRoot.count + 1)
    }

    private func text(_ key: String) -> String? {
        value(key)?.text.flatMap { $0.isEmpty ? nil : $0 }
    }

    var title: String? { text("title") }
    var description: String? { value("params")?["description"]?.text ?? text("description") }
    var baseURL: String? { text("baseURL") }
    var language: String? { text("languageCode") ?? text("defaultContentLanguage") }
    var timeZoneName: String? { text("timeZone") }
    var timeZone: TimeZone { timeZoneName.flatMap(TimeZone.init(identifier:)) ?? .gmt }
    var author: String? {
        let author = value("params")?["author"] ?? value("author")
        return author?.text ?? author?["name"]?.text ?? author.flatMap { value -> String? in
            if case .list(let names) = value { return names.first?.text }
            return nil
        }
    }

    /// The sections whose pages are posts: `mainSections` (site or `params`), else the usual names.
    var postSections: Set<String> {
        let listed = value("params")?["mainSections"] ?? value("mainSections")
        if case .list(let names)? = listed { return Set(names.compactMap(\.text)) }
        return ["posts", "post", "blog", "articles"]
    }

    /// `[permalinks]` pattern for a section (`posts = "/:year/:month/:slug/"`).
    func permalink(section: String) -> String? {
        let permalinks = value("permalinks")
        return permalinks?[section]?.text ?? permalinks?["page"]?[section]?.text
    }

    /// Hugo lowercases URLs unless `disablePathToLower` is set.
    var lowercasesURLs: Bool { value("disablePathToLower") != .bool(true) }
    /// `uglyURLs`: `/posts/a.html` instead of `/posts/a/`.
    var uglyURLs: Bool { value("uglyURLs") == .bool(true) }
}
