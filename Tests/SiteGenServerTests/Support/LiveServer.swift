import Foundation
import ServiceLifecycle
@testable import SiteGenServer

/// The whole server in process on a free port, for tests that talk to it over sockets.
struct LiveServer {
    let port: Int
    let hub: EventHub

    /// Starts the server for `site` (after `adjust` changed its configuration), waits for the
    /// first good build, runs `body`, then stops the server gracefully and checks it ended.
    static func run(_ site: ServerTestSite, adjust: @Sendable (inout DevServerConfiguration) -> Void = { _ in },
                    _ body: @escaping @Sendable (LiveServer) async throws -> Void) async throws {
        var configuration = DevServerConfiguration(root: site.root, port: 0, clock: { ServerTestSite.now }, console: .silent)
        configuration.timing.pollInterval = .milliseconds(10)
        configuration.timing.quietPeriod = .milliseconds(20)
        adjust(&configuration)
        let hub = EventHub(capacity: configuration.limits.maxEventStreams)
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let group = DevServer(configuration).makeServiceGroup(hub: hub) { portSink.yield($0) }
        let running = Task { try await group.run() }
        do {
            let port = try await withDeadline(.seconds(20), "binding") { () async throws -> Int in
                for await port in ports { return port }
                throw TestFailure("server stopped before listening")
            }
            try await withDeadline(.seconds(20), "first build") {
                while try await get("/", port: port).status != "HTTP/1.1 200 OK" { try await Task.sleep(for: .milliseconds(20)) }
            }
            try await body(LiveServer(port: port, hub: hub))
        } catch {
            running.cancel()
            throw error
        }
        await group.triggerGracefulShutdown()
        try await withDeadline(.seconds(10), "graceful shutdown") { try await running.value }
    }

    /// Limits short enough for tests to wait out.
    static func shortLimits(_ configuration: inout DevServerConfiguration) {
        configuration.limits.idleTimeout = .seconds(1)
        configuration.limits.lingerTimeout = .milliseconds(300)
        configuration.limits.writeTimeout = .seconds(1)
        configuration.limits.peerTimeout = .seconds(1)
        configuration.timing.heartbeat = .seconds(600)  // nothing below may rely on a heartbeat
    }
}

/// The server's side of loopback connections, read from `/proc/net/tcp`: whether the
/// server still holds a socket (a file descriptor) for a client's connection.
enum ServerSockets {
    /// True while the server has a descriptor open for the connection from `clientPort`.
    static func isHeld(serverPort: Int, clientPort: Int) -> Bool {
        entries().contains { $0.local == serverPort && $0.remote == clientPort && $0.inode != 0 }
    }

    /// How many accepted connections the server holds descriptors for.
    static func heldCount(serverPort: Int) -> Int {
        entries().filter { $0.local == serverPort && $0.remote != 0 && $0.inode != 0 }.count
    }

    private static func entries() -> [(local: Int, remote: Int, inode: Int)] {
        return procTable().split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count > 9, let local = port(fields[1]), let remote = port(fields[2]), let inode = Int(fields[9]) else { return nil }
            return (local, remote, inode)
        }
    }

    /// The whole of `/proc/net/tcp`, read to its end (its size is reported as 0).
    private static func procTable() -> String {
        let descriptor = open("/proc/net/tcp", O_RDONLY)
        guard descriptor >= 0 else { return "" }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func port(_ address: Substring) -> Int? {
        address.split(separator: ":").last.flatMap { Int($0, radix: 16) }
    }
}

/// Polls `condition` every 20 ms until it holds or `limit` passed; whether it held.
func eventually(within limit: Duration, _ condition: @Sendable () async throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + limit.scaled
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}
