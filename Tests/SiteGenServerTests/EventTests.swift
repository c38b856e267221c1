import NIOCore
import Testing
@testable import SiteGenServer

@Suite("Server-Sent Events and the subscriber hub")
struct EventTests {
    @Test func encodesEvents() {
        #expect(ServerEvent.reload.encoded == "event: reload\ndata: reload\n\n")
        #expect(ServerEvent.ping.encoded == ": ping\n\n")
        #expect(ServerEvent.error("a.md:1:2: error: x").encoded == "event: error\ndata: a.md:1:2: error: x\n\n")
        #expect(ServerEvent.error("a\nb\r\nc\rd").encoded == "event: error\ndata: a\ndata: b\ndata: c\ndata: d\n\n")
        #expect(ServerEvent.error("").encoded == "event: error\ndata: build failed\n\n")
        #expect(ServerEvent.preamble(retryMilliseconds: 500) == "retry: 500\n\n")
    }

    @Test func errorTextCannotEndTheEventOrAddFields() {
        let encoded = ServerEvent.error("x\n\nevent: reload\rretry: 1\r\n").encoded
        let lines = encoded.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "event: error")
        #expect(lines.dropFirst().dropLast(2).allSatisfy { $0.hasPrefix("data: ") })
        #expect(encoded.hasSuffix("\n\n") && !encoded.dropLast(2).contains("\n\n"))
    }

    @Test func publishesToEverySubscriber() async throws {
        let hub = EventHub()
        let first = try #require(await hub.subscribe())
        let second = try #require(await hub.subscribe())
        #expect(await hub.subscriberCount == 2)
        await hub.publish(.reload)
        var one = first.events.makeAsyncIterator()
        var two = second.events.makeAsyncIterator()
        #expect(await one.next().map { String(buffer: $0) } == ServerEvent.reload.encoded)
        #expect(await two.next().map { String(buffer: $0) } == ServerEvent.reload.encoded)
    }

    /// A large error (many diagnostics) is encoded once: every stream gets the same bytes.
    @Test func encodesAnEventOnceForEverySubscriber() async throws {
        let hub = EventHub()
        var streams: [AsyncStream<ByteBuffer>.Iterator] = []
        for _ in 0..<50 { streams.append(try #require(await hub.subscribe()).events.makeAsyncIterator()) }
        let text = (0..<20_000).map { "content/posts/p\($0).md:3:7: error: 'date' must be an ISO 8601 date" }.joined(separator: "\n")
        await hub.publish(.error(text))
        let size = ServerEvent.error(text).encoded.utf8.count
        var storage: Set<UInt> = []
        for index in streams.indices {
            let bytes = try #require(await streams[index].next())
            storage.insert(bytes.withUnsafeReadableBytes { UInt(bitPattern: $0.baseAddress) })
            #expect(bytes.readableBytes == size)
        }
        #expect(storage.count == 1, "every subscriber got its own copy")
    }

    @Test func rememberesTheLastFailureUntilAReload() async throws {
        let hub = EventHub()
        await hub.publish(.error("content/posts/a.md:3:7: error: bad date"))
        let late = try #require(await hub.subscribe())
        var events = late.events.makeAsyncIterator()
        #expect(await events.next().map { String(buffer: $0) } == ServerEvent.error("content/posts/a.md:3:7: error: bad date").encoded)
        #expect(await hub.failureEvent == ServerEvent.error("content/posts/a.md:3:7: error: bad date").encoded)

        await hub.publish(.reload)
        #expect(await hub.failureEvent == nil)
        let fresh = try #require(await hub.subscribe())
        await hub.publish(.ping)
        var freshEvents = fresh.events.makeAsyncIterator()
        #expect(await freshEvents.next().map { String(buffer: $0) } == ": ping\n\n")
    }

    @Test func closeEndsEveryStreamAndRefusesNewOnes() async throws {
        let hub = EventHub()
        let open = try #require(await hub.subscribe())
        await hub.close()
        var events = open.events.makeAsyncIterator()
        #expect(await events.next() == nil)
        #expect(await hub.subscriberCount == 0)
        let late = try #require(await hub.subscribe())
        var lateEvents = late.events.makeAsyncIterator()
        #expect(await lateEvents.next() == nil)
        #expect(await hub.subscriberCount == 0)
    }

    @Test func refusesStreamsBeyondItsCapacity() async throws {
        let hub = EventHub(capacity: 2)
        let first = try #require(await hub.subscribe())
        _ = try #require(await hub.subscribe())
        #expect(await hub.subscribe() == nil)
        await hub.unsubscribe(first.id)
        #expect(await hub.subscribe() != nil)
    }

    @Test func forgetsSubscribersThatLeft() async throws {
        let hub = EventHub()
        let subscription = try #require(await hub.subscribe())
        await hub.unsubscribe(subscription.id)
        #expect(await hub.subscriberCount == 0)

        let reader = Task { for await _ in await hub.subscribe()?.events ?? AsyncStream { $0.finish() } {} }
        try await waitUntil { await hub.subscriberCount == 1 }
        reader.cancel()
        try await waitUntil { await hub.subscriberCount == 0 }
    }
}

/// Polls a condition every 10 ms for up to five seconds.
func waitUntil(_ condition: @Sendable () async -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(5)
    while await !condition() {
        guard ContinuousClock.now < deadline else { throw TestFailure("condition not met within 5 s") }
        try await Task.sleep(for: .milliseconds(10))
    }
}
