import Foundation
import Testing
@testable import SiteGenCore

/// An import writes everything or nothing, never replaces a file, and reads only below its source.
@Suite("Import reading and writing")
struct ImportWriterTests {
    /// A Jekyll site with one post and one image.
    func jekyllSource() throws -> TestSite {
        try TestSite([
            "_config.yml": "title: 옛 블로그\nurl: https://old.example.com\n",
            "_posts/2024-01-01-a.md": "---\ntitle: A\n---\n본문\n",
            "assets/a.png": "PNG",
        ])
    }

    func plan(_ source: TestSite) -> ImportPlan {
        JekyllImport(site: ImportReader(root: source.root).read().0, now: Fixtures.now).plan()
    }

    @Test func anExistingFileFailsTheImportAndNothingIsWritten() throws {
        let source = try jekyllSource(), target = try TestSite(["content/posts/2024-01-01-a.md": "mine\n"])
        defer { source.remove(); target.remove() }
        let before = try TreeSnapshot(target.root)
        let result = ImportWriter(root: target.root, source: source.root).write(plan(source), settings: true)
        #expect(result.failure == .existing(["content/posts/2024-01-01-a.md"]))
        #expect("\(ImportFailure.existing(["content/posts/2024-01-01-a.md"]))"
            == "content/posts/2024-01-01-a.md already exists; an import never replaces a file, so nothing was written (move them away or import --into another folder)")
        #expect(try TreeSnapshot(target.root) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.root.path) == ["content"], "no staging folder is left")
    }

    @Test func aFileThatCannotBeCopiedFailsTheImportAndNothingIsWritten() throws {
        let source = try jekyllSource(), target = try TestSite([:])
        defer { source.remove(); target.remove() }
        var broken = plan(source)
        broken.files.append(.init(path: "content/missing.png", content: .copy(from: "missing.png")))
        let result = ImportWriter(root: target.root, source: source.root).write(broken, settings: true)
        guard case .failure(.cannotWrite(let path, _)) = result else { Issue.record("expected a failure, got \(result)"); return }
        #expect(path == "content/missing.png")
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.root.path).isEmpty)
    }

    @Test func aNewFolderIsCreatedAndAFailedImportRemovesIt() throws {
        let source = try jekyllSource(), parent = try TestSite([:])
        defer { source.remove(); parent.remove() }
        let fresh = parent.root.appendingPathComponent("new-site")
        #expect(ImportWriter(root: fresh, source: source.root).write(plan(source), settings: true).failure == nil)
        #expect(try TreeSnapshot(fresh).files.keys.sorted() == ["content/assets/a.png", "content/posts/2024-01-01-a.md", "site.yaml"])
        let failing = parent.root.appendingPathComponent("failing")
        var broken = plan(source)
        broken.files.append(.init(path: "content/missing.png", content: .copy(from: "missing.png")))
        _ = ImportWriter(root: failing, source: source.root).write(broken, settings: true)
        #expect(!FileManager.default.fileExists(atPath: failing.path))
    }

    @Test func anExistingSiteYAMLIsLeftAndTheSummarySaysWhatItWouldSet() throws {
        let source = try jekyllSource(), target = try TestSite(["site.yaml": "title: 내 사이트\n"])
        defer { source.remove(); target.remove() }
        let plan = plan(source)
        #expect(ImportWriter(root: target.root, source: source.root).write(plan, settings: false).failure == nil)
        #expect(try target.read("site.yaml") == "title: 내 사이트\n")
        #expect(plan.summary(from: "old", wroteSettings: false) == [
            "sitegen: imported 1 post, 0 pages and 1 file from old",
            "  left for a hand: 0",
            "  site.yaml: kept as it is; the import would have set:",
            "      title: 옛 블로그", "      baseURL: https://old.example.com/",
            "      menu:", "        - { name: 글, url: /posts/ }", "        - { name: 태그, url: /tags/ }",
        ])
    }

    @Test func theReaderNeverFollowsALinkOutOfTheSource() throws {
        let source = try jekyllSource(), outside = try TestSite(["secret.md": "---\ntitle: 비밀\n---\n"])
        defer { source.remove(); outside.remove() }
        try FileManager.default.createSymbolicLink(atPath: source.root.appendingPathComponent("_posts/leak").path,
                                                   withDestinationPath: outside.root.path)
        let (site, problems) = ImportReader(root: source.root).read()
        #expect(!site.texts.keys.contains { $0.contains("secret") })
        #expect(problems.map(\.message).contains { $0.hasPrefix("skipped: link points outside the site root") })
    }
}

extension Result where Success == Void {
    /// The failure, or nil on success.
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
