import Foundation

/// `/feed.xml`: Atom 1.0 (RFC 4287) with the newest posts, full content, absolute URLs.
/// When the theme ships `assets/feed.xsl`, the feed names it as its stylesheet, so a browser
/// shows the feed as a page (feed readers ignore it).
struct AtomFeed {
    let site: Site
    let now: Date

    /// The theme's XSLT stylesheet for the feed, when it has one.
    static let stylesheetPath = "assets/feed.xsl"

    func render() -> String {
        let config = site.config
        let url = config.baseURL
        let posts = site.posts.prefix(config.feedLimit)
        // Without posts, the start of the build's month: a date that only moves when the month does.
        let updated = posts.map { $0.updated ?? $0.date ?? now }.max() ?? ClockWindow.monthStart(of: now, in: config.timeZone)
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        if site.staticFiles.contains(where: { $0.outputPath == Self.stylesheetPath }) {
            xml += "<?xml-stylesheet type=\"text/xsl\" href=\"\(escape(url.href("/" + Self.stylesheetPath)))\"?>\n"
        }
        xml += """
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escape(config.language))">
          <title>\(escape(config.title))</title>

        """
        if !config.description.isEmpty { xml += "  <subtitle>\(escape(config.description))</subtitle>\n" }
        xml += """
          <link href="\(escape(url.absoluteURL("/feed.xml")))" rel="self" type="application/atom+xml"/>
          <link href="\(escape(url.absolute))" rel="alternate" type="text/html"/>
          <id>\(escape(url.absolute))</id>
          <updated>\(stamp(updated))</updated>
          <author><name>\(escape(config.author.isEmpty ? config.title : config.author))</name>\(config.email.map { "<email>\(escape($0))</email>" } ?? "")</author>
          <generator>sitegen</generator>

        """
        for post in posts { xml += entry(post) }
        xml += "</feed>\n"
        return xml
    }

    private func entry(_ post: Page) -> String {
        let config = site.config
        let link = config.baseURL.absoluteURL(post.url)
        let published = post.date ?? now
        var options = MarkdownOptions(unsafeHTML: config.unsafeHTML, rootPrefix: config.baseURL.absolute,
                                      sourceFolder: SiteParser.folderURL(of: post.sourcePath), forFeed: true, labels: config.markdownLabels)
        options.imageFolder = post.imageFolder
        let html = MarkdownRenderer.render(post.body, options: options).html
        var xml = """
          <entry>
            <title>\(escape(post.title))</title>
            <link href="\(escape(link))" rel="alternate" type="text/html"/>
            <id>\(escape(link))</id>
            <published>\(stamp(published))</published>
            <updated>\(stamp(post.updated ?? published))</updated>

        """
        for tag in post.tags { xml += "    <category term=\"\(escape(tag))\"/>\n" }
        if !post.summary.isEmpty { xml += "    <summary>\(escape(post.summary))</summary>\n" }
        xml += "    <content type=\"html\">\(escape(html))</content>\n  </entry>\n"
        return xml
    }

    private func stamp(_ date: Date) -> String { ISODate.rfc3339(date, timeZone: site.config.timeZone) }

    private func escape(_ text: String) -> String { HTML.escape(HTML.xmlSafe(text)) }
}
