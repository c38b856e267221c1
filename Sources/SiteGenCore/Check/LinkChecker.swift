/// The check stage: every site-internal link and image in Markdown must point to a
/// file the build writes, and every `#fragment` to a heading id on its target page.
public struct LinkChecker: Sendable {
    let site: Site
    let outputs: Set<String>
    /// Markdown pages and, by output path, which of them writes it (for `#fragment` checks).
    let pages: [Page]
    let pageByOutput: [String: Int]

    /// `outputPaths`: every file the build writes besides the static files.
    public init(site: Site, outputPaths: [String]) {
        self.site = site
        self.outputs = Set(outputPaths + site.staticFiles.map(\.outputPath))
        let pages = Self.pages(of: site)
        self.pages = pages
        self.pageByOutput = Dictionary(pages.indices.map { (Renderer.outputPath(for: pages[$0].url), $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func check() -> [Diagnostic] {
        pages.parallelMap { page -> [Diagnostic] in
            var problems = missingImage(of: page).map { [$0] } ?? []
            guard !page.content.links.isEmpty else { return problems }
            let folder = SiteParser.folderURL(of: page.sourcePath)
            let ownPage = Renderer.outputPath(for: page.url)
            problems += page.content.links.compactMap { problem(with: $0, on: page, folder: folder, ownPage: ownPage) }
            return problems
        }.flatMap { $0 }
    }

    /// `image:` naming a site path the build does not write: a warning (only link previews miss it).
    private func missingImage(of page: Page) -> Diagnostic? {
        guard let image = page.image, image.hasPrefix("/"), resolve(image) == nil else { return nil }
        let spot = page.imageSpot
        return .warning(page.sourcePath, line: spot.line, column: spot.column,
                        "'image' \"\(image)\" does not exist in the built site, so link previews show no picture; check the path")
    }

    private static func pages(of site: Site) -> [Page] {
        [site.home].compactMap { $0 } + site.pages + site.posts
    }

    private func problem(with link: SourceLink, on page: Page, folder: String, ownPage: String) -> Diagnostic? {
        let destination = link.destination
        let target: String
        if destination.hasPrefix("#") {
            target = ownPage
        } else if let sitePath = LinkRewriter.sitePath(of: destination, relativeTo: link.isImage ? page.imageFolder ?? folder : folder) {
            guard let resolved = resolve(sitePath) else {
                return diagnostic(link, on: page, "\(link.isImage ? "image" : "link") target \"\(destination)\" does not exist in the built site")
            }
            target = resolved
        } else {
            return nil
        }
        guard let hash = destination.utf8.firstIndex(of: UInt8(ascii: "#")) else { return nil }
        let fragment = URLEncoding.decode(String(destination[destination.index(after: hash)...]))
        guard !fragment.isEmpty, let index = pageByOutput[target],
              !pages[index].content.ids.contains(fragment), !MarkdownRenderer.reservedIDs.contains(fragment) else { return nil }
        return diagnostic(link, on: page, "anchor \"#\(fragment)\" does not exist on \(target == ownPage ? "this page" : "the target page")")
    }

    /// The output file a site path names, if the build writes it. (Scans UTF-8, not
    /// characters: every link of every page is resolved on every build.)
    private func resolve(_ sitePath: String) -> String? {
        let utf8 = sitePath.utf8
        let end = utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) ?? utf8.endIndex
        var start = utf8.startIndex
        while start < end, utf8[start] == UInt8(ascii: "/") { start = utf8.index(after: start) }
        let path = URLEncoding.decode(String(sitePath[start..<end]))
        if path.isEmpty || path.utf8.last == UInt8(ascii: "/") {
            let index = path + "index.html"
            return outputs.contains(index) ? index : nil
        }
        if outputs.contains(path) { return path }
        let index = path + "/index.html"
        return outputs.contains(index) ? index : nil
    }

    /// cmark counts columns in bytes; diagnostics count characters (Unicode scalars), as YAML's do.
    private func diagnostic(_ link: SourceLink, on page: Page, _ message: String) -> Diagnostic {
        let line = page.body.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(link.line - 1).first ?? ""
        let prefix = line.utf8.prefix(max(0, link.column - 1))
        let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
        return .error(page.sourcePath, line: link.line + page.bodyLine - 1, column: column, message)
    }
}
