import Foundation
import ServiceLifecycle

/// Polls the watched files, waits until a burst of saves is over, and rebuilds.
/// Runs as a service beside the HTTP server: the first build happens here, and on
/// graceful shutdown (Ctrl-C) it closes every live-reload stream, so open connections
/// end and the server can stop.
struct SiteWatcher: Service {
    /// How often and how long the watcher waits.
    struct Timing: Sendable {
        /// Between two scans while nothing changes, at least.
        var pollInterval: Duration = .milliseconds(40)
        /// Idle polls wait this many times as long as the last poll took, so a large site
        /// costs at most about 2% of a core while nothing changes. (`ChangeSignal` wakes the
        /// watcher early on Linux, so the idle wait does not add to the reload latency there.)
        var idleFactor = 50
        /// A change is built once a scan this long after it shows nothing new.
        var quietPeriod: Duration = .milliseconds(10)
        /// Longest wait for a burst of changes to end before building anyway.
        var maximumDelay: Duration = .milliseconds(500)
        /// Between two keep-alive comments on the event streams: a client that vanished without
        /// closing is noticed by the next one that goes unacknowledged (see `ServerLimits.peerTimeout`).
        var heartbeat: Duration = .seconds(3)
    }

    let root: URL
    let timing: Timing
    let rebuilder: Rebuilder

    func run() async throws {
        try? await cancelWhenGracefulShutdown { try await watch() }
        await rebuilder.hub.close()
    }

    private func watch() async throws {
        var seen = take()
        await rebuilder.rebuild(changed: [])
        var lastPing = ContinuousClock.now
        var pollTook = Duration.zero
        let signal = ChangeSignal(root: root, folders: ["content", "templates"])
        while true {
            let idle = max(timing.pollInterval, pollTook * timing.idleFactor)
            if let signal {
                await signal.wait(timeout: idle)
                try Task.checkCancellation()
            } else {
                try await Task.sleep(for: idle)
            }
            let pollStarted = ContinuousClock.now
            let fingerprint = WatchFingerprint.take(root: root.path)
            pollTook = .now - pollStarted
            guard fingerprint != seen.fingerprint else {
                if ContinuousClock.now - lastPing >= timing.heartbeat {
                    await rebuilder.hub.publish(.ping)
                    lastPing = .now
                }
                continue
            }
            let latest = take()
            guard latest.snapshot != seen.snapshot else {
                seen = latest
                continue
            }
            let settled = try await settle(latest)
            let changed = WatchSnapshot.changes(from: seen.snapshot, to: settled.snapshot)
            seen = settled
            await rebuilder.rebuild(changed: changed)
        }
    }

    /// Takes again every quiet period until nothing more changes (or the maximum delay
    /// passed): an editor's write-temporary-then-rename is one rebuild, not two.
    private func settle(_ first: Seen) async throws -> Seen {
        var latest = first
        let deadline = ContinuousClock.now + timing.maximumDelay
        while ContinuousClock.now < deadline {
            try await Task.sleep(for: timing.quietPeriod)
            let next = take()
            if next.snapshot == latest.snapshot { break }
            latest = next
        }
        return latest
    }

    /// The files as last seen: a fingerprint taken just before the snapshot, so a change
    /// between the two shows up as a changed fingerprint at the next poll.
    private struct Seen {
        var fingerprint: Int
        var snapshot: WatchSnapshot
    }

    private func take() -> Seen {
        let fingerprint = WatchFingerprint.take(root: root.path)
        return Seen(fingerprint: fingerprint, snapshot: WatchSnapshot.scan(root: root))
    }
}
