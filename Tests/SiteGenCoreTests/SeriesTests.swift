import Foundation
import Testing
@testable import SiteGenCore

/// Series (`series:`, `seriesOrder:`), related notes and the archive.
@Suite("Series, related notes, archive")
struct SeriesTests {
    static func parse(_ files: [String: String]) -> (Site, [Diagnostic]) {
        var source = SiteSource(root: URL(fileURLWithPath: "/site"))
        var all = ["site.yaml": "title: T\ntimezone: Asia/Seoul\n"]
        all.merge(files) { $1 }
        for (path, text) in all.sorted(by: { $0.key < $1.key }) { source.add(SourceFile(sourcePath: path, text: text)) }
        return SiteParser(now: Fixtures.now).parse(source)
    }

    static func post(_ slug: String, _ date: String, _ extra: String = "") -> (String, String) {
        ("content/posts/\(slug).md", "---\ntitle: \(slug.uppercased())\ndate: \(date)\n\(extra)---\nBody.\n")
    }

    static func files(_ posts: (String, String)...) -> [String: String] {
        Dictionary(posts, uniquingKeysWith: { first, _ in first })
    }

    @Test func partsAreOrderedBySeriesOrderThenDate() {
        let (site, problems) = Self.parse(Self.files(
            Self.post("c", "2024-01-03", "series: Batch 정리\nseriesOrder: 1\n"),
            Self.post("a", "2024-01-01", "series: batch  정리\n"),
            Self.post("b", "2024-01-02", "series: Batch 정리\nseriesOrder: 2\n"),
            Self.post("d", "2024-01-04")))
        #expect(site.series.map(\.slug) == ["batch-정리"])
        #expect(site.series[0].name == "Batch 정리")
        #expect(site.series[0].postIndices.map { site.posts[$0].slug } == ["c", "b", "a"])
        #expect(problems.map(\.description) == [
            "content/posts/a.md:4:9: warning: this part of series \"batch  정리\" has no 'seriesOrder' while others do; it comes after them, by date",
        ])
    }

    @Test func withoutNumbersPartsFollowTheirDates() {
        let (site, problems) = Self.parse(Self.files(
            Self.post("new", "2024-02-01", "series: S\n"), Self.post("old", "2024-01-01", "series: S\n")))
        #expect(site.series[0].postIndices.map { site.posts[$0].slug } == ["old", "new"])
        #expect(problems.isEmpty)
    }

    @Test func duplicateOrderIsAnErrorAtTheSecondPart() {
        let (_, problems) = Self.parse(Self.files(
            Self.post("a", "2024-01-01", "series: S\nseriesOrder: 1\n"),
            Self.post("b", "2024-01-02", "series: S\nseriesOrder: 1\n")))
        #expect(problems.map(\.description) == [
            "content/posts/b.md:5:14: error: 'seriesOrder' 1 is already used by content/posts/a.md in series \"S\"; give each part its own number",
        ])
    }

    @Test func badValuesAndStrayFieldsAreReported() {
        let (_, problems) = Self.parse([
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-01-01\nseries: S\nseriesOrder: first\n---\n",
            "content/posts/b.md": "---\ntitle: B\ndate: 2024-01-01\nseries: \"!!\"\n---\n",
            "content/posts/c.md": "---\ntitle: C\ndate: 2024-01-01\nseriesOrder: 2\n---\n",
            "content/about.md": "---\ntitle: About\nseries: S\n---\n",
        ])
        #expect(problems.map(\.description).sorted() == [
            "content/about.md:3:9: warning: 'series' applies to posts (content/posts/); this page is in no series",
            "content/posts/a.md:5:14: error: 'seriesOrder' must be a whole number from 1 to 99999, found \"first\"",
            "content/posts/b.md:4:9: error: 'series' needs letters or digits for its page /series/<name>/, found \"!!\"",
            "content/posts/c.md:4:14: warning: 'seriesOrder' without 'series' has no effect; add 'series: <name>'",
        ])
    }

    @Test func seriesBoxMarksTheCurrentPartAndLinksNeighbours() throws {
        let (site, _) = Self.parse(Self.files(
            Self.post("one", "2024-01-01", "series: S\n"), Self.post("two", "2024-01-02", "series: S\n"),
            Self.post("three", "2024-01-03", "series: S\n")))
        let contexts = ContextBuilder(site: site, now: Fixtures.now, features: FindingFeatures(series: true))
        let two = try #require(site.posts.firstIndex { $0.slug == "two" })
        let box = try #require(contexts.seriesBox(forPost: two))
        #expect(box.position == 2 && box.total == 3 && box.url == "/series/s/")
        #expect(box.parts.map(\.current) == [false, true, false])
        #expect(box.previous?.url == "/posts/one/" && box.next?.url == "/posts/three/")
        #expect(contexts.seriesIndex().series.map(\.count) == [3])
        #expect(contexts.seriesPage(site.series[0]).posts.map(\.title) == ["ONE", "TWO", "THREE"])
        let plain = ContextBuilder(site: site, now: Fixtures.now)
        #expect(plain.seriesBox(forPost: two)?.url == nil)
    }

    @Test func relatedNotesPreferSeriesThenSharedTagsThenNearness() {
        let (site, _) = Self.parse(Self.files(
            Self.post("a", "2024-01-01", "tags: [x, y]\n"), Self.post("b", "2024-01-02", "tags: [x]\n"),
            Self.post("c", "2024-01-03", "tags: [x, y]\n"), Self.post("d", "2024-01-04", "tags: [z]\nseries: S\n"),
            Self.post("e", "2024-01-05", "tags: [x, y]\nseries: S\n"), Self.post("f", "2024-01-06")))
        let related = RelatedNotes(site: site).related
        let slugs = { (slug: String) in related[site.posts.firstIndex { $0.slug == slug }!].map { site.posts[$0].slug } }
        #expect(slugs("e") == ["d", "c", "a", "b"])  // series 6; c and a share two tags (6), c is nearer; b one tag
        #expect(slugs("f") == [])
        #expect(RelatedNotes(site: site).related == related)
    }

    @Test func relatedNotesLookOnlyWithinTheWindowOfLargeTags() {
        // 200 posts on one tag: each post's candidates are its neighbours in time, not all 199.
        let lists = [RelatedNotes.SharedList(signal: .tag, posts: Array(0..<200))]
        let related = RelatedNotes(postCount: 200, lists: lists).related
        #expect(related[100] == [99, 101, 98, 102])
        #expect(related[0] == [1, 2, 3, 4])
        #expect(related.allSatisfy { $0.count == RelatedNotes.limit })
    }

    @Test func competenciesRelatePostsThroughTheirTags() {
        var career = Career()
        career.competencies = [Competency(id: "perf", name: "Perf", area: "A", tags: ["ngrinder", "apm"])]
        var (site, _) = Self.parse(Self.files(
            Self.post("a", "2024-01-01", "tags: [ngrinder]\n"), Self.post("b", "2024-01-02", "tags: [apm]\n"),
            Self.post("c", "2024-01-03", "tags: [other]\n")))
        site.career = career
        let related = RelatedNotes(site: site).related
        let a = site.posts.firstIndex { $0.slug == "a" }!, b = site.posts.firstIndex { $0.slug == "b" }!
        #expect(related[a] == [b])
    }

    @Test func archiveGroupsByYearAndMonthInTheSiteTimeZone() {
        let (site, _) = Self.parse(Self.files(
            Self.post("late", "2023-12-31T16:30:00Z"),  // 2024-01-01 01:30 in Seoul
            Self.post("dec", "2023-12-05"), Self.post("nov", "2023-11-20"), Self.post("nov2", "2023-11-02"),
            Self.post("mar", "2024-03-01")))
        let years = ContextBuilder(site: site, now: Fixtures.now).archiveYears()
        #expect(years.map(\.year) == ["2024", "2023"])
        #expect(years.map(\.count) == [2, 3])
        #expect(years[0].months.map(\.id) == ["2024-03", "2024-01"])
        #expect(years[1].months.map(\.month) == [12, 11])
        #expect(years[1].months.map(\.count) == [1, 2])
        #expect(years[1].months[1].posts.map(\.title) == ["NOV", "NOV2"])
    }
}
