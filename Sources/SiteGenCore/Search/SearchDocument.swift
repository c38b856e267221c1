import Foundation

/// A page as the search index sees it: what a result shows (title, link, date, tags, summary,
/// the text for snippets and where its headings start). Its terms are counted separately
/// (`tokenize`), so a document made again only for its file is not tokenized again.
struct SearchDocument: Sendable {
    /// Position in the index: posts oldest first, then standalone pages.
    var id: Int
    var title: String
    /// href of the page (base path included).
    var url: String
    /// Publication day, or empty for pages.
    var date: String
    var tags: [String]
    var summary: String
    var body: SearchText
    /// Heading text by id, for the "title › heading" line of a result.
    var headings: [String: String]

    /// Extracts what a result of `page` shows.
    init(id: Int, page: Page, config: SiteConfig) {
        self.id = id
        title = page.title
        url = config.baseURL.href(page.url)
        date = page.date.map { ISODate.day($0, timeZone: config.timeZone) } ?? ""
        tags = page.tags
        summary = page.summary
        body = SearchText(html: page.content.html)
        headings = Dictionary(page.content.headings.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// Counts the terms of this document (made from `page`) in `table` (a worker's own); the
    /// caller takes them with `table.takeTerms()`.
    func tokenize(_ page: Page, into table: inout SearchTermTable) {
        var tokenizer = SearchTokenizer()
        table.field = .title
        tokenizer.scan(SearchTokenizer.normalized(title), into: &table)
        table.field = .tag
        for tag in tags { tokenizer.scan(SearchTokenizer.normalized(tag), into: &table) }
        table.field = .heading
        for heading in page.content.headings { tokenizer.scan(SearchTokenizer.normalized(heading.text), into: &table) }
        table.field = .body
        tokenizer.scan(SearchTokenizer.normalized(body.text), into: &table)
        if Self.isWritten(summary: summary, of: page) { tokenizer.scan(SearchTokenizer.normalized(summary), into: &table) }
    }

    /// A digest of everything the document and its terms are made from: the page's title, URL
    /// (with the base URL), date (in the site's time zone), tags, summary, headings and HTML
    /// (by `contentKey` and the images' digest when parse set one: digesting every page's HTML
    /// was most of the index's time in an edit).
    /// Equal digests give equal terms and an equal document file (`SearchIndex` reuses both).
    static func inputDigest(of page: Page, config: SiteConfig) -> String {
        var digest = Digest()
        digest.add("search-document \(SearchIndex.version)")
        digest.add(page.title)
        digest.add(config.baseURL.href(page.url))
        digest.add(page.date.map { ISODate.day($0, timeZone: config.timeZone) } ?? "")
        digest.add(String(page.tags.count))
        for tag in page.tags { digest.add(tag) }
        digest.add(page.summary)
        digest.add(page.content.firstParagraph)  // whether the summary is written (`isWritten`)
        for heading in page.content.headings {
            digest.add(heading.id)
            digest.add(heading.text)
        }
        if page.contentKey.isEmpty {
            digest.add(page.content.html)
        } else {
            digest.add(page.contentKey)
            digest.add(page.content.imageDigest)
        }
        return digest.hex
    }

    /// A summary from front matter is searched too; one made from the first paragraph is
    /// already in the body.
    static func isWritten(summary: String, of page: Page) -> Bool {
        !summary.isEmpty && summary != Summary.make(from: page.content.firstParagraph)
    }

    /// The page's entry as the search script loads it for a result (`search/d/<id>.json`):
    /// `t` title, `u` href, `d` day, `g` tags, `s` summary, `h` headings as
    /// `[offset, id, text]`, `x` the text.
    func fragmentJSON() -> String {
        var json = JSONText()
        json.raw("{\"t\":")
        json.string(title)
        json.raw(",\"u\":")
        json.string(url)
        json.raw(",\"d\":")
        json.string(date)
        json.raw(",\"g\":[")
        for (index, tag) in tags.enumerated() {
            if index > 0 { json.raw(",") }
            json.string(tag)
        }
        json.raw("],\"s\":")
        json.string(summary)
        json.raw(",\"h\":[")
        for (index, section) in body.sections.enumerated() {
            json.raw(index > 0 ? ",[" : "[")
            json.raw(String(section.offset))
            json.raw(",")
            json.string(section.id)
            json.raw(",")
            json.string(headings[section.id] ?? "")
            json.raw("]")
        }
        json.raw("],\"x\":")
        json.string(body.text)
        json.raw("}\n")
        return json.text
    }
}
