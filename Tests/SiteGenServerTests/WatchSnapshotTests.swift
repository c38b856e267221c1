import Foundation
import Testing
@testable import SiteGenServer

@Suite("Change detection")
struct WatchSnapshotTests {
    let post = FileStamp(size: 100, modified: 1_000, inode: 7)

    @Test func nothingChanged() {
        let snapshot = WatchSnapshot(files: ["content/posts/a.md": post, "site.yaml": post])
        #expect(WatchSnapshot.changes(from: snapshot, to: snapshot) == [])
    }

    @Test func sizeTimeOrInodeCountAsAChange() {
        let old = WatchSnapshot(files: ["a.md": post])
        for stamp in [FileStamp(size: 101, modified: 1_000, inode: 7), FileStamp(size: 100, modified: 1_001, inode: 7),
                      FileStamp(size: 100, modified: 1_000, inode: 8)] {
            #expect(WatchSnapshot.changes(from: old, to: WatchSnapshot(files: ["a.md": stamp])) == ["a.md"])
        }
    }

    @Test func addedAndRemovedFilesAreSorted() {
        let old = WatchSnapshot(files: ["b.md": post, "c.md": post])
        let new = WatchSnapshot(files: ["a.md": post, "c.md": post])
        #expect(WatchSnapshot.changes(from: old, to: new) == ["a.md", "b.md"])
    }

    @Test func writeTemporaryThenRenameIsOneChange() {
        let before = WatchSnapshot(files: ["content/posts/a.md": post])
        let during = WatchSnapshot(files: ["content/posts/a.md": post, "content/posts/a.md.tmp": FileStamp(size: 120, modified: 2_000, inode: 9)])
        let after = WatchSnapshot(files: ["content/posts/a.md": FileStamp(size: 120, modified: 2_000, inode: 9)])
        #expect(WatchSnapshot.changes(from: before, to: during) == ["content/posts/a.md.tmp"])
        #expect(WatchSnapshot.changes(from: before, to: after) == ["content/posts/a.md"])
    }

    @Test func scansTheWatchedFoldersOnDisk() throws {
        let site = try ServerTestSite(["content/data/goal.yaml": "goal: x\n", "public/index.html": "old"])
        defer { site.remove() }
        let before = WatchSnapshot.scan(root: site.root)
        #expect(before.files["site.yaml"] != nil)
        #expect(before.files["content/data/goal.yaml"] != nil)
        #expect(before.files["templates/assets/style.css"] != nil)
        #expect(before.files.keys.allSatisfy { !$0.hasPrefix("public/") })

        try site.write("content/posts/.2024-03-01-first.md.swp", "swap")
        try site.write("content/posts/2024-03-01-first.md~", "backup")
        try site.write("public/index.html", "new")
        #expect(WatchSnapshot.changes(from: before, to: WatchSnapshot.scan(root: site.root)) == [])

        let post = site.root.appendingPathComponent("content/posts/2024-03-01-first.md")
        let temporary = site.root.appendingPathComponent("content/posts/.first.tmp")
        try Data("---\ntitle: Renamed\ndate: 2024-03-01\n---\n".utf8).write(to: temporary)
        #expect(rename(temporary.path, post.path) == 0)
        try site.write("content/data/goal.yaml", "goal: y\n")
        #expect(WatchSnapshot.changes(from: before, to: WatchSnapshot.scan(root: site.root))
            == ["content/data/goal.yaml", "content/posts/2024-03-01-first.md"])
    }

    @Test func fingerprintChangesExactlyWhenTheSnapshotDoes() throws {
        let site = try ServerTestSite(["content/data/goal.yaml": "goal: x\n"])
        defer { site.remove() }
        let root = site.root.path
        let first = WatchFingerprint.take(root: root)
        #expect(WatchFingerprint.take(root: root) == first)

        try site.write("content/posts/.draft.md.swp", "swap")
        try site.write("content/about.md~", "backup")
        try site.write("public/index.html", "output")
        #expect(WatchFingerprint.take(root: root) == first)

        try site.write("content/data/goal.yaml", "goal: y\n")
        let second = WatchFingerprint.take(root: root)
        #expect(second != first)

        let temporary = site.root.appendingPathComponent("content/.about.tmp")
        try Data("---\ntitle: About\n---\nHello.\n".utf8).write(to: temporary)
        #expect(rename(temporary.path, site.root.appendingPathComponent("content/about.md").path) == 0)
        #expect(WatchFingerprint.take(root: root) != second)
    }
}
