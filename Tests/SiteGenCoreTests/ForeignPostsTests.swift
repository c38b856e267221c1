import Foundation
import Testing
@testable import SiteGenCore

/// Posts as Jekyll and Hugo write them build without an import: their dates, folders,
/// fields, categories and old URLs.
@Suite("Jekyll and Hugo posts as they are")
struct ForeignPostsTests {
    let seoul = TimeZone(identifier: "Asia/Seoul")!

    func parse(_ files: [String: String]) -> (Site, [String]) {
        var source = SiteSource(root: URL(fileURLWithPath: "/site"))
        source.add(SourceFile(sourcePath: "site.yaml", text: "title: T\nbaseURL: https://example.com/\n"))
        for (path, text) in files.sorted(by: { $0.key < $1.key }) { source.add(SourceFile(sourcePath: path, text: text)) }
        let (site, problems) = SiteParser(now: Fixtures.now).parse(source)
        return (site, problems.map(\.description))
    }

    /// The rendered files of a dry run, by output path.
    func build(_ extra: [String: String]) throws -> (BuildResult, [String: String]) {
        let site = try TestSite(Fixtures.site(extra))
        defer { site.remove() }
        let result = site.build(BuildOptions(dryRun: true))
        return (result, Dictionary(uniqueKeysWithValues: result.files.map { ($0.outputPath, $0.contents) }))
    }

    @Test func jekyllAndHugoDates() {
        let nine = Date(timeIntervalSince1970: 1_709_596_800)  // 2024-03-05T09:00:00+09:00
        for text in ["2024-03-05 09:00:00 +0900", "2024-03-05 09:00:00 +09:00", "2024-03-05T09:00:00+0900", "2024-03-05 00:00:00 Z",
                     "2024-03-05 09:00:00.000 +0900 KST", "2024-03-05T00:00:00Z", "2024-03-04 17:00:00 -0700 MST"] {
            #expect(ISODate.parse(text, timeZone: .gmt) == nine, "\(text)")
        }
        for bad in ["2024-03-05 09:00:00 +/-0900", "2024-03-05 09:00:00 + 0900", "2024-03-05 09:00 +09:00 KST x", "2024-03-05 KST"] {
            #expect(ISODate.parse(bad, timeZone: .gmt) == nil, "\(bad)")
        }
    }

    @Test func dateFromFileNameFoldersBundlesAndCategories() throws {
        let (site, problems) = parse([
            "content/posts/2024-03-01-no-date.md": "---\ntitle: A\n---\n",
            "content/posts/java/spring/b.md": "---\ntitle: B\ndate: 2024-03-02\n---\n",
            "content/posts/java/c.md": "---\ntitle: C\ndate: 2024-03-03\ncategories: Backend\n---\n",
            "content/posts/2024-03-04-bundle/index.md": "---\ntitle: D\n---\n![사진](photo.png)\n",
            "content/posts/_index.md": "---\ntitle: Posts\n---\n",
        ])
        #expect(problems == ["content/posts/_index.md: warning: skipped: '_index.md' is Hugo's section page; sitegen makes the lists itself (put an intro in content/index.md)"])
        let posts = Dictionary(uniqueKeysWithValues: site.posts.map { ($0.title, $0) })
        #expect(posts["A"]?.date == ISODate.parse("2024-03-01", timeZone: seoul))
        #expect(posts["A"]?.url == "/posts/no-date/")
        #expect(posts["B"]?.url == "/posts/b/")
        #expect(posts["B"]?.categories == ["java", "spring"])
        #expect(posts["C"]?.categories == ["Backend"], "front matter categories replace the folder's")
        #expect(posts["D"]?.url == "/posts/bundle/")
        #expect(posts["D"]?.date == ISODate.parse("2024-03-04", timeZone: seoul))
        #expect(posts["D"]?.content.html.contains("src=\"/posts/2024-03-04-bundle/photo.png\"") == true, "relative to the bundle's folder")
        #expect(site.categories.map(\.url) == ["/categories/backend/", "/categories/java/", "/categories/spring/"])
    }

    @Test func jekyllAndHugoFields() throws {
        let (site, problems) = parse([
            "content/posts/a.md": """
            ---
            title: A
            date: 2024-03-01 10:00:00 +0900
            last_modified_at: 2024-04-01
            excerpt: 요약
            tags: [[java, spring], kotlin]
            category: [Backend]
            ---
            """,
            "content/posts/b.md": "---\ntitle: B\ndate: 2024-03-02\nlastmod: 2024-05-01\npublished: false\n---\n",
        ])
        #expect(problems == ["content/posts/a.md:6:8: warning: a list inside 'tags' was flattened into it; write one list"])
        let post = try #require(site.posts.first)
        #expect(post.updated == ISODate.parse("2024-04-01", timeZone: seoul))
        #expect(post.summary == "요약")
        #expect(post.tags == ["java", "spring", "kotlin"])
        #expect(post.categories == ["Backend"])
        #expect(site.posts.count == 1, "published: false is a draft")
    }

    @Test func unknownFieldsAndSpacedTermsAreOneWarningEach() {
        let (_, problems) = parse([
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-03-01\nlayout: post\ntags: blog tech\n---\n",
            "content/posts/b.md": "---\ntitle: B\ndate: 2024-03-02\nlayout: post\ncomments: true\n---\n",
            "content/posts/c.md": "---\ntitle: C\ndate: 2024-03-03\nlayout: post\ntags: one two\n---\n",
        ])
        #expect(problems.sorted() == [
            "content/posts/a.md:4:1: warning: unknown front matter field 'layout' is ignored; check its spelling or remove it (in 3 files; first here)",
            "content/posts/a.md:5:7: warning: 'tags' written as one text with spaces is one tag (Jekyll splits it at the spaces); write a list like [a, b] for several (in 2 files; first here)",
            "content/posts/b.md:5:1: warning: unknown front matter field 'comments' is ignored; check its spelling or remove it",
        ])
    }

    @Test func termsThatWouldShareAURLAreErrorsNamingBothFiles() {
        let (site, problems) = parse([
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-03-01\ntags: [C, Node.js, Spring Batch]\n---\n",
            "content/posts/b.md": "---\ntitle: B\ndate: 2024-03-02\ntags: [C++, c#, nodejs, spring-batch]\n---\n",
        ])
        #expect(site.tags.map(\.slug) == ["c", "c-plus-plus", "c-sharp", "nodejs", "spring-batch"])
        #expect(problems == [
            "content/posts/a.md: error: tag \"Node.js\" and \"nodejs\" (content/posts/b.md) would share /tags/nodejs/; write them the same way, or make them differ in letters or digits",
        ])
    }

    @Test func hugoSeriesListsAndScheduledFileNameDates() {
        let (site, problems) = parse([
            "content/posts/2024-03-01-a.md": "---\ntitle: A\nseries: [\"Go 입문\"]\n---\n",
            "content/posts/2024-03-02-b.md": "---\ntitle: B\nseries:\n  - Go 입문\n  - Rust\n---\n",
            "content/posts/2099-01-01-later.md": "---\ntitle: Later\n---\n",
        ])
        #expect(site.series.map(\.name) == ["Go 입문"])
        #expect(site.series.first?.postIndices.count == 2)
        #expect(problems == [
            "content/posts/2024-03-02-b.md:4:3: warning: a post is in one series; it is in \"Go 입문\", not in \"Rust\"",
            "content/posts/2099-01-01-later.md:1:1: warning: post is dated 2099-01-01, after the build's clock (2025-01-01), so it is scheduled and left out until then (--drafts includes it)",
        ])
    }

    @Test func chirpyMediaSubpathIsTheFolderOfRelativeImages() {
        let (site, problems) = parse([
            "content/posts/2024-03-01-a.md": "---\ntitle: A\nmedia_subpath: /assets/img/a\n---\n![그림](flow.png) [링크](b.md) ![절대](/x.png)\n",
            "content/posts/2024-03-02-b.md": "---\ntitle: B\nimg_path: img/b\n---\n![그림](flow.png)\n",
        ])
        let a = site.posts.first { $0.title == "A" }
        #expect(a?.imageFolder == "/assets/img/a/")
        #expect(a?.content.html.contains("src=\"/assets/img/a/flow.png\"") == true)
        #expect(a?.content.html.contains("href=\"/posts/b.md\"") == true, "links stay relative to the post's folder")
        #expect(a?.content.html.contains("src=\"/x.png\"") == true)
        #expect(problems == ["content/posts/2024-03-02-b.md:3:11: warning: 'img_path' must be a folder of the site starting with '/' (like /assets/img/posts/), found \"img/b\"; images are looked for next to the post"])
    }

    @Test func imageIsThePictureOfLinkPreviews() throws {
        let (result, pages) = try build([
            "templates/layout.mustache": "<html>{{#page.image}}<meta property=\"og:image\" content=\"{{page.image}}\">{{/page.image}}{{$main}}{{/main}}</html>\n",
            "content/posts/2024-03-05-bundle/index.md": "---\ntitle: Bundle\nimage: cover.png\n---\n",
            "content/posts/2024-03-05-bundle/cover.png": "PNG",
            "content/posts/2024-03-06-c.md": "---\ntitle: C\nimage:\n  path: /missing.png\n  alt: 그림\n---\n",
            "content/posts/2024-03-07-d.md": "---\ntitle: D\nimage: { alt: 경로 없음 }\n---\n",
            "content/about.md": "---\ntitle: About\nimage: https://cdn.example.com/me.png\n---\n",
        ])
        #expect(pages["posts/bundle/index.html"]?.contains("<meta property=\"og:image\" content=\"https://example.com/posts/2024-03-05-bundle/cover.png\">") == true)
        #expect(pages["about/index.html"]?.contains("content=\"https://cdn.example.com/me.png\"") == true)
        #expect(pages["posts/d/index.html"]?.contains("og:image") == false)
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/2024-03-06-c.md:4:3: warning: 'image' \"/missing.png\" does not exist in the built site, so link previews show no picture; check the path",
        ])
    }

    @Test func liquidAndShortcodesCopiedInAreOneHint() {
        let hint = ForeignSyntaxHint.message
        #expect(ForeignSyntaxHint.find(in: "a\n`{{ code }}` and\n```\n{% raw %}\n```\n    {{ indented }}\nb {{< figure >}}", bodyLine: 5)
            == SiteWideWarning(message: hint, line: 11, column: 3))
        #expect(ForeignSyntaxHint.find(in: "> tip\n{: .prompt-tip}", bodyLine: 1) == SiteWideWarning(message: hint, line: 2, column: 1))
        #expect(ForeignSyntaxHint.find(in: "`{% x %}` { a } {b}\n~~~\n{{ y }}\n~~~", bodyLine: 1) == nil)
        let (_, problems) = parse([
            "content/posts/2024-03-01-a.md": "---\ntitle: A\n---\n[b]({% post_url 2024-03-02-b %})\n",
            "content/posts/2024-03-02-b.md": "---\ntitle: B\n---\n{{< youtube x >}}\n",
        ])
        #expect(problems == ["content/posts/2024-03-01-a.md:4:5: warning: \(hint) (in 2 files; first here)"])
    }

    @Test func hugoTOMLFrontMatterIsRead() {
        let (site, problems) = parse([
            "content/posts/a.md": "+++\ntitle = \"파드\"\ndate = 2024-03-15T21:00:00+09:00\ntags = [\"k8s\", \"C++\"]\ndraft = false\n\n[cover]\nimage = \"c.png\"\n+++\n본문 ![그림](x.png)\n",
            "content/posts/b.md": "+++\ntitle = \"B\"\ndate = 2024-03-16\ntilte = \"typo\"\n+++\n![](/y.png)\n",
            "content/posts/c.md": "+++\ntitle = \n+++\n",
        ])
        let a = site.posts.first { $0.slug == "a" }
        #expect(a?.title == "파드")
        #expect(a?.date == ISODate.parse("2024-03-15T21:00:00+09:00", timeZone: .gmt))
        #expect(a?.tags == ["k8s", "C++"])
        #expect(a?.bodyLine == 10)
        #expect(problems.count == 3)
        #expect(a?.image == "/posts/c.png", "PaperMod's cover.image is the link-preview picture")
        #expect(problems.contains("content/posts/b.md:4:1: warning: unknown front matter field 'tilte' is ignored; check its spelling or remove it"))
        #expect(problems.contains("content/posts/b.md:6:1: warning: image \"/y.png\" has no alt text; describe it between the brackets: ![what it shows](/y.png)"))
        #expect(problems.contains { $0.hasPrefix("content/posts/c.md:2:1: error: front matter in TOML ('+++') cannot be read: invalid TOML") }, "\(problems)")
    }
}
