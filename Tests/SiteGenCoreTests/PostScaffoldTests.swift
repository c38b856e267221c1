import Foundation
import Testing
@testable import SiteGenCore

@Suite("New post scaffold")
struct PostScaffoldTests {
    let seoul = TimeZone(identifier: "Asia/Seoul")!
    /// 2025-03-01T00:30:00Z, 09:30 in Seoul.
    let date = Date(timeIntervalSince1970: 1_740_789_000)

    @Test func defaultSlugKeepsHangulAndDropsPunctuation() {
        #expect(PostScaffold.defaultSlug(for: "제목") == "제목")
        #expect(PostScaffold.defaultSlug(for: "Spring Batch 재시도, 정리!") == "spring-batch-재시도-정리")
        #expect(PostScaffold.defaultSlug(for: "  Redis   캐시 전략 (1/2)  ") == "redis-캐시-전략-12")
        #expect(PostScaffold.defaultSlug(for: "C++ & Kotlin: 무엇이 다른가?") == "c-plus-plus-kotlin-무엇이-다른가")
        #expect(PostScaffold.defaultSlug(for: "!!!") == "")
    }

    @Test func defaultSlugIsCutOnACharacterBoundary() {
        let slug = PostScaffold.defaultSlug(for: String(repeating: "가나다 ", count: 40))
        #expect(slug.utf8.count <= PostScaffold.maximumSlugBytes)
        #expect(slug.hasPrefix("가나다-가나다"))
        #expect(!slug.hasSuffix("-"))
    }

    @Test func fileTextHasFrontMatterInTheSiteZone() throws {
        let post = try PostScaffold(title: "Spring Batch 재시도 정리", tags: ["spring", "batch"], date: date, timeZone: seoul)
        #expect(post.sourcePath == "content/posts/spring-batch-재시도-정리.md")
        #expect(post.text == """
        ---
        title: "Spring Batch 재시도 정리"
        date: 2025-03-01T09:30:00+09:00
        tags: ["spring", "batch"]
        draft: true
        ---


        """)
    }

    @Test func titlesThatNeedQuotingReadBackUnchanged() throws {
        let titles = ["제목: \"부제\" #1", "- 리스트 같은 제목", "[대괄호] & {중괄호}", "역슬래시 \\ 와 탭\t끝", "yes", "'작은따옴표'", "줄\n바꿈"]
        for title in titles {
            let post = try PostScaffold(title: title, slug: "x", tags: ["a: b", "#태그"], date: date, timeZone: seoul)
            let (page, problems) = PageParser(config: SiteConfig()).parse(SourceFile(sourcePath: post.sourcePath, text: post.text))
            #expect(problems == [], "\(title)")
            #expect(page?.title == title)
            #expect(page?.tags == ["a: b", "#태그"])
            #expect(page?.draft == true)
            #expect(page?.date == date)
        }
    }

    @Test func tagListIsSplitOnCommas() {
        #expect(PostScaffold.tags(fromList: "spring, batch,,  재시도 ") == ["spring", "batch", "재시도"])
        #expect(PostScaffold.tags(fromList: "") == [])
    }

    @Test func rejectsEmptyTitlesAndUnsafeSlugs() {
        #expect(throws: ScaffoldError.emptyTitle) { try PostScaffold(title: "  ", date: date, timeZone: seoul) }
        #expect(throws: ScaffoldError.emptySlug(title: "?!")) { try PostScaffold(title: "?!", date: date, timeZone: seoul) }
        for slug in ["../x", "a/b", ".hidden", "a b", "a\\b", ""] {
            #expect(throws: ScaffoldError.self, "\(slug)") { try PostScaffold(title: "t", slug: slug, date: date, timeZone: seoul) }
        }
        #expect(ScaffoldError.emptySlug(title: "?!").description == "cannot make a slug from \"?!\"; give one with --slug")
    }

    @Test func writesOnceAndNeverOverwrites() throws {
        let site = try TestSite(["site.yaml": "title: T\ntimezone: Asia/Seoul\n"])
        defer { site.remove() }
        let post = try PostScaffold(title: "첫 글", date: date, timeZone: seoul)
        let url = try post.write(in: site.root)
        #expect(url.path.hasSuffix("content/posts/첫-글.md"))
        #expect(try site.read("content/posts/첫-글.md") == post.text)

        try site.write("content/posts/첫-글.md", "my words")
        #expect(throws: ScaffoldError.fileExists(sourcePath: "content/posts/첫-글.md")) { try post.write(in: site.root) }
        #expect(try site.read("content/posts/첫-글.md") == "my words")
        #expect(ScaffoldError.fileExists(sourcePath: "content/posts/첫-글.md").description
            == "content/posts/첫-글.md already exists; nothing was written (choose another --slug)")
    }

    @Test func scaffoldedPostBuildsWithDrafts() throws {
        let post = try PostScaffold(title: "초안: 빌드 확인", tags: ["스프링"], date: Date(timeIntervalSince1970: 1_700_000_000), timeZone: seoul)
        let site = try TestSite(Fixtures.site([post.sourcePath: post.text]))
        defer { site.remove() }
        let result = site.build(BuildOptions(includeDrafts: true, dryRun: true))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        #expect(result.site?.posts.contains { $0.title == "초안: 빌드 확인" && $0.url == "/posts/초안-빌드-확인/" } == true)
    }

    @Test func loadsTheSiteZoneFromSiteYAML() throws {
        let site = try TestSite(["site.yaml": "title: T\ntimezone: America/New_York\n"])
        defer { site.remove() }
        let (config, problems) = SiteConfig.load(root: site.root)
        #expect(problems == [])
        #expect(config.timeZone.identifier == "America/New_York")

        let empty = try TestSite([:])
        defer { empty.remove() }
        #expect(SiteConfig.load(root: empty.root).1.hasErrors)
    }
}
