import Foundation
import Testing
@testable import SiteGenServer

@Suite("Change signal")
struct ChangeSignalTests {
    /// A save inside a watched folder ends the wait long before its timeout; without inotify
    /// (nil), the watcher falls back to polling and there is nothing to test.
    @Test func wakesOnASaveInAWatchedFolder() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-signal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/posts"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        guard let signal = ChangeSignal(root: root, folders: ["content", "templates"]) else { return }
        // Saves come from a thread of their own until the wait ends, so a save happens while
        // the wait polls however late the test's tasks are scheduled on a loaded machine; the
        // wait says whether a change (not its timeout) ended it.
        let file = root.appendingPathComponent("content/posts/a.md")
        let stop = StopFlag()
        let saver = Thread {
            var count = 0
            while !stop.isSet {
                try? "x\(count)".write(to: file, atomically: true, encoding: .utf8)
                count += 1
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
        saver.start()
        let woke = await signal.wait(timeout: .seconds(60))
        stop.set()
        #expect(woke, "the wait must end on the change, not the timeout")
    }

    /// A cancelled wait (Ctrl-C, or the server failing to bind) ends at once, not at its timeout.
    @Test func cancellingEndsTheWait() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-signal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        guard let signal = ChangeSignal(root: root, folders: ["content"]) else { return }
        let waiting = Task { await signal.wait(timeout: .seconds(600)) }
        try await Task.sleep(for: .milliseconds(50))
        waiting.cancel()
        try await withDeadline(.seconds(20), "the cancelled wait") { await waiting.value }
    }
}

/// A flag one thread sets and another reads.
private final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
