import Hummingbird

/// The `text/event-stream` response of `GET /_sitegen/events`: a `retry:` line, then
/// every event of one hub subscription until the hub closes or the client goes away.
enum EventStream {
    /// How soon a browser reconnects after the stream ended (e.g. the server restarted).
    static let retryMilliseconds = 500

    static func response(hub: EventHub) async -> Response {
        let subscription = await hub.subscribe()
        let body = ResponseBody { writer in
            do {
                try await writer.write(ByteBuffer(string: ServerEvent.preamble(retryMilliseconds: retryMilliseconds)))
                for await event in subscription.events {
                    try await writer.write(ByteBuffer(string: event.encoded))
                }
                await hub.unsubscribe(subscription.id)
                try await writer.finish(nil)
            } catch {
                await hub.unsubscribe(subscription.id)
                throw error
            }
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// HEAD: the headers alone, no subscription.
    static func head() -> Response {
        Response(status: .ok, headers: headers)
    }

    private static var headers: HTTPFields {
        [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
    }
}
