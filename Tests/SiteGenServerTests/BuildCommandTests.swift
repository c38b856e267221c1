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

    @Test func badArgumentsAreUsageErrors() async throws {
        let process = try SitegenProcess(["build", "--base-url", "example.com"])
        #expect(try await process.waitForExit(within: .seconds(30)) == 64)
        #expect(process.errors.contains("--base-url must be an absolute http(s) URL, found \"example.com\""))
    }
}
