import Foundation
import Testing
@testable import SiteGenServer

/// The dev server against clients that never finish, never read, send too much or vanish:
/// each costs a socket for a bounded time, and real requests are still answered. Limits
/// are shortened (`LiveServer.shortLimits`); every wait has a deadline well above them,
/// and nothing here asserts how fast anything is.
@Suite("sitegen serve against hostile clients")
struct HostileClientTests {
    @Test func idleConnectionsAreClosed() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        try await LiveServer.run(site, adjust: LiveServer.shortLimits) { server in
            let silent = try TestConnection(port: server.port)
            #expect(await silent.waitForClose(within: .seconds(5)), "a connection that never sent a request stayed open")
        }
    }

    @Test func slowHeadersAreClosed() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        try await LiveServer.run(site, adjust: LiveServer.shortLimits) { server in
            let slow = try TestConnection(port: server.port)
            slow.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            var closed = false
            for _ in 0..<50 where !closed {  // one byte every 100 ms: always active, never done
                slow.send("a")
                closed = await slow.waitForClose(within: .milliseconds(100))
            }
            #expect(closed, "a client sending its headers byte by byte kept the connection for 5 s")
        }
    }

    @Test func idleKeepAliveIsClosed() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        try await LiveServer.run(site, adjust: LiveServer.shortLimits) { server in
            let client = try TestConnection(port: server.port)
            client.request("/about/", keepAlive: true)
            #expect(await client.next("</html>") != nil)
            #expect(await client.waitForClose(within: .seconds(5)), "an idle keep-alive connection stayed open")
        }
    }

    /// Each oversized request gets its 400 and then the server lets go of the socket
    /// entirely, even though the client keeps its end open (no descriptor left behind in
    /// FIN-WAIT-2). The idle timeout is long here: the answer's own close must do it.
    @Test func oversizedRequestsAreAnsweredAndTheirSocketsClosed() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        try await LiveServer.run(site, adjust: { LiveServer.shortLimits(&$0); $0.limits.idleTimeout = .seconds(60) }) { server in
            let longURL = "GET /" + String(repeating: "a", count: 10_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            let longHeaders = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + (0..<10).map { "X-Big-\($0): " + String(repeating: "b", count: 4_000) + "\r\n" }.joined() + "\r\n"
            let manyHeaders = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (0..<200).map { "X-\($0): 1\r\n" }.joined() + "\r\n"
            var clients: [TestConnection] = []
            for request in [longURL, longHeaders, manyHeaders] {
                let client = try TestConnection(port: server.port)
                client.send(request)
                #expect(await client.next("HTTP/1.1 400 Bad Request\r\n") != nil, "\(request.prefix(40))")
                clients.append(client)
            }
            for client in clients {
                let released = await eventually(within: .seconds(5)) {
                    !ServerSockets.isHeld(serverPort: server.port, clientPort: client.localPort)
                }
                #expect(released, "the server still holds the socket of an answered oversized request")
            }
        }
    }

    /// With far more idle connections than it takes, the server sheds the oldest idle ones,
    /// holds no more than its limit, and still answers a real request.
    @Test func aFloodOfIdleConnectionsIsShedAndRequestsAreStillAnswered() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        try await LiveServer.run(site, adjust: { $0.limits.maxConnections = 40; $0.limits.idleTimeout = .seconds(60) }) { server in
            var flood: [TestConnection] = []
            for _ in 0..<300 { flood.append(try TestConnection(port: server.port)) }
            let answered = try await get("/about/", port: server.port)
            #expect(answered.status == "HTTP/1.1 200 OK")
            let bounded = await eventually(within: .seconds(5)) { ServerSockets.heldCount(serverPort: server.port) <= 40 }
            #expect(bounded, "the server holds \(ServerSockets.heldCount(serverPort: server.port)) connections, more than its limit of 40")
            withExtendedLifetime(flood) {}
        }
    }

    @Test func eventStreamsOfClientsThatLeftEndAtOnce() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        try await LiveServer.run(site, adjust: LiveServer.shortLimits) { server in
            for leave in [{ (c: TestConnection) in c.abandon() }, { (c: TestConnection) in c.shutdownWrite() }] {
                let events = try TestConnection(port: server.port)
                events.request("/_sitegen/events", keepAlive: true)
                #expect(await events.next("retry: 500\n\n") != nil)
                #expect(await eventually(within: .seconds(5)) { await server.hub.subscriberCount == 1 })
                leave(events)
                let forgotten = await eventually(within: .seconds(3)) { await server.hub.subscriberCount == 0 }
                #expect(forgotten, "a stream whose client left is still subscribed")
            }
        }
    }

    @Test func aClientThatStopsReadingIsClosed() async throws {
        let big = String(repeating: "0123456789abcdef", count: 2 * 1024 * 1024)  // 32 MiB
        let site = try ServerTestSite(["content/files/big.bin": big])
        defer { site.remove() }
        try await LiveServer.run(site, adjust: LiveServer.shortLimits) { server in
            let stalled = try TestConnection(port: server.port)
            stalled.request("/files/big.bin", keepAlive: true)
            #expect(await stalled.next("HTTP/1.1 200 OK\r\n") != nil)  // then reads nothing more
            let released = await eventually(within: .seconds(10)) {
                !ServerSockets.isHeld(serverPort: server.port, clientPort: stalled.localPort)
            }
            #expect(released, "a client that never reads its response kept its connection")
        }
    }
}
