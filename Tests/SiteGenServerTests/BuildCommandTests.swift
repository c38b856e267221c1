import Foundation
import Testing

/// `sitegen build` and `sitegen check` run as a user would: exit status, messages, and a
/// failed build leaving the previous output as it was.
@Suite("sitegen build and check, the executable", .enabled(if: SitegenProcess.executable != nil))
struct BuildCommandTests {
    @Test func failedBuildExitsOneAndKeepsTheOutput() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        let build = try SitegenProcess(["build", "--source", site.root.path, "--now", "2025-01-01"])
        #expect(try await build.waitForExit(within: .seconds(60)) == 0)
        #expect(build.output.contains("sitegen: wrote"))
        let index = site.root.appendingPathComponent("public/index.html")
        let before = try Data(contentsOf: index)

        try site.write("content/posts/broken.md", "---\ntitle: Broken\ndate: March 1\n---\nx\n")
        let failed = try SitegenProcess(["build", "--source", site.root.path, "--now", "2025-01-01"])
        #expect(try await failed.waitForExit(within: .seconds(60)) == 1)
        #expect(failed.errors.contains("content/posts/broken.md:3:7: error: 'date' must be an ISO 8601 date"))
        #expect(failed.errors.contains("sitegen: build failed: 1 error, 0 warnings; nothing was written"))
        #expect(try Data(contentsOf: index) == before)

        let check = try SitegenProcess(["check", "--source", site.root.path, "--now", "2025-01-01"])
        #expect(try await check.waitForExit(within: .seconds(60)) == 1)
    }

    @Test func importWritesASummaryAndNoCounterWhenNotATerminal() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("old"), target = folder.appendingPathComponent("new")
        try FileManager.default.createDirectory(at: source.appendingPathComponent("_posts"), withIntermediateDirectories: true)
        try Data("title: 옛 블로그\ntimezone: Asia/Seoul\n".utf8).write(to: source.appendingPathComponent("_config.yml"))
        try Data("---\ntitle: 글\n---\n{% highlight java %}\nclass A {}\n{% endhighlight %}\n{% for x in y %}{% endfor %}\n".utf8)
            .write(to: source.appendingPathComponent("_posts/2024-01-01-a.md"))
        let run = try SitegenProcess(["import", "jekyll", source.path, "--into", target.path, "--now", "2025-01-01"])
        #expect(try await run.waitForExit(within: .seconds(60)) == 0)
        #expect(run.output.hasPrefix("sitegen: imported 1 post, 0 pages and 0 files from \(source.path)\n  converted:\n    1 × {% highlight %} → fenced code\n"))
        #expect(run.output.contains("  left for a hand: 2 (the warnings above)\n"))
        #expect(run.errors.hasPrefix("_posts/2024-01-01-a.md:7:1: warning: Liquid {% for %}"))
        #expect(!run.errors.contains("\r") && !run.errors.contains("importing"), "no progress counter when standard error is not a terminal")
        let again = try SitegenProcess(["import", "jekyll", source.path, "--into", target.path, "--now", "2025-01-01"])
        #expect(try await again.waitForExit(within: .seconds(60)) == 1)
        #expect(again.errors.contains("sitegen: import failed: content/posts/2024-01-01-a.md already exists"))
    }

    @Test func badArgumentsAreUsageErrors() async throws {
        let process = try SitegenProcess(["build", "--base-url", "example.com"])
        #expect(try await process.waitForExit(within: .seconds(30)) == 64)
        #expect(process.errors.contains("--base-url must be an absolute http(s) URL, found \"example.com\""))
    }
}
