import Foundation
import Testing
@testable import SiteGenCore

/// A build with no changed input does nothing, and every change that could change the output
/// makes the next build real again, with output byte-identical to a clean build.
@Suite("Skipping unchanged builds")
struct BuildCacheTests {
    func cleanBuild(of site: TestSite, now: Date = Fixtures.now, drafts: Bool = false) throws -> TreeSnapshot {
        let output = site.root.appendingPathComponent("clean")
        try? FileManager.default.removeItem(at: output)
        #expect(SiteGenCore.build(root: site.root, now: now, options: BuildOptions(includeDrafts: drafts, output: output, useCache: false)).succeeded)
        defer { try? FileManager.default.removeItem(at: output) }
        return try TreeSnapshot(output)
    }

    func published(_ site: TestSite) throws -> TreeSnapshot { try TreeSnapshot(site.root.appendingPathComponent("public")) }

    @Test func secondBuildWithNothingChangedIsSkipped() throws {
        let site = try TestSite(Fixtures.site(["content/posts/x.md": "---\ntitle: X\ndate: 2024-01-01\ntilte: typo\n---\nx\n"]))
        defer { site.remove() }
        let first = site.build()
        #expect(first.succeeded && !first.upToDate)
        let second = site.build()
        #expect(second.upToDate)
        #expect(second.diagnostics == first.diagnostics, "warnings are reported again")
        #expect(try published(site) == cleanBuild(of: site))
    }

    @Test func everyKindOfChangeRebuilds() throws {
        let site = try TestSite(Fixtures.site())
        defer { site.remove() }
        #expect(!site.build().upToDate)
        let changes: [() throws -> Void] = [
            { try site.write("content/posts/second.md", "---\ntitle: Second, edited\ndate: 2024-03-02\n---\n[first](/posts/first/)\n") },
            { try site.write("templates/page.mustache", "{{<layout}}{{$main}}<h1>{{page.title}}!</h1>{{{content}}}{{/main}}{{/layout}}") },
            { try site.write("site.yaml", "title: Renamed\nbaseURL: https://example.com/\n") },
            { try site.write("content/posts/pic.png", "png") },
            { try FileManager.default.removeItem(at: site.root.appendingPathComponent("public/about/index.html")) },
            { try site.write("public/extra.html", "not ours") },
        ]
        for (index, change) in changes.enumerated() {
            try change()
            let result = site.build()
            #expect(result.succeeded && !result.upToDate, "change \(index) must rebuild")
            #expect(try published(site) == cleanBuild(of: site), "change \(index): output differs from a clean build")
            #expect(site.build().upToDate, "after change \(index) the next build has nothing to do")
        }
    }

    @Test func theClockPassingAScheduledPostRebuilds() throws {
        let site = try TestSite(Fixtures.site(["content/posts/later.md": "---\ntitle: Later\ndate: 2025-01-05\n---\nsoon\n"]))
        defer { site.remove() }
        #expect(!site.build().upToDate)
        #expect(!site.exists("public/posts/later/index.html"))
        let soon = Fixtures.now.addingTimeInterval(3 * 86400)
        #expect(SiteGenCore.build(root: site.root, now: soon, options: BuildOptions()).upToDate)
        let after = Fixtures.now.addingTimeInterval(6 * 86400)
        #expect(!SiteGenCore.build(root: site.root, now: after, options: BuildOptions()).upToDate)
        #expect(site.exists("public/posts/later/index.html"))
        #expect(try published(site) == cleanBuild(of: site, now: after))
    }

    @Test func aNewMonthOrOtherOptionsRebuild() throws {
        let site = try TestSite(Fixtures.site(["content/posts/draft.md": "---\ntitle: D\ndate: 2024-01-01\ndraft: true\n---\nd\n"]))
        defer { site.remove() }
        #expect(!site.build().upToDate)
        let nextMonth = Fixtures.now.addingTimeInterval(40 * 86400)
        #expect(!SiteGenCore.build(root: site.root, now: nextMonth, options: BuildOptions()).upToDate)
        #expect(!SiteGenCore.build(root: site.root, now: nextMonth, options: BuildOptions(includeDrafts: true)).upToDate)
        #expect(site.exists("public/posts/draft/index.html"))
        #expect(!SiteGenCore.build(root: site.root, now: nextMonth, options: BuildOptions(toolVersion: "newer sitegen")).upToDate)
        #expect(!site.build(BuildOptions(useCache: false)).upToDate)
    }

    @Test func clockWindow() {
        let seoul = TimeZone(identifier: "Asia/Seoul")!
        let now = Date(iso8601: "2026-11-26T10:00:00+09:00")!
        #expect(ClockWindow.monthStart(of: now, in: seoul) == Date(iso8601: "2026-11-01T00:00:00+09:00"))
        #expect(ClockWindow.nextMonthStart(after: Date(iso8601: "2026-12-31T23:00:00+09:00")!, in: seoul) == Date(iso8601: "2027-01-01T00:00:00+09:00"))
    }

    @Test func digestIsStableAndSensitive() {
        var a = Digest(), b = Digest(), c = Digest()
        a.add("ab"); a.add("c")
        b.add("a"); b.add("bc")
        c.add("ab"); c.add("c")
        #expect(a.hex == c.hex)
        #expect(a.hex != b.hex)
        #expect(a.hex.count == 32)
        var empty = Digest()
        empty.add("")
        #expect(empty.hex == "5531c907b4ea2b611f507150cbea65bb", "the digest must not change between versions by accident")
    }
}

/// `sitegen serve` keeps parse and render results in memory; a rebuild after an edit must
/// still equal a clean build.
@Suite("Rebuilding in memory")
struct RebuildCacheTests {
    func files(_ result: BuildResult) -> [String: String] {
        Dictionary(uniqueKeysWithValues: result.files.map { ($0.outputPath, $0.contents) })
    }

    @Test func rebuildsAfterEditsEqualCleanBuilds() throws {
        let site = try TestSite(Fixtures.site(["content/posts/third.md": "---\ntitle: Third\ndate: 2024-03-03\ntags: [a, b]\n---\n## One\n## Two\n## Three\n"]))
        defer { site.remove() }
        let cache = RebuildCache()
        let cached = BuildOptions(dryRun: true, rebuildCache: cache)
        let clean = BuildOptions(dryRun: true)
        #expect(files(site.build(cached)) == files(site.build(clean)))
        let edits: [(String, String)] = [
            ("content/posts/second.md", "---\ntitle: Second, renamed\ndate: 2024-03-02\ntags: [b]\n---\n[first](/posts/first/)\n"),
            ("content/posts/third.md", "---\ntitle: Third\ndate: 2023-01-01\n---\nMoved to the end.\n"),
            ("templates/list.mustache", "{{<layout}}{{$main}}<ol>{{#posts}}<li>{{title}}</li>{{/posts}}</ol>{{/main}}{{/layout}}"),
            // List entries rendered once per post: adding the partial, editing a post, editing the partial.
            ("templates/partials/post-item.mustache", "<li><a href=\"{{url}}\">{{title}}</a> {{site.title}}</li>"),
            ("templates/tag.mustache", "{{<layout}}{{$main}}<ul>{{#posts}}{{{html}}}{{/posts}}</ul>{{/main}}{{/layout}}"),
            ("content/posts/second.md", "---\ntitle: Second, again\ndate: 2024-03-02\ntags: [a, b]\n---\n[first](/posts/first/)\n"),
            ("templates/partials/post-item.mustache", "<li>{{title}} ({{date}})</li>"),
            ("site.yaml", "title: Other\nbaseURL: https://example.com/blog/\n"),
        ]
        for (path, text) in edits {
            try site.write(path, text)
            #expect(files(site.build(cached)) == files(site.build(clean)), "after editing \(path)")
        }
    }

    @Test func aSameSizeEditIsReadAgain() throws {
        let site = try TestSite(Fixtures.site(["content/posts/same.md": "---\ntitle: Same\ndate: 2024-03-03\n---\naaaa\n"]))
        defer { site.remove() }
        let options = BuildOptions(dryRun: true, rebuildCache: RebuildCache())
        #expect(files(site.build(options))["posts/same/index.html"]?.contains("<p>aaaa</p>") == true)
        let temporary = site.root.appendingPathComponent("content/posts/.same.md.tmp")
        try Data("---\ntitle: Same\ndate: 2024-03-03\n---\nbbbb\n".utf8).write(to: temporary)
        #expect(rename(temporary.path, site.root.appendingPathComponent("content/posts/same.md").path) == 0)
        #expect(files(site.build(options))["posts/same/index.html"]?.contains("<p>bbbb</p>") == true)
    }
}
