import Foundation
import ServiceLifecycle

/// Polls the watched files, waits until a burst of saves is over, and rebuilds.
/// Runs as a service beside the HTTP server: the first build happens here, and on
/// graceful shutdown (Ctrl-C) it closes every live-reload stream, so open connections
/// end and the server can stop.
struct SiteWatcher: Service {
    /// How often and how long the watcher waits.
    struct Timing: Sendable {
        /// Between two scans while nothing changes.
        var pollInterval: Duration = .milliseconds(40)
        /// A change is built once a scan this long after it shows nothing new.
        var quietPeriod: Duration = .milliseconds(50)
        /// Longest wait for a burst of changes to end before building anyway.
        var maximumDelay: Duration = .milliseconds(500)
        /// Between two keep-alive comments on the event streams.
        var heartbeat: Duration = .seconds(20)
    }

    let root: URL
    let timing: Timing
    let rebuilder: Rebuilder

    func run() async throws {
        try? await cancelWhenGracefulShutdown { try await watch() }
        await rebuilder.hub.close()
    }

    private func watch() async throws {
        var baseline = WatchSnapshot.scan(root: root)
        await rebuilder.rebuild(changed: [])
        var lastPing = ContinuousClock.now
        while true {
            try await Task.sleep(for: timing.pollInterval)
            let latest = WatchSnapshot.scan(root: root)
            guard latest != baseline else {
                if ContinuousClock.now - lastPing >= timing.heartbeat {
                    await rebuilder.hub.publish(.ping)
                    lastPing = .now
                }
                continue
            }
            let (settled, changed) = try await settle(from: baseline, seen: latest)
            baseline = settled
            await rebuilder.rebuild(changed: changed)
        }
    }

    /// Scans again every quiet period until nothing more changes (or the maximum delay
    /// passed): an editor's write-temporary-then-rename is one rebuild, not two.
    private func settle(from baseline: WatchSnapshot, seen first: WatchSnapshot) async throws -> (WatchSnapshot, [String]) {
        var latest = first
        let deadline = ContinuousClock.now + timing.maximumDelay
        while ContinuousClock.now < deadline {
            try await Task.sleep(for: timing.quietPeriod)
            let next = WatchSnapshot.scan(root: root)
            if next == latest { break }
            latest = next
        }
        return (latest, WatchSnapshot.changes(from: baseline, to: latest))
    }
}
