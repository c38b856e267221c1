import Foundation
import NIOCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every open connection of the server, so their number stays below the process's file
/// descriptor limit however many a client opens. When full, a new connection makes room by
/// closing the oldest one that is not answering a request (an idle keep-alive, a client
/// still sending headers slowly); when every one is answering, the new one is closed. So a
/// flood of idle or slow connections is shed, and a real request still gets in.
final class ConnectionRegistry: @unchecked Sendable {
    /// Most connections open at once.
    let capacity: Int
    private let lock = NSLock()
    private var open: [ObjectIdentifier: Entry] = [:]
    private var admitted: UInt64 = 0

    private struct Entry {
        let channel: any Channel
        let order: UInt64
        var busy = false
    }

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// How many connections are open.
    var count: Int { lock.withLock { open.count } }

    /// Registers a new connection; false when it must be closed (every other one is busy).
    /// An idle connection closed to make room is closed here.
    func admit(_ channel: any Channel) -> Bool {
        let (admittedNow, evicted) = lock.withLock { () -> (Bool, (any Channel)?) in
            var evicted: (any Channel)?
            if open.count >= capacity {
                guard let oldest = open.filter({ !$0.value.busy }).min(by: { $0.value.order < $1.value.order }) else { return (false, nil) }
                open[oldest.key] = nil
                evicted = oldest.value.channel
            }
            admitted += 1
            open[ObjectIdentifier(channel)] = Entry(channel: channel, order: admitted)
            return (true, evicted)
        }
        evicted?.close(promise: nil)
        return admittedNow
    }

    /// Marks a connection as answering a request (not to be shed) or idle.
    func setBusy(_ channel: any Channel, _ busy: Bool) {
        lock.withLock { open[ObjectIdentifier(channel)]?.busy = busy }
    }

    /// Forgets a closed connection.
    func remove(_ channel: any Channel) {
        lock.withLock { open[ObjectIdentifier(channel)] = nil }
    }

    /// `wanted`, but at most the descriptor limit less `reserve` (for the watcher, files being
    /// served, the event loops): connections never take the last descriptors.
    static func capacity(wanted: Int, reserve: Int = 256) -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < rlim_t(Int32.max) else { return wanted }
        return max(16, min(wanted, Int(clamping: limit.rlim_cur) - reserve))
    }
}
