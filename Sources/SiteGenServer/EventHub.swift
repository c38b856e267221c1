/// The live-reload subscribers: one stream per open `GET /_sitegen/events`.
/// It remembers the last build failure, so a page opened while the build is broken
/// shows the overlay at once; `close()` ends every stream (Ctrl-C).
public actor EventHub {
    private var subscribers: [Int: AsyncStream<ServerEvent>.Continuation] = [:]
    private var nextID = 0
    private var isClosed = false
    /// The text of the last failed build, until a build succeeds.
    public private(set) var failure: String?

    public init() {}

    /// How many streams are open.
    public var subscriberCount: Int { subscribers.count }

    /// One open stream: its events, and the id that `unsubscribe(_:)` takes.
    public struct Subscription: Sendable {
        public let id: Int
        public let events: AsyncStream<ServerEvent>
    }

    /// Opens a stream of events. It starts with the current failure, if any, and ends
    /// when the hub is closed; a stream opened after `close()` is already finished.
    public func subscribe() -> Subscription {
        let (stream, continuation) = AsyncStream.makeStream(of: ServerEvent.self, bufferingPolicy: .bufferingNewest(32))
        let id = nextID
        nextID += 1
        guard !isClosed else {
            continuation.finish()
            return Subscription(id: id, events: stream)
        }
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(id) }
        }
        if let failure { continuation.yield(.error(failure)) }
        return Subscription(id: id, events: stream)
    }

    /// Forgets a stream whose connection ended.
    public func unsubscribe(_ id: Int) {
        subscribers.removeValue(forKey: id)?.finish()
    }

    /// Sends an event to every open stream; `reload` clears the remembered failure,
    /// `error` replaces it.
    public func publish(_ event: ServerEvent) {
        switch event {
        case .reload: failure = nil
        case .error(let text): failure = text
        case .ping: break
        }
        for continuation in subscribers.values { continuation.yield(event) }
    }

    /// Ends every stream and refuses new ones.
    public func close() {
        isClosed = true
        let open = subscribers.values
        subscribers = [:]
        for continuation in open { continuation.finish() }
    }
}
