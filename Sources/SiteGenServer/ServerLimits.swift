/// How long the dev server waits for a client and how much it takes from one. The
/// defaults keep a browser's keep-alive and event streams working while a hostile or
/// vanished client costs a socket for a few seconds at most.
public struct ServerLimits: Sendable {
    /// A connection with no request in progress (never sent one, still sending its headers
    /// byte by byte, or idle between keep-alive requests) is closed after this long.
    public var idleTimeout: Duration = .seconds(5)
    /// After a response that closes the connection (a refused host, an oversized or
    /// malformed request), how long the client has to read it before the socket is closed.
    public var lingerTimeout: Duration = .seconds(2)
    /// A client that stops reading a response is closed after this long.
    public var writeTimeout: Duration = .seconds(10)
    /// Data a peer does not acknowledge (it vanished without closing) fails the connection
    /// after this long (TCP_USER_TIMEOUT, Linux).
    public var peerTimeout: Duration = .seconds(5)
    /// Most connections open at once, further capped below the file descriptor limit.
    public var maxConnections = 2048
    /// Most live-reload streams open at once.
    public var maxEventStreams = 1000
    /// Longest request line (the URL) or single header, in bytes; longer gets 400.
    public var maxHeaderFieldSize = 8 * 1024
    /// Longest request head in all, in bytes.
    public var maxHeaderListSize = 32 * 1024
    /// Most header lines in a request.
    public var maxHeaderFieldCount = 100

    public init() {}
}
