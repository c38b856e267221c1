/// Redirect pages at a page's old URLs (`aliases`, `redirect_from`, a `permalink` that differs
/// from the sitegen URL), like Hugo's alias pages: a meta refresh to the page, its canonical
/// link, and `noindex`. Never written over anything else the build writes.
extension Renderer {
    /// A redirect page for every alias of every published page, and an error for each alias
    /// whose output path `planned` files, static files or an earlier alias already have.
    func planRedirects(after planned: [PlannedFile]) -> ([PlannedFile], [Diagnostic]) {
        // Only pages with aliases are copied (a page is dozens of references).
        let pages = [site.home].compactMap { $0 }.filter { !$0.aliases.isEmpty } + site.pages.filter { !$0.aliases.isEmpty } + site.posts.filter { !$0.aliases.isEmpty }
        guard !pages.isEmpty else { return ([], []) }
        var owners: [String: Owner] = [:]
        for file in planned { owners[file.outputPath] = file.sourcePath.map(Owner.page) ?? .generated }
        for file in site.staticFiles { owners[file.outputPath] = .staticFile(file.sourcePath) }
        var files: [PlannedFile] = [], problems: [Diagnostic] = []
        for page in pages.sorted(by: { $0.sourcePath < $1.sourcePath }) {
            for alias in page.aliases {
                let outputPath = PageAliases.outputPath(for: alias.path)
                if let owner = owners[outputPath] {
                    guard owner != .alias(page.sourcePath) else { continue }
                    problems.append(.error(alias.spot.sourcePath, line: alias.spot.line, column: alias.spot.column,
                                           "old URL \"\(alias.path)\" is also \(owner.description); a redirect there would replace it, so remove one of them"))
                    continue
                }
                owners[outputPath] = .alias(page.sourcePath)
                let html = RedirectPage(site: site.config, page: page).html
                files.append(PlannedFile(outputPath: outputPath, sourcePath: page.sourcePath) { _ in html })
            }
        }
        return (files, problems)
    }

    /// What already writes an output path (named in a message only when an alias collides).
    private enum Owner: Equatable {
        case page(String), generated, staticFile(String), alias(String)

        var description: String {
            switch self {
            case .page(let sourcePath): "the URL of \(sourcePath)"
            case .generated: "a page sitegen generates"
            case .staticFile(let sourcePath): "the file \(sourcePath)"
            case .alias(let sourcePath): "an old URL of \(sourcePath)"
            }
        }
    }
}

/// The HTML of one redirect page: valid HTML5, `noindex`, a canonical link and a meta refresh
/// to the page, and a plain link for browsers that do not follow it.
struct RedirectPage {
    let site: SiteConfig
    let page: Page

    var html: String {
        let target = HTML.escape(site.baseURL.absoluteURL(page.url))
        let title = HTML.escape(page.title)
        return """
        <!doctype html>
        <html lang="\(HTML.escape(site.language))">
        <head>
        <meta charset="utf-8">
        <title>\(title)</title>
        <link rel="canonical" href="\(target)">
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(target)">
        </head>
        <body>
        <p><a href="\(HTML.escape(site.baseURL.href(page.url)))">\(title)</a></p>
        </body>
        </html>

        """
    }
}

extension Site {
    /// Every redirect the build writes: an old URL and the page URL it leads to, by old URL.
    public var redirects: [(from: String, to: String)] {
        ([home].compactMap { $0 } + pages + posts).flatMap { page in page.aliases.map { ($0.path, page.url) } }.sorted { $0.from < $1.from }
    }
}
