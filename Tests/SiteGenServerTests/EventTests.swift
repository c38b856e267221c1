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

    @Test func publishesToEverySubscriber() async {
        let hub = EventHub()
        let first = await hub.subscribe()
        let second = await hub.subscribe()
        #expect(await hub.subscriberCount == 2)
        await hub.publish(.reload)
        var one = first.events.makeAsyncIterator()
        var two = second.events.makeAsyncIterator()
        #expect(await one.next() == .reload)
        #expect(await two.next() == .reload)
    }

    @Test func rememberesTheLastFailureUntilAReload() async {
        let hub = EventHub()
        await hub.publish(.error("content/posts/a.md:3:7: error: bad date"))
        let late = await hub.subscribe()
        var events = late.events.makeAsyncIterator()
        #expect(await events.next() == .error("content/posts/a.md:3:7: error: bad date"))

        await hub.publish(.reload)
        #expect(await hub.failure == nil)
        let fresh = await hub.subscribe()
        await hub.publish(.ping)
        var freshEvents = fresh.events.makeAsyncIterator()
        #expect(await freshEvents.next() == .ping)
    }

    @Test func closeEndsEveryStreamAndRefusesNewOnes() async {
        let hub = EventHub()
        let open = await hub.subscribe()
        await hub.close()
        var events = open.events.makeAsyncIterator()
        #expect(await events.next() == nil)
        #expect(await hub.subscriberCount == 0)
        let late = await hub.subscribe()
        var lateEvents = late.events.makeAsyncIterator()
        #expect(await lateEvents.next() == nil)
        #expect(await hub.subscriberCount == 0)
    }

    @Test func forgetsSubscribersThatLeft() async throws {
        let hub = EventHub()
        let subscription = await hub.subscribe()
        await hub.unsubscribe(subscription.id)
        #expect(await hub.subscriberCount == 0)

        let reader = Task { for await _ in await hub.subscribe().events {} }
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
