import NIOCore

/// The live-reload subscribers: one stream per open `GET /_sitegen/events`.
/// Each event is encoded once and the same bytes go to every stream (a 2 MB error to 50
/// pages is one encoding, not 50). It remembers the last build failure, so a page opened
/// while the build is broken shows the overlay at once; `close()` ends every stream (Ctrl-C).
public actor EventHub {
    private var subscribers: [Int: AsyncStream<ByteBuffer>.Continuation] = [:]
    private var nextID = 0
    private var isClosed = false
    /// The encoded `error` event of the last failed build, until a build succeeds.
    private var failure: ByteBuffer?
    /// Most streams open at once; a page beyond it is answered 503 and retries.
    public let capacity: Int

    public init(capacity: Int = 1000) {
        self.capacity = capacity
    }

    /// How many streams are open.
    public var subscriberCount: Int { subscribers.count }

    /// The last failure's event as sent, if the last build failed.
    public var failureEvent: String? { failure.map { String(buffer: $0) } }

    /// One open stream: its events as encoded, and the id that `unsubscribe(_:)` takes.
    public struct Subscription: Sendable {
        public let id: Int
        public let events: AsyncStream<ByteBuffer>
    }

    /// Opens a stream of events. It starts with the current failure, if any, and ends
    /// when the hub is closed; a stream opened after `close()` is already finished.
    /// Nil when `capacity` streams are open.
    public func subscribe() -> Subscription? {
        guard subscribers.count < capacity else { return nil }
        let (stream, continuation) = AsyncStream.makeStream(of: ByteBuffer.self, bufferingPolicy: .bufferingNewest(32))
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
        if let failure { continuation.yield(failure) }
        return Subscription(id: id, events: stream)
    }

    /// Forgets a stream whose connection ended, and ends it.
    public func unsubscribe(_ id: Int) {
        subscribers.removeValue(forKey: id)?.finish()
    }

    /// Sends an event to every open stream; `reload` clears the remembered failure,
    /// `error` replaces it.
    public func publish(_ event: ServerEvent) {
        let bytes = ByteBuffer(string: event.encoded)
        switch event {
        case .reload: failure = nil
        case .error: failure = bytes
        case .ping: break
        }
        for continuation in subscribers.values { continuation.yield(bytes) }
    }

    /// Ends every stream and refuses new ones.
    public func close() {
        isClosed = true
        let open = subscribers.values
        subscribers = [:]
        for continuation in open { continuation.finish() }
    }
}
