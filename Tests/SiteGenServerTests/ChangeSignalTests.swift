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
        let started = ContinuousClock.now
        async let waited: Void = signal.wait(timeout: Duration.seconds(30).scaled)
        try await Task.sleep(for: .milliseconds(50))
        try "x".write(to: root.appendingPathComponent("content/posts/a.md"), atomically: true, encoding: .utf8)
        await waited
        #expect(ContinuousClock.now - started < Duration.seconds(30).scaled, "the wait must end on the change, not the timeout")
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
