import Foundation

/// `/sitemap.xml` (sitemaps.org 0.9): every page sitegen writes, in a stable order.
struct SitemapWriter {
    let site: Site
    /// Whether the build writes `/resume/`.
    var includesResume = false
    /// More pages (site path, last change), listed last: `/archive/`, `/series/…`.
    var extra: [(String, Date?)] = []

    func render(pageCount: Int) -> String {
        let config = site.config
        let newest = site.posts.compactMap { $0.updated ?? $0.date }.max()
        var entries: [(String, Date?)] = [("/", newest)]
        entries += site.pages.map { ($0.url, $0.updated ?? $0.date) }
        entries += (1...pageCount).map { (ContextBuilder.postListURL(page: $0), $0 == 1 ? newest : nil) }
        entries += site.posts.map { ($0.url, $0.updated ?? $0.date) }
        entries.append(("/tags/", newest))
        entries += site.tags.map { tag in (tag.url, tag.postIndices.first.flatMap { site.posts[$0].date }) }
        if !site.categories.isEmpty { entries.append(("/categories/", newest)) }
        entries += site.categories.map { category in (category.url, category.postIndices.first.flatMap { site.posts[$0].date }) }
        if let career = site.career {
            entries.append((CareerContextBuilder.dashboardURL, newest))
            entries += career.competencies.map { (CareerContextBuilder.skillURL($0.id), nil) }
            if includesResume { entries.append((CareerContextBuilder.resumeURL, nil)) }
        }
        entries += extra
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (path, lastmod) in entries {
            xml += "  <url><loc>\(HTML.escape(config.baseURL.absoluteURL(path)))</loc>"
            if let lastmod { xml += "<lastmod>\(ISODate.rfc3339(lastmod, timeZone: config.timeZone))</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
