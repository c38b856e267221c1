import Foundation
import Testing
@testable import SiteGenCore

@Suite("Front matter and pages")
struct ParseTests {
    let parser = PageParser(config: SiteConfig())

    func parse(_ text: String, path: String = "content/posts/2024-03-01-a.md") -> (Page?, [String]) {
        let (page, diagnostics) = parser.parse(SourceFile(sourcePath: path, text: text))
        return (page, diagnostics.map(\.description))
    }

    @Test func splitsFrontMatterAndCountsBodyLines() throws {
        let split = try FrontMatter.split("---\ntitle: A\n---\nbody\n").get()
        #expect(split == FrontMatter(yaml: "title: A\n", body: "body\n", bodyLine: 4))
        #expect(try FrontMatter.split("no front matter").get().yaml == nil)
        #expect(try FrontMatter.split("\u{FEFF}---\r\ntitle: A\r\n...\r\nx").get().yaml == "title: A\n")
        #expect(FrontMatter.split("---\ntitle: A\nbody") == .failure(.unclosed))
        // Fences may carry trailing spaces and tabs; a fence at the very end leaves an empty body;
        // Hangul before and after the front matter keeps its bytes.
        #expect(try FrontMatter.split("--- \t\ntitle: 가\n---  \n본문\n").get() == FrontMatter(yaml: "title: 가\n", body: "본문\n", bodyLine: 4))
        #expect(try FrontMatter.split("---\ntitle: A\n---").get() == FrontMatter(yaml: "title: A\n", body: "", bodyLine: 4))
        #expect(try FrontMatter.split("----\ntitle: A\n---\n").get().yaml == nil)
        #expect(FrontMatter.split("---\ntitle: A\n-- -\n") == .failure(.unclosed))
    }

    @Test func readsEveryField() throws {
        let (page, problems) = parse("""
        ---
        title: "Spring Batch #1"
        date: 2024-03-05T09:00:00+09:00
        updated: 2024-04-01
        tags: [spring, 배치]
        summary: 요약
        draft: true
        slug: batch-1
        ---
        # Body
        """)
        #expect(problems.isEmpty)
        let post = try #require(page)
        #expect(post.title == "Spring Batch #1")
        #expect(post.date == Date(iso8601: "2024-03-05T00:00:00Z"))
        #expect(post.updated == Date(iso8601: "2024-03-31T15:00:00Z"))
        #expect(post.tags == ["spring", "배치"])
        #expect(post.summary == "요약")
        #expect(post.draft)
        #expect(post.slug == "batch-1")
        #expect(post.url == "/posts/batch-1/")
        #expect(post.bodyLine == 10)
    }

    @Test func slugComesFromFileNameWithoutDatePrefix() {
        #expect(PageParser.defaultSlug(for: "content/posts/2024-03-01-hello-world.md") == "hello-world")
        #expect(PageParser.defaultSlug(for: "content/posts/2024-13-01-x.md") == "2024-13-01-x")
        #expect(PageParser.defaultSlug(for: "content/posts/스프링-배치.md") == "스프링-배치")
        #expect(PageParser.url(for: Page(kind: .page, sourcePath: "content/notes/a.md", slug: "a", url: "", title: "")) == "/notes/a/")
    }

    @Test func errorsPointAtTheFileLine() {
        #expect(parse("---\ntitle: A\ndate: March 1\n---\n").1 == [
            "content/posts/2024-03-01-a.md:3:7: error: 'date' must be an ISO 8601 date (2024-03-01 or 2024-03-01T09:00:00+09:00), found \"March 1\"",
        ])
        #expect(parse("---\ntitle: A\n---\n", path: "content/posts/a.md").1 == [
            "content/posts/a.md:2:1: error: missing 'date' in front matter; a post needs one (2024-03-01 or 2024-03-01T09:00:00+09:00) or a file name that starts with one (2024-03-01-title.md)",
        ])
        #expect(parse("---\ndate: 2024-01-01\n---\n").1 == ["content/posts/2024-03-01-a.md:2:1: error: missing 'title' in front matter"])
        #expect(parse("---\ntitle: A\ndate: 2024-01-01\n---\n", path: "content/about.md").0?.kind == .page)
    }

    @Test func yamlSyntaxErrorsUseFileLineNumbers() {
        let problems = parse("---\ntitle: A\ndate: 2024-01-01\ntags: [a, b\n---\n").1
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.hasPrefix("content/posts/2024-03-01-a.md:4:7: error: invalid YAML") == true, "\(problems)")
    }

    @Test func missingAndUnclosedFrontMatter() {
        #expect(parse("# just markdown").1 == ["content/posts/2024-03-01-a.md:1:1: error: missing front matter; start the file with '---', a 'title:' line, a 'date:' line and '---'"])
        #expect(parse("---\ntitle: A\n\nbody").1 == ["content/posts/2024-03-01-a.md:1:1: error: front matter opened with '---' is never closed; add a '---' line after the last field"])
    }

    @Test func wrongTypesAndUnsafeSlugs() {
        let problems = parse("---\ntitle: [a]\ndate: 2024-01-01\ndraft: maybe\nslug: ../../x\ntilte: typo\n---\n").1
        #expect(problems == [
            "content/posts/2024-03-01-a.md:2:8: error: 'title' must be text, found a list",
            "content/posts/2024-03-01-a.md:4:8: error: 'draft' must be true or false, found \"maybe\"",
            "content/posts/2024-03-01-a.md:5:7: error: 'slug' must be one URL segment without '/', '\\', '..', spaces or a leading '.', found \"../../x\"",
        ])
        // Unknown fields are not the page's diagnostics: the site reports each once (SiteParser).
        let typo = parser.parse(SourceFile(sourcePath: "content/posts/2024-03-01-a.md", text: "---\ntitle: A\ntilte: typo\n---\n")).0
        #expect(typo?.siteWideWarnings == [SiteWideWarning(message: "unknown front matter field 'tilte' is ignored; check its spelling or remove it", line: 3, column: 1)])
    }

    @Test func frontMatterMustBeAMapping() {
        #expect(parse("---\n- a\n---\n").1 == ["content/posts/2024-03-01-a.md:2:1: error: front matter must be a mapping of 'key: value' lines"])
    }
}

@Suite("Site parsing")
struct SiteParserTests {
    func source(_ files: [String: String]) -> SiteSource {
        var source = SiteSource(root: URL(fileURLWithPath: "/site"))
        for (path, text) in files.sorted(by: { $0.key < $1.key }) { source.add(SourceFile(sourcePath: path, text: text)) }
        return source
    }

    func post(_ title: String, _ date: String, extra: String = "") -> String {
        "---\ntitle: \(title)\ndate: \(date)\n\(extra)---\nBody of \(title).\n"
    }

    @Test func sortsPostsNewestFirstThenBySlug() {
        let (site, problems) = SiteParser(now: Fixtures.now).parse(source([
            "site.yaml": "title: T\n",
            "content/posts/b.md": post("B", "2024-01-02"),
            "content/posts/a.md": post("A", "2024-01-02"),
            "content/posts/c.md": post("C", "2024-01-03"),
        ]))
        #expect(problems.isEmpty)
        #expect(site.posts.map(\.slug) == ["c", "a", "b"])
    }

    @Test func draftsAndScheduledPostsNeedTheFlag() {
        let files = [
            "site.yaml": "title: T\n",
            "content/posts/draft.md": post("D", "2024-01-01", extra: "draft: true\n"),
            "content/posts/future.md": post("F", "2030-01-01"),
            "content/posts/now.md": post("N", "2024-01-01"),
        ]
        let (site, problems) = SiteParser(now: Fixtures.now).parse(source(files))
        #expect(site.posts.map(\.slug) == ["now"])
        #expect(problems.map(\.description) == [
            "content/posts/future.md:3:7: warning: post is dated 2030-01-01, after the build's clock (2025-01-01), so it is scheduled and left out until then (--drafts includes it)",
        ])
        #expect(SiteParser(includeDrafts: true, now: Fixtures.now).parse(source(files)).0.posts.map(\.slug) == ["future", "draft", "now"])
    }

    @Test func aPostDated9999IsScheduledAndSaysSo() {
        let files = ["site.yaml": "title: T\n", "content/posts/far.md": post("Far", "9999-12-31T23:59:59+09:00")]
        let (hidden, problems) = SiteParser(now: Fixtures.now).parse(source(files))
        #expect(hidden.posts.isEmpty)
        #expect(problems.map(\.description) == [
            "content/posts/far.md:3:7: warning: post is dated 9999-12-31, after the build's clock (2025-01-01), so it is scheduled and left out until then (--drafts includes it)",
        ])
        let (shown, none) = SiteParser(includeDrafts: true, now: Fixtures.now).parse(source(files))
        #expect(shown.posts.map(\.slug) == ["far"])
        #expect(none.isEmpty)
    }

    @Test func duplicateSlugsAreErrors() {
        let (_, problems) = SiteParser(now: Fixtures.now).parse(source([
            "site.yaml": "title: T\n",
            "content/posts/2024-01-01-same.md": post("A", "2024-01-01"),
            "content/posts/same.md": post("B", "2024-01-02"),
        ]))
        #expect(problems.map(\.description) == [
            "content/posts/same.md:1:1: error: slug \"same\" is already used by content/posts/2024-01-01-same.md; both would write /posts/same/",
        ])
    }

    @Test func tagsGroupByUnicodeSlug() {
        let (site, _) = SiteParser(now: Fixtures.now).parse(source([
            "site.yaml": "title: T\n",
            "content/posts/a.md": post("A", "2024-01-02", extra: "tags: [Spring Batch, 스프링]\n"),
            "content/posts/b.md": post("B", "2024-01-01", extra: "tags: [spring batch]\n"),
        ]))
        #expect(site.tags == [
            Tag(name: "Spring Batch", slug: "spring-batch", postIndices: [0, 1]),
            Tag(name: "스프링", slug: "스프링", postIndices: [0]),
        ])
    }

    @Test func configErrorsAndBaseURL() {
        let (config, problems) = ConfigParser.parse(SourceFile(sourcePath: "site.yaml", text: "title: T\nbaseURL: ftp://x\npostsPerPage: 0\ntimezone: Mars/Base\n"))
        #expect(problems.map(\.description) == [
            "site.yaml:2:10: error: 'baseURL' must be an absolute http(s) URL like https://user.github.io/blog/, found \"ftp://x\"",
            "site.yaml:3:15: error: 'postsPerPage' must be a whole number from 1 to 1000, found \"0\"",
            "site.yaml:4:11: error: unknown 'timezone' \"Mars/Base\"; use an IANA name like Asia/Seoul",
        ])
        #expect(config.title == "T")
        #expect(ConfigParser.parse(nil).1.map(\.description) == ["site.yaml: error: missing site.yaml; create one with at least 'title:' and 'baseURL:'"])
    }

    @Test func dataFilesMustBeValidYAML() {
        let problems = CareerParser(timeZone: .gmt).parse([SourceFile(sourcePath: "content/data/goals.yaml", text: "goals:\n  - a\n b: c\n")]).1
        #expect(problems.count == 1)
        #expect(problems.first?.sourcePath == "content/data/goals.yaml")
        #expect(problems.first?.line == 3)
    }
}
