import Hummingbird
import NIOCore

/// The `text/event-stream` response of `GET /_sitegen/events`: a `retry:` line, then
/// every event of one hub subscription until the hub closes or the connection does.
enum EventStream {
    /// How soon a browser reconnects after the stream ended (e.g. the server restarted).
    static let retryMilliseconds = 500

    /// The stream for one connection; it is unsubscribed the moment `channel` closes (the
    /// connection guard closes it when the client goes away), not at the next write.
    static func response(hub: EventHub, channel: any Channel) async -> Response {
        guard let subscription = await hub.subscribe() else {
            var response = SiteResponder.plain(.serviceUnavailable, "too many live-reload connections are open\n")
            response.headers[.retryAfter] = "5"
            return response
        }
        // Weak: a connection that never closes (a test channel) must not keep the hub alive.
        channel.closeFuture.whenComplete { [weak hub] _ in Task { await hub?.unsubscribe(subscription.id) } }
        let body = ResponseBody { writer in
            do {
                try await writer.write(ByteBuffer(string: ServerEvent.preamble(retryMilliseconds: retryMilliseconds)))
                for await event in subscription.events { try await writer.write(event) }
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
