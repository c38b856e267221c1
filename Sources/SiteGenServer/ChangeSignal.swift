#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import SiteGenCore

/// Wakes the watcher as soon as the kernel reports a change in a watched folder (inotify on
/// Linux), instead of at the next idle poll. It only shortens the wait: what changed is still
/// found by comparing snapshots, so a missed or unsupported notification costs latency, never
/// correctness. Folders created after start are not watched; the idle poll still sees them.
final class ChangeSignal: @unchecked Sendable {
    private let descriptor: Int32
    /// A pipe written when the waiting task is cancelled, so Ctrl-C ends a long idle wait:
    /// the wait polls its reading end, cancellation writes to the other.
    private let wake: (read: Int32, write: Int32)

    /// Watches `site.yaml`'s folder and every folder below the given ones; nil where inotify
    /// is unavailable.
    init?(root: URL, folders: [String]) {
        #if canImport(Glibc)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            close(descriptor)
            return nil
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        wake = (ends[0], ends[1])
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
        _ = inotify_add_watch(descriptor, root.path, mask)
        for folder in folders { Self.watch(root.appendingPathComponent(folder).path, descriptor: descriptor, mask: mask) }
        #else
        return nil
        #endif
    }

    #if canImport(Glibc)
    /// Watches a folder and every real folder below it (linked folders are not entered).
    private static func watch(_ folder: String, descriptor: Int32, mask: UInt32) {
        guard inotify_add_watch(descriptor, folder, mask) >= 0 else { return }
        for name in DirectoryReader.names(atPath: folder) ?? [] {
            var info = stat()
            let path = folder + "/" + name
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { watch(path, descriptor: descriptor, mask: mask) }
        }
    }
    #endif

    deinit {
        close(descriptor)
        close(wake.read)
        close(wake.write)
    }

    /// Returns when a change was reported, `timeout` passed or the task was cancelled,
    /// whichever is first; drains the pending notifications either way. False when the
    /// timeout ended it.
    @discardableResult
    func wait(timeout: Duration) async -> Bool {
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        let descriptor = descriptor, (wake, wakeWriter) = self.wake
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                // A thread of its own: Dispatch's global queues run at most one blocking item
                // per core, so a wait queued behind busy work could miss its change for as long.
                let thread = Thread {
                    var entries = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
                    let ready = poll(&entries, 2, milliseconds)
                    var buffer = [UInt8](repeating: 0, count: 16 * 1024)
                    while read(descriptor, &buffer, buffer.count) > 0 {}
                    continuation.resume(returning: ready > 0)
                }
                thread.stackSize = 256 * 1024
                thread.start()
            }
        } onCancel: {
            var byte: UInt8 = 1
            _ = write(wakeWriter, &byte, 1)  // never read: later waits return at once too
        }
    }
}
