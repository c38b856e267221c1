import Foundation
import ServiceLifecycle
import Testing
@testable import SiteGenServer

/// The whole server in process on a free port: build, watch, serve, live reload, shutdown.
/// Every wait has a deadline; none of these tests asserts how fast anything is.
@Suite("sitegen serve in process")
struct LiveServerTests {
    /// Starts the server for a site on a free port, runs `body` with the port, then stops
    /// it gracefully and checks that it ended.
    func withServer(_ site: ServerTestSite, _ body: @escaping @Sendable (Int, ServiceGroup) async throws -> Void) async throws {
        var configuration = DevServerConfiguration(root: site.root, port: 0, clock: { ServerTestSite.now }, console: .silent)
        configuration.timing.pollInterval = .milliseconds(10)
        configuration.timing.quietPeriod = .milliseconds(20)
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let group = DevServer(configuration).makeServiceGroup { portSink.yield($0) }
        let running = Task { try await group.run() }
        do {
            let port = try await withDeadline(.seconds(20), "binding") { () async throws -> Int in
                for await port in ports { return port }
                throw TestFailure("server stopped before listening")
            }
            try await waitForFirstBuild(port: port)
            try await body(port, group)
        } catch {
            running.cancel()
            throw error
        }
        await group.triggerGracefulShutdown()
        try await withDeadline(.seconds(10), "graceful shutdown") { try await running.value }
    }

    /// Pages answer 404 with the fallback page until the first build is in.
    func waitForFirstBuild(port: Int) async throws {
        try await withDeadline(.seconds(20), "first build") {
            while try await get("/", port: port).status != "HTTP/1.1 200 OK" { try await Task.sleep(for: .milliseconds(20)) }
        }
    }

    /// Opens the event stream and waits for its first line.
    func openEvents(port: Int) async throws -> TestConnection {
        let events = try TestConnection(port: port)
        events.request("/_sitegen/events", keepAlive: true)
        guard await events.next("retry: 500\n\n") != nil else { throw TestFailure("no event stream: \(events.text)") }
        return events
    }

    /// Reads `reload` events until the page shows `expected` (an earlier build's reload may
    /// still be on its way when the stream opens).
    func waitForReload(_ events: TestConnection, port: Int, page: String, showing expected: String) async throws {
        for _ in 0..<5 {
            guard await events.next("event: reload\ndata: reload\n\n") != nil else { break }
            if try await get(page, port: port).text.contains(expected) { return }
        }
        throw TestFailure("no reload showing \"\(expected)\"; stream so far: \(events.text)")
    }

    @Test func savingAPostSendsReloadAndServesTheNewPage() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        try await withServer(site) { port, _ in
            let events = try await openEvents(port: port)
            let temporary = site.root.appendingPathComponent("content/posts/.first.md.swp")
            try Data("---\ntitle: Saved Again\ndate: 2024-03-01\n---\nNew words.\n".utf8).write(to: temporary)
            let target = site.root.appendingPathComponent("content/posts/2024-03-01-first.md")
            #expect(rename(temporary.path, target.path) == 0)
            try await waitForReload(events, port: port, page: "/posts/first/", showing: "Saved Again")
        }
    }

    @Test func failedBuildKeepsTheLastGoodSiteAndShowsTheProblems() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        try await withServer(site) { port, _ in
            let events = try await openEvents(port: port)
            try site.write("content/posts/broken.md", "---\ntitle: Broken\ndate: March 1\n---\n")
            guard let _ = await events.next("event: error\n"), let error = await events.next("\n\n") else {
                throw TestFailure("no error event: \(events.text)")
            }
            #expect(error.contains("data: content/posts/broken.md:3:7: error: 'date' must be an ISO 8601 date"))
            #expect(try await get("/posts/first/", port: port).status == "HTTP/1.1 200 OK")

            let late = try await openEvents(port: port)
            #expect(await late.next("data: content/posts/broken.md:3:7") != nil)

            try site.write("content/posts/broken.md", "---\ntitle: Fixed Now\ndate: 2024-03-02\n---\n")
            try await waitForReload(events, port: port, page: "/posts/broken/", showing: "Fixed Now")
        }
    }

    @Test func templateAndDataChangesRebuildToo() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        try await withServer(site) { port, _ in
            let events = try await openEvents(port: port)
            try site.write("templates/404.mustache", "{{<layout}}{{$main}}<h1>Changed 404</h1>{{/main}}{{/layout}}")
            try await waitForReload(events, port: port, page: "/missing/", showing: "Changed 404")
            try site.write("content/data/goals.yaml", "goals: [unclosed\n")
            #expect(await events.next("event: error\ndata: sitegen: build failed") != nil)
            #expect(await events.next("data: content/data/goals.yaml:") != nil)
        }
    }

    @Test func gracefulShutdownClosesOpenEventStreams() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        let stream = Box<TestConnection>()
        try await withServer(site) { port, _ in
            stream.value = try await openEvents(port: port)
        }
        let events = try #require(stream.value)
        #expect(await events.waitForClose(within: .seconds(5)))
    }

    @Test func busyPortIsAClearError() async throws {
        let busy = try BusyPort()
        let site = try ServerTestSite()
        defer { site.remove() }
        let server = DevServer(DevServerConfiguration(root: site.root, port: busy.port, clock: { ServerTestSite.now }, console: .silent))
        await #expect(throws: ServeError.portInUse(host: "127.0.0.1", port: busy.port)) {
            try await withDeadline(.seconds(20), "failing to bind") { try await server.run(signals: [], onRunning: { _ in }) }
        }
        #expect(ServeError.portInUse(host: "127.0.0.1", port: 1313).description
            == "port 1313 is already in use on 127.0.0.1; stop the other server or choose another port with --port")
    }
}

/// A value set inside a `@Sendable` closure and read after it.
final class Box<Value>: @unchecked Sendable {
    var value: Value?
}
