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
            let lines = Self.lines(of: text.isEmpty ? "build failed" : text)
            return "event: error\n" + lines.map { "data: \($0)\n" }.joined() + "\n"
        case .ping:
            return ": ping\n\n"
        }
    }

    /// What the stream sends first: how soon a browser should reconnect after the
    /// server went away, in milliseconds.
    static func preamble(retryMilliseconds: Int) -> String {
        "retry: \(retryMilliseconds)\n\n"
    }

    /// Splits on every line ending SSE knows (`\r\n`, `\r`, `\n`), so no text can end
    /// an event early or inject a field.
    private static func lines(of text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "\r", omittingEmptySubsequences: false) }
            .map(String.init)
    }
}
