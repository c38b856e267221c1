import Foundation
import Yams

/// Reads `site.yaml` into a `SiteConfig`; every field is optional and checked.
enum ConfigParser {
    static let sourcePath = "site.yaml"

    static func parse(_ file: SourceFile?) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        guard let file else {
            return (config, [.error(sourcePath, "missing site.yaml; create one with at least 'title:' and 'baseURL:'")])
        }
        var reader = YAMLReader(sourcePath: file.sourcePath)
        guard let root = reader.compose(file.text) else { return (config, reader.diagnostics) }
        guard let fields = reader.mapping(root, what: "site.yaml") else { return (config, reader.diagnostics) }
        for (keyNode, value) in fields {
            read(keyNode.string ?? "", value, keyNode: keyNode, into: &config, reader: &reader)
        }
        return (config, reader.diagnostics)
    }

    private static func read(_ key: String, _ value: Node, keyNode: Node, into config: inout SiteConfig, reader: inout YAMLReader) {
        switch key {
        case "title": config.title = reader.text(value, key: key) ?? config.title
        case "description": config.description = reader.text(value, key: key) ?? ""
        case "author": config.author = reader.text(value, key: key) ?? ""
        case "email": config.email = reader.text(value, key: key)
        case "language": config.language = reader.text(value, key: key) ?? config.language
        case "baseURL":
            guard let text = reader.text(value, key: key) else { return }
            if let url = SiteURL(parsing: text) { config.baseURL = url } else {
                reader.error(at: value, "'baseURL' must be an absolute http(s) URL like https://user.github.io/blog/, found \"\(text)\"")
            }
        case "timezone":
            guard let text = reader.text(value, key: key) else { return }
            if let zone = TimeZone(identifier: text) { config.timeZone = zone } else {
                reader.error(at: value, "unknown 'timezone' \"\(text)\"; use an IANA name like Asia/Seoul")
            }
        case "postsPerPage": config.postsPerPage = reader.int(value, key: key, in: 1...1000) ?? config.postsPerPage
        case "homePosts": config.homePosts = reader.int(value, key: key, in: 0...1000) ?? config.homePosts
        case "feedLimit": config.feedLimit = reader.int(value, key: key, in: 1...1000) ?? config.feedLimit
        case "markdown": readMarkdown(value, into: &config, reader: &reader)
        case "images": readImages(value, into: &config.images, reader: &reader)
        case "menu": config.menu = links(value, key: key, reader: &reader) ?? config.menu
        case "links": config.links = links(value, key: key, reader: &reader) ?? []
        default:
            reader.warning(at: keyNode, "unknown site.yaml field '\(key)'")
        }
    }

    private static func readMarkdown(_ value: Node, into config: inout SiteConfig, reader: inout YAMLReader) {
        guard let fields = reader.mapping(value, what: "'markdown'") else { return }
        for (keyNode, option) in fields {
            switch keyNode.string ?? "" {
            case "unsafe": config.unsafeHTML = reader.bool(option, key: "markdown.unsafe") ?? false
            case "math": config.math = reader.bool(option, key: "markdown.math") ?? false
            case "toc": config.toc = MarkdownSettings.tocLevels(option, key: "markdown.toc", reader: &reader) ?? config.toc
            case "callouts": MarkdownSettings.readCalloutTitles(option, into: &config.markdownLabels, reader: &reader)
            default:
                reader.warning(at: keyNode, "unknown markdown option '\(keyNode.string ?? "")' (known: callouts, math, toc, unsafe)")
            }
        }
    }

    /// A list of `{ name, url }` mappings.
    private static func links(_ value: Node, key: String, reader: inout YAMLReader) -> [MenuItem]? {
        guard let sequence = value.sequence else {
            reader.error(at: value, "'\(key)' must be a list of entries with 'name' and 'url'")
            return nil
        }
        return sequence.compactMap { item in
            guard let name = item["name"]?.string, let url = item["url"]?.string, !name.isEmpty, !url.isEmpty else {
                reader.error(at: item, "each '\(key)' entry needs 'name' and 'url'")
                return nil
            }
            return MenuItem(name: name, url: url)
        }
    }
}
