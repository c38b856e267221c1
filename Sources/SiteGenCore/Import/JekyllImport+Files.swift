import Foundation

/// The bodies and the copied files of a Jekyll import.
extension JekyllImport {
    /// Liquid (unless `render_with_liquid: false`), then kramdown, then the excerpt separator.
    func convertBody(_ entry: ImportEntry, links: ImportLinks, config: JekyllConfig, log: inout ImportLog) -> String {
        var text = String(entry.matter.body)
        if FrontMatterMapping.first(entry.matter.fields, "render_with_liquid") != .bool(false) {
            var liquid = LiquidConverter(links: links, sourcePath: entry.sourcePath, firstLine: entry.matter.bodyLine)
            liquid.pageTitle = entry.extras.title
            text = liquid.convert(CapturedNotices.convert(text, log: &log), log: &log)
        }
        text = KramdownConverter(sourcePath: entry.sourcePath, firstLine: entry.matter.bodyLine).convert(text, log: &log)
        let subpath = FrontMatterMapping.first(entry.matter.fields, "media_subpath", "img_path")?.text
        text = ChirpyMedia.rewrite(text, subpath: subpath, cdn: config.imageCDN, log: &log)
        text = LinkRepairs.repair(text, sourcePath: entry.sourcePath, firstLine: entry.matter.bodyLine, log: &log)
        text = LinkMapping(links: links, oldURL: entry.oldURL ?? entry.url, sourceFolder: SiteParser.folderURL(of: entry.targetPath)).map(text, log: &log)
        return MarkdownCleanup.removingSeparatorLines(text, separator: config.excerptSeparator, log: &log)
    }

    /// Every file Jekyll would copy as it is (not in a `_` folder, not excluded, without front
    /// matter, not Sass), to the same path under `content/`; the files sitegen writes itself
    /// (`robots.txt`, `sitemap.xml`, `feed.xml`) are left out.
    func copyFiles(config: JekyllConfig, into plan: inout ImportPlan) {
        for path in site.files {
            let top = path.split(separator: "/").first ?? ""
            guard !top.hasPrefix("_"), !config.isExcluded(path) else { continue }
            if site.filesWithFrontMatter.contains(path) || path.hasSuffix(".scss") || path.hasSuffix(".sass") {
                plan.skip("theme files Jekyll renders (front matter, Sass)")
                continue
            }
            if MarkdownCleanup.generatedOutputs.contains(path) {
                plan.skip("files sitegen makes itself (robots.txt, sitemap.xml, feed.xml)")
                continue
            }
            plan.add(.init(path: "content/" + path, content: .copy(from: path)), from: path)
            plan.copies += 1
        }
    }
}

/// Small text work common to both imports.
enum MarkdownCleanup {
    /// Files sitegen writes itself, which an import does not copy.
    static let generatedOutputs: Set<String> = ["robots.txt", "sitemap.xml", "feed.xml", "index.xml", "atom.xml", "404.html", "index.html"]

    /// Lines that are only the excerpt separator (`<!--more-->`, or `excerpt_separator`)
    /// removed: sitegen summarises from the first paragraph or `summary`.
    static func removingSeparatorLines(_ text: String, separator: String?, log: inout ImportLog) -> String {
        let separators = Set(["<!--more-->", "<!-- more -->"] + (separator.map { [$0.trimmingCharacters(in: .whitespaces)] } ?? []))
        guard separators.contains(where: { text.contains($0) }) else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let before = lines.count
        lines.removeAll { separators.contains($0.trimmingCharacters(in: .whitespaces)) }
        log.count("<!--more--> separators removed", before - lines.count)
        return lines.joined(separator: "\n")
    }
}

/// Whether a Markdown text has raw HTML that sitegen's safe mode would leave out.
enum RawHTML {
    /// A `<tag` or `</tag` outside code, roughly: enough to decide whether an imported site
    /// needs `markdown: { unsafe: true }` to look as it did.
    static func appears(in text: Substring) -> Bool {
        var fence: CodeFence?
        for line in text.split(separator: "\n") {
            let line = String(line)
            if let open = fence { if open.isClosed(by: line) { fence = nil }; continue }
            if let open = CodeFence(opening: line) { fence = open; continue }
            if hasTag(line) { return true }
        }
        return false
    }

    /// `<name` or `</name` followed by a space, `>` or `/`, outside code spans (so autolinks
    /// like `<https://…>` do not count).
    private static func hasTag(_ line: String) -> Bool {
        var inCode = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            index = line.index(after: index)
            if character == "`" { inCode.toggle() }
            guard !inCode, character == "<" else { continue }
            let rest = line[index...].drop { $0 == "/" }
            let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            guard let next = rest.dropFirst(name.count).first, !name.isEmpty, name.first?.isLetter == true else { continue }
            if next == " " || next == ">" || next == "/" || next == "\t" { return true }
        }
        return false
    }
}
