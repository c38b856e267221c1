import Hummingbird
import NIOCore
import NIOHTTPTypes
#if canImport(Glibc)
import Glibc
#endif

/// Watches one connection of the dev server and closes it when it has no more use:
/// - it registers with the `ConnectionRegistry` (and is closed when there is no room);
/// - after a response that says `Connection: close` (a refused host, an oversized or
///   malformed request) it waits a moment for the client to read it, then closes the socket
///   fully instead of leaving it half-closed;
/// - an event stream whose client went away (end of input) is closed at once, so its
///   subscription ends now, not at the next write;
/// - a client that stops reading a response is closed after `writeTimeout`.
/// Idle connections and slow headers are Hummingbird's idle timeout.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let registry: ConnectionRegistry
    private let limits: ServerLimits
    private var inFlight = 0
    private var streaming = false
    private var closeAfterResponse = false
    private var stallTimer: Scheduled<Void>?

    init(registry: ConnectionRegistry, limits: ServerLimits) {
        self.registry = registry
        self.limits = limits
    }

    func handlerAdded(context: ChannelHandlerContext) {
        guard registry.admit(context.channel) else {
            context.close(promise: nil)
            return
        }
        #if canImport(Glibc)
        // Data a vanished peer never acknowledges fails the connection after this long.
        let option = ChannelOptions.Types.SocketOption(level: SocketOptionLevel(IPPROTO_TCP), name: SocketOptionName(TCP_USER_TIMEOUT))
        context.channel.setOption(option, value: SocketOptionValue(limits.peerTimeout.milliseconds)).whenFailure { _ in }
        #endif
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        stallTimer?.cancel()
        registry.remove(context.channel)
    }

    func channelInactive(context: ChannelHandlerContext) {
        registry.remove(context.channel)
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) {
            inFlight += 1
            registry.setBusy(context.channel, true)
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head):
            streaming = head.headerFields[.contentType]?.hasPrefix("text/event-stream") ?? false
            if head.headerFields[.connection]?.lowercased() == "close" { closeAfterResponse = true }
            context.write(data, promise: promise)
        case .body:
            context.write(data, promise: promise)
        case .end:
            inFlight = max(0, inFlight - 1)
            streaming = false
            if inFlight == 0 { registry.setBusy(context.channel, false) }
            context.write(data, promise: promise)
            if closeAfterResponse { lingerThenClose(context) }
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed, streaming || closeAfterResponse {
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        stallTimer?.cancel()
        stallTimer = nil
        if !context.channel.isWritable {
            let channel = context.channel
            stallTimer = context.eventLoop.scheduleTask(in: limits.writeTimeout.timeAmount) { channel.close(promise: nil) }
        }
        context.fireChannelWritabilityChanged()
    }

    /// Gives the client `lingerTimeout` to read the answer, then closes both directions.
    private func lingerThenClose(_ context: ChannelHandlerContext) {
        let channel = context.channel
        context.flush()
        context.eventLoop.scheduleTask(in: limits.lingerTimeout.timeAmount) { channel.close(promise: nil) }
    }
}

extension Duration {
    /// Whole milliseconds.
    var milliseconds: Int { Int(components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000) }

    /// The same span for NIO.
    var timeAmount: TimeAmount { .milliseconds(Int64(milliseconds)) }
}
