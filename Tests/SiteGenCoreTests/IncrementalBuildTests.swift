import Foundation
import Testing
@testable import SiteGenCore

/// Incremental builds (the build cache in `.sitegen-cache/build/`) must write exactly what a
/// clean build writes: after every kind of edit, the whole output tree — names and bytes — is
/// compared with a clean build of the same input.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// This repository's own site: the real theme (post-item partial, search, series, archive,
    /// dashboard, résumé) and career data, with its notes.
    static let repository = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func realSite() throws -> IncrementalSite {
        let site = try IncrementalSite(copying: Fixtures.folder.appendingPathComponent("golden/site"))
        for folder in ["templates", "content"] {
            try site.remove(folder)
            try FileManager.default.copyItem(at: repository.appendingPathComponent(folder), to: site.root.appendingPathComponent(folder))
        }
        try site.remove("site.yaml")
        try FileManager.default.copyItem(at: repository.appendingPathComponent("site.yaml"), to: site.root.appendingPathComponent("site.yaml"))
        site.now = Date(timeIntervalSince1970: 1_764_547_200)  // 2025-12-01
        try site.ageFiles()
        return site
    }

    static let ngrinder = "content/posts/2026-11-08-ngrinder-performance-testing.md"
    static let apm = "content/posts/2026-11-15-apm-bottleneck-hunting.md"

    @Test func editsOfTheRealSite() async throws {
        let problems = try await IncrementalSite.offThePool { try Self.realSiteEdits() }
        #expect(problems == [])
    }

    static func realSiteEdits() throws -> [String] {
        let site = try Self.realSite()
        site.now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18: one post still scheduled
        try site.check("first build")
        try site.check("nothing changed")
        try site.edit(Self.ngrinder) { $0.replacingOccurrences(of: "## 배경", with: "## 배경과 목표") }
        try site.check("body edit")
        try site.edit(Self.ngrinder) { $0.replacingOccurrences(of: "title: \"nGrinder로", with: "title: \"nGrinder 2로") }
        try site.check("title edit (lists, neighbours, series, related notes)")
        try site.edit(Self.apm) { $0.replacingOccurrences(of: "tags: [", with: "tags: [새태그, ") }
        try site.check("tag change")
        try site.write("content/posts/2026-11-10-new-note.md", "---\ntitle: 새 노트\ndate: 2026-11-10\ntags: [performance]\n---\n## 새 글\n\n본문.\n")
        try site.check("post added")
        try site.move("content/posts/2026-11-10-new-note.md", to: "content/posts/2026-11-10-renamed-note.md")
        try site.check("post renamed")
        try site.remove("content/posts/2026-11-10-renamed-note.md")
        try site.check("post removed")
        try site.edit("templates/partials/post-item.mustache") { $0.replacingOccurrences(of: "분 분량", with: "분") }
        try site.check("partial changed")
        try site.edit("templates/post.mustache") { $0 + "\n<!-- edited -->\n" }
        try site.check("template changed")
        try site.edit("site.yaml") { $0.replacingOccurrences(of: "postsPerPage: 10", with: "postsPerPage: 3") }
        try site.check("site.yaml changed")
        try site.edit("content/data/competencies.yaml") { $0.replacingOccurrences(of: "current: 상", with: "current: 중") }
        try site.check("career data changed")
        try site.edit("templates/assets/style.css") { $0 + "\n/* edited */\n" }
        try site.check("asset changed")
        site.now = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15: every post published
        try site.check("the clock crossed a scheduled post")
        return site.problems
    }

    @Test func editsOfTheGoldenSite() async throws {
        let problems = try await IncrementalSite.offThePool { try Self.goldenSiteEdits() }
        #expect(problems == [])
    }

    static func goldenSiteEdits() throws -> [String] {
        let site = try IncrementalSite(copying: Fixtures.folder.appendingPathComponent("golden/site"))
        try site.check("first build")
        try site.edit("content/posts/2024-04-01-sse.md") { $0.replacingOccurrences(of: "title: SSE 알림", with: "title: SSE 알림 정리") }
        try site.check("title edit")
        try site.write("content/posts/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try site.check("image changed")
        try site.edit("templates/partials/nav.mustache") { $0.replacingOccurrences(of: "검색", with: "찾기") }
        try site.check("partial changed")
        site.now = Date(timeIntervalSince1970: 1_893_542_400)  // 2030-01-02: future.md is published
        try site.check("scheduled post published")
        try site.edit("content/posts/2024-05-01-redis.md") { $0.replacingOccurrences(of: "date: 2024-05-01", with: "date: 2024-02-01") }
        try site.check("date moved (order, neighbours, archive)")
        try site.edit("content/posts/2024-05-01-redis.md") { $0.replacingOccurrences(of: "---\n락", with: "draft: true\n---\n락") }
        try site.check("post became a draft")
        return site.problems
    }

    /// Output files edited by hand are made again; a cache that is corrupt, foreign or from
    /// another version is ignored.
    @Test func damagedOutputOrCacheIsNotTrusted() async throws {
        let problems = try await IncrementalSite.offThePool { try Self.damagedCacheBuilds() }
        #expect(problems == [])
    }

    static func damagedCacheBuilds() throws -> [String] {
        let site = try IncrementalSite(copying: Fixtures.folder.appendingPathComponent("golden/site"))
        try site.check("first build")
        try site.write("public/posts/redis/index.html", "edited by hand")
        try site.edit("content/about.md") { $0 + "\nmore\n" }
        try site.check("hand-edited output")
        let cache = site.root.appendingPathComponent(".sitegen-cache/build")
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        if !(names.contains("files.bin") && names.contains(where: { $0.hasPrefix("outputs-") })) { site.problems.append("no cache written: \(names)") }
        for (index, name) in names.enumerated() {
            let url = cache.appendingPathComponent(name)
            var bytes = try [UInt8](Data(contentsOf: url))
            if index % 2 == 0 { bytes = Array(bytes.prefix(bytes.count / 2)) } else if bytes.count > 80 { bytes[bytes.count - 40] ^= 0xFF }
            try Data(bytes).write(to: url)
        }
        try site.edit("content/posts/2024-05-01-redis.md") { $0 + "\n더.\n" }
        try site.check("damaged cache")
        for name in try FileManager.default.contentsOfDirectory(atPath: cache.path) {
            try Data("not a cache".utf8).write(to: cache.appendingPathComponent(name))
        }
        try site.check("foreign cache")
        let other = SiteGenCore.build(root: site.root, now: site.now, options: BuildOptions(output: site.root.appendingPathComponent("public"), toolVersion: "another sitegen"))
        if !other.succeeded { site.problems.append("the build of another version failed") }
        try site.check("cache of another version")
        return site.problems
    }

    /// An unchanged source is not read again: its parse comes from the cache.
    @Test func unchangedSourcesAreNotParsedAgain() throws {
        let site = try IncrementalSite(copying: Fixtures.folder.appendingPathComponent("golden/site"))
        #expect(site.build().succeeded)
        let cache = RebuildCache(persistingIn: site.root, toolVersion: "")
        var loader = SiteLoader(root: site.root)
        loader.cache = cache
        let loaded = loader.read()
        let unread = loaded.files.filter { if case .unchanged = $0.content { return true } else { return false } }.map(\.path)
        #expect(unread.contains("content/posts/2024-05-01-redis.md"))
        #expect(!unread.contains(where: { !$0.hasSuffix(".md") }), "only Markdown is left unread")
    }
}
