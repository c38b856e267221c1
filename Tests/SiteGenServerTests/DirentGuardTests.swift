import Foundation
import SiteGenCore
import Testing

/// Directory entries are read no further than their names: under the `dirent-guard` shim
/// (`Tests/Shims/dirent-guard.c`, preloaded), every entry's name ends at a page followed by
/// an unmapped one, so reading the whole 256-byte `d_name` crashes at once. A second build
/// over an existing `public/` (the up-to-date check walks it), a rebuild, and `serve` with
/// its watcher, and `sitegen import` of a deep Jekyll site must all run to a clean exit.
@Suite("Directory entries under a guard page", .enabled(if: SitegenProcess.executable != nil))
struct DirentGuardTests {
    @Test func buildTwiceAndRebuildSurvive() async throws {
        let site = try ServerTestSite(Self.deepFiles)
        defer { site.remove() }
        let shim = try DirentGuard.build()
        for round in ["first build", "up-to-date check", "rebuild after a change"] {
            if round == "rebuild after a change" { try site.write("content/about.md", "---\ntitle: About 2\n---\nHi.\n") }
            let build = try SitegenProcess(["build", "--source", site.root.path, "--now", "2025-01-01"], environment: shim.environment)
            #expect(try await build.waitForExit(within: .seconds(60)) == 0, "\(round): \(build.errors)")
        }
    }

    @Test func serveAndItsWatcherSurvive() async throws {
        let site = try ServerTestSite(Self.deepFiles)
        defer { site.remove() }
        let shim = try DirentGuard.build()
        let process = try SitegenProcess(["serve", "--port", "0", "--source", site.root.path, "--now", "2025-01-01"],
                                         environment: shim.environment)
        defer { process.stop() }
        let line = try await process.waitForOutput(containing: "(Ctrl-C to stop)")
        let port = try #require(Int(line.split(separator: ":").last?.prefix { $0.isNumber } ?? ""), "\(line)")
        _ = try await process.waitForOutput(containing: "sitegen: built")
        let events = try TestConnection(port: port)
        events.request("/_sitegen/events", keepAlive: true)
        #expect(await events.next("retry: 500\n\n") != nil)
        try site.write("content/notes/deeper/still/new-note.md", "---\ntitle: New\n---\nNew.\n")
        #expect(await events.next("event: reload") != nil, "\(process.errors)")
        #expect(try await get("/notes/deeper/still/new-note/", port: port).status == "HTTP/1.1 200 OK")
        process.interrupt()
        #expect(try await process.waitForExit(within: .seconds(10)) == 0, "\(process.errors)")
    }

    @Test func importOfADeepJekyllSiteSurvives() async throws {
        let long = String(repeating: "글", count: 80)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("old"), target = folder.appendingPathComponent("new")
        for (path, text) in ["_config.yml": "title: 옛 블로그\n", "_posts/java/spring/2024-01-01-\(long).md": "---\ntitle: 깊은 글\n---\n본문\n",
                             "assets/img/posts/deep/\(long).png": "PNG"] {
            let url = source.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let shim = try DirentGuard.build()
        let run = try SitegenProcess(["import", "jekyll", source.path, "--into", target.path, "--now", "2025-01-01"], environment: shim.environment)
        #expect(try await run.waitForExit(within: .seconds(60)) == 0, "\(run.errors)")
        #expect(FileManager.default.fileExists(atPath: target.path + "/content/posts/java/spring/2024-01-01-\(long).md"))
        #expect(FileManager.default.fileExists(atPath: target.path + "/content/assets/img/posts/deep/\(long).png"))
    }

    @Test func readsEveryNameWhole() throws {
        let site = try ServerTestSite(["content/files/" + String(repeating: "가", count: 85): "x", "content/files/.hidden": "x"])
        defer { site.remove() }
        let names = try #require(DirectoryReader.names(atPath: site.root.appendingPathComponent("content/files").path))
        #expect(names.sorted() == [".hidden", "data.json", "image.webp", "notes.txt", "photo.jpeg", "photo.jpg", "raw.html",
                                   String(repeating: "가", count: 85)])
        #expect(DirectoryReader.names(atPath: site.root.appendingPathComponent("site.yaml").path) == nil)
        #expect(DirectoryReader.names(atPath: site.root.appendingPathComponent("missing").path) == nil)
    }

    /// Folders a few levels deep and a long Hangul name (255 bytes), so walkers recurse.
    static let deepFiles: [String: String] = [
        "content/notes/deeper/still/leaf.md": "---\ntitle: Leaf\n---\nLeaf.\n",
        "content/notes/" + String(repeating: "글", count: 80) + ".md": "---\ntitle: Long\n---\nLong name.\n",
        "templates/assets/img/deep/icon.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n",
    ]
}

/// The `dirent-guard` shim, compiled for this test run with the C compiler at hand.
struct DirentGuard {
    let library: URL

    /// `LD_PRELOAD` for a child process.
    var environment: [String: String] { ["LD_PRELOAD": library.path] }

    static func build() throws -> DirentGuard {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Shims/dirent-guard.c")
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("dirent-guard-\(UUID().uuidString).so")
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = [Self.compiler, "-shared", "-fPIC", "-O1", "-o", library.path, source.path, "-ldl"]
        try compiler.run()
        compiler.waitUntilExit()
        guard compiler.terminationStatus == 0 else { throw TestFailure("could not compile \(source.path) with \(Self.compiler)") }
        return DirentGuard(library: library)
    }

    /// `cc` where there is one, else the clang of the Swift toolchain.
    private static var compiler: String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        let hasCC = path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/cc") }
        return hasCC ? "cc" : "clang"
    }
}
