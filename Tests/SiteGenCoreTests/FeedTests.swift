import Foundation
import Testing
@testable import SiteGenCore

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Feed and sitemap")
struct FeedTests {
    func build(_ extra: [String: String] = [:]) throws -> [String: String] {
        let site = try TestSite(Fixtures.site(extra))
        defer { site.remove() }
        let result = site.build(BuildOptions(baseURL: SiteURL(parsing: "https://user.github.io/blog/"), dryRun: true))
        #expect(result.diagnostics == [])
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.outputPath, $0.contents) })
    }

    @Test func feedIsWellFormedAtomWithAbsoluteLinks() throws {
        let feed = try #require(try build()["feed.xml"])
        #expect(XMLParser(data: Data(feed.utf8)).parse())
        #expect(feed.contains("<link href=\"https://user.github.io/blog/feed.xml\" rel=\"self\" type=\"application/atom+xml\"/>"))
        #expect(feed.contains("<id>https://user.github.io/blog/posts/second/</id>"))
        #expect(feed.contains("&lt;a href=&quot;https://user.github.io/blog/posts/first/&quot;&gt;first&lt;/a&gt;"))
        #expect(feed.contains("<published>2024-03-02T00:00:00+09:00</published>"))
    }

    @Test func feedKeepsTheNewestPostsOnly() throws {
        var posts: [String: String] = ["site.yaml": "title: T\nbaseURL: https://example.com/\nfeedLimit: 2\n"]
        for day in 10...14 { posts["content/posts/p\(day).md"] = "---\ntitle: P\(day)\ndate: 2024-06-\(day)\n---\nx\n" }
        let feed = try #require(try build(posts)["feed.xml"])
        #expect(feed.components(separatedBy: "<entry>").count == 3)
        #expect(feed.contains("/posts/p14/") && feed.contains("/posts/p13/") && !feed.contains("/posts/p12/"))
    }

    @Test func sitemapListsEveryPageWithEncodedURLs() throws {
        let sitemap = try #require(try build(["content/posts/k.md": "---\ntitle: K\ndate: 2024-01-01\ntags: [스프링]\n---\nx\n"])["sitemap.xml"])
        #expect(XMLParser(data: Data(sitemap.utf8)).parse())
        #expect(sitemap.contains("<loc>https://user.github.io/blog/tags/%EC%8A%A4%ED%94%84%EB%A7%81/</loc>"))
        #expect(sitemap.contains("<loc>https://user.github.io/blog/about/</loc>"))
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == 9)
    }
}
