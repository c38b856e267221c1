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
        let limit = Duration.seconds(30).scaled
        let started = ContinuousClock.now
        let waiting = Task { await signal.wait(timeout: limit) }
        // Saves go on until the wait ends: on a loaded machine the waiting task may start after
        // the first save, and a wait only counts changes made while it waits.
        let saves = Task {
            var count = 0
            while !Task.isCancelled {
                try? "x\(count)".write(to: root.appendingPathComponent("content/posts/a.md"), atomically: true, encoding: .utf8)
                count += 1
                try? await Task.sleep(for: .milliseconds(200))
            }
        }
        await waiting.value
        saves.cancel()
        #expect(ContinuousClock.now - started < limit, "the wait must end on the change, not the timeout")
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
