import Foundation
import Testing
@testable import SiteGenCore

/// Old URLs (`aliases`, `redirect_from`, `permalink`) become redirect pages; categories get pages.
@Suite("Redirects and categories")
struct RedirectTests {
    func build(_ extra: [String: String]) throws -> (BuildResult, [String: String]) {
        let site = try TestSite(Fixtures.site(extra))
        defer { site.remove() }
        let result = site.build(BuildOptions(dryRun: true))
        return (result, Dictionary(uniqueKeysWithValues: result.files.map { ($0.outputPath, $0.contents) }))
    }

    @Test func oldURLsGetRedirectPages() throws {
        let (result, files) = try build([
            "content/posts/2024-03-03-moved.md": """
            ---
            title: "옮긴 글 <1>"
            aliases: [/old/moved/, relative-old]
            redirect_from: /2024/03/03/moved.html
            permalink: /posts/moved/
            ---
            [self](/2024/03/03/moved.html)
            """,
            "content/about.md": "---\ntitle: About\npermalink: /about-me.html\n---\n",
        ])
        #expect(result.diagnostics == [])
        let redirect = try #require(files["old/moved/index.html"])
        #expect(redirect == """
        <!doctype html>
        <html lang="ko">
        <head>
        <meta charset="utf-8">
        <title>옮긴 글 &lt;1&gt;</title>
        <link rel="canonical" href="https://example.com/posts/moved/">
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=https://example.com/posts/moved/">
        </head>
        <body>
        <p><a href="/posts/moved/">옮긴 글 &lt;1&gt;</a></p>
        </body>
        </html>

        """)
        #expect(files["posts/relative-old/index.html"] != nil, "a relative alias is read against the page's folder")
        #expect(files["2024/03/03/moved.html"] != nil)
        #expect(files["about-me.html"]?.contains("url=https://example.com/about/") == true)
        #expect(result.site?.redirects.map(\.from) == ["/2024/03/03/moved.html", "/about-me.html", "/old/moved/", "/posts/relative-old/"])
        #expect(files["sitemap.xml"]?.contains("old/moved") == false, "redirects are not pages of the sitemap")
    }

    @Test func aRedirectNeverReplacesAnythingElse() throws {
        let (result, _) = try build([
            "content/posts/x.md": "---\ntitle: X\ndate: 2024-03-03\naliases: [/about/, /posts/first/, /tags/]\n---\n",
            "content/posts/y.md": "---\ntitle: Y\ndate: 2024-03-04\nredirect_from: [/shared/]\n---\n",
            "content/posts/z.md": "---\ntitle: Z\ndate: 2024-03-05\nredirect_from: [/shared/]\n---\n",
        ])
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/x.md:4:11: error: old URL \"/about/\" is also the URL of content/about.md; a redirect there would replace it, so remove one of them",
            "content/posts/x.md:4:20: error: old URL \"/posts/first/\" is also the URL of content/posts/2024-03-01-first.md; a redirect there would replace it, so remove one of them",
            "content/posts/x.md:4:35: error: old URL \"/tags/\" is also a page sitegen generates; a redirect there would replace it, so remove one of them",
            "content/posts/z.md:4:17: error: old URL \"/shared/\" is also an old URL of content/posts/y.md; a redirect there would replace it, so remove one of them",
        ])
    }

    @Test func aRedirectNeverReplacesSeriesArchiveOrCategoryPages() throws {
        let (result, _) = try build([
            "templates/archive.mustache": "{{<layout}}{{$main}}archive{{/main}}{{/layout}}",
            "templates/series.mustache": "{{<layout}}{{$main}}series{{/main}}{{/layout}}",
            "templates/series-list.mustache": "{{<layout}}{{$main}}series list{{/main}}{{/layout}}",
            "content/posts/x.md": "---\ntitle: X\ndate: 2024-03-03\nseries: 입문\ncategories: [java]\naliases: [/archive/, /series/입문/, /categories/java/, /old/x/]\n---\n",
        ])
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/x.md:6:11: error: old URL \"/archive/\" is also a page sitegen generates; a redirect there would replace it, so remove one of them",
            "content/posts/x.md:6:22: error: old URL \"/series/입문/\" is also a page sitegen generates; a redirect there would replace it, so remove one of them",
            "content/posts/x.md:6:35: error: old URL \"/categories/java/\" is also a page sitegen generates; a redirect there would replace it, so remove one of them",
        ])
    }

    @Test func linksToCategorySeriesArchiveAndOldURLsAreChecked() throws {
        let (result, _) = try build([
            "templates/archive.mustache": "{{<layout}}{{$main}}archive{{/main}}{{/layout}}",
            "templates/series.mustache": "{{<layout}}{{$main}}series{{/main}}{{/layout}}",
            "templates/series-list.mustache": "{{<layout}}{{$main}}series list{{/main}}{{/layout}}",
            "content/posts/x.md": """
            ---
            title: X
            date: 2024-03-03
            series: 입문
            categories: [java]
            aliases: [/old/x/]
            ---
            [a](/categories/java/) [b](/categories/) [c](/series/입문/) [d](/archive/) [e](/old/x/) [f](/categories/none/)
            """,
        ])
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/x.md:8:87: error: link target \"/categories/none/\" does not exist in the built site",
        ])
    }

    @Test func badAliasesAndPermalinkPlaceholders() throws {
        let (result, _) = try build([
            "content/posts/x.md": "---\ntitle: X\ndate: 2024-03-03\naliases: [../../etc/passwd, \"ftp://x/y\"]\npermalink: /:year/:title/\n---\n",
        ])
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/x.md:4:11: error: 'aliases' must be a site path like /2024/03/01/a.html or /old/url/, found \"../../etc/passwd\"",
            "content/posts/x.md:4:29: error: 'aliases' must be a site path like /2024/03/01/a.html or /old/url/, found \"ftp://x/y\"",
            "content/posts/x.md:5:12: warning: 'permalink' \"/:year/:title/\" has a placeholder (\":year\") sitegen does not fill in; 'sitegen import jekyll' works old URLs out, or write the old URL itself",
        ])
    }

    @Test func categoriesGetPagesWithTheTagTemplatesUnlessTheThemeHasItsOwn() throws {
        let (result, files) = try build([
            "content/posts/java/c.md": "---\ntitle: C\ndate: 2024-03-03\n---\n",
            "content/posts/d.md": "---\ntitle: D\ndate: 2024-03-04\ncategories: [Java, 회고]\n---\n",
        ])
        #expect(result.diagnostics == [])
        #expect(files["categories/index.html"]?.contains("<a href=\"/categories/java/\">Java</a><a href=\"/categories/%ED%9A%8C%EA%B3%A0/\">회고</a>") == true)
        #expect(files["categories/java/index.html"]?.contains("<h1>Java</h1><a href=\"/posts/d/\">D</a><a href=\"/posts/c/\">C</a>") == true)
        #expect(files["sitemap.xml"]?.contains("https://example.com/categories/java/") == true)
        let (_, themed) = try build([
            "content/posts/d.md": "---\ntitle: D\ndate: 2024-03-04\ncategories: Java\n---\n",
            "templates/category.mustache": "{{<layout}}{{$main}}<h1>{{page.kind}}: {{tag.name}}</h1>{{/main}}{{/layout}}",
        ])
        #expect(themed["categories/java/index.html"]?.contains("<h1>category: Java</h1>") == true)
    }

    /// Foundation's `deletingLastPathComponent` traps on one-character paths on Linux; folders
    /// like `a/` (a page) and `p/` (Hugo's `/p/<slug>/` old URLs) are written all the same.
    @Test func oneLetterFoldersAreWritten() throws {
        let site = try TestSite(Fixtures.site([
            "content/a/b.md": "---\ntitle: B\n---\n",
            "content/posts/x.md": "---\ntitle: X\ndate: 2024-03-03\naliases: [/p/x/, /가/]\n---\n",
        ]))
        defer { site.remove() }
        #expect(site.build().diagnostics == [])
        #expect(site.exists("public/a/b/index.html") && site.exists("public/p/x/index.html") && site.exists("public/가/index.html"))
    }

    @Test func noCategoriesNoCategoryPages() throws {
        let (_, files) = try build([:])
        #expect(files.keys.contains { $0.hasPrefix("categories/") } == false)
    }
}
