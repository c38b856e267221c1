/// One message on the live-reload stream (`GET /_sitegen/events`), encoded as
/// Server-Sent Events: `event: reload`, `event: error` with the diagnostics as data,
/// or a comment that keeps idle connections open.
public enum ServerEvent: Sendable, Equatable {
    /// The site was rebuilt: pages reload.
    case reload
    /// The build failed: pages show the text in an overlay until the next `reload`.
    case error(String)
    /// A comment line, sent now and then so dead connections are noticed.
    case ping

    /// The event as it goes on the wire, ending with the blank line that dispatches it.
    /// Every line of an error's text becomes one `data:` line (the browser joins them with `\n`).
    public var encoded: String {
        switch self {
        case .reload:
            return "event: reload\ndata: reload\n\n"
        case .error(let text):
            return Self.errorEvent(text.isEmpty ? "build failed" : text)
        case .ping:
            return ": ping\n\n"
        }
    }

    /// What the stream sends first: how soon a browser should reconnect after the
    /// server went away, in milliseconds.
    static func preamble(retryMilliseconds: Int) -> String {
        "retry: \(retryMilliseconds)\n\n"
    }

    /// `event: error`, then one `data:` line per line of the text, split on every line
    /// ending SSE knows (`\r\n`, `\r`, `\n`), so no text can end the event early or inject
    /// a field. One pass over the bytes: a 2 MB error costs milliseconds.
    private static func errorEvent(_ text: String) -> String {
        var bytes: [UInt8] = Array("event: error\ndata: ".utf8)
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 8 + 32)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"): break
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): bytes.append(contentsOf: "\ndata: ".utf8)
            default: bytes.append(byte)
            }
            previous = byte
        }
        bytes.append(contentsOf: "\n\n".utf8)
        return String(decoding: bytes, as: UTF8.self)
    }
}
