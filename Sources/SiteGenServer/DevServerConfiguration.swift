import Foundation
import SiteGenCore

/// What `sitegen serve` was asked for.
public struct DevServerConfiguration: Sendable {
    /// The site root (holds site.yaml, content/, templates/).
    public var root: URL
    /// The address to listen on; loopback unless asked otherwise.
    public var host: String
    /// The port to listen on; 0 picks a free one (tests).
    public var port: Int
    /// Include drafts and scheduled posts.
    public var includeDrafts: Bool
    /// The build's clock, asked at every build. It comes from the command line, so this
    /// module never reads the wall clock itself.
    public var clock: @Sendable () -> Date
    /// Where messages go.
    public var console: Console
    /// Polling and debouncing of the watcher.
    var timing = SiteWatcher.Timing()

    public init(root: URL, host: String = "127.0.0.1", port: Int = 1313, includeDrafts: Bool = false,
                clock: @escaping @Sendable () -> Date, console: Console = .standard) {
        self.root = root.standardizedFileURL
        self.host = host
        self.port = port
        self.includeDrafts = includeDrafts
        self.clock = clock
        self.console = console
    }

    /// The address pages are built for, so every link and the feed point at this server:
    /// `http://127.0.0.1:1313/` (a wildcard host is shown as loopback).
    public var baseURL: SiteURL {
        SiteURL(parsing: address(port: port)) ?? SiteURL(parsing: "http://127.0.0.1:\(port)/")!
    }

    /// `http://host:port/` for a port.
    func address(port: Int) -> String {
        let shown = ["0.0.0.0", "::", ""].contains(host) ? "127.0.0.1" : host
        let authority = shown.contains(":") ? "[\(shown)]" : shown
        return "http://\(authority):\(port)/"
    }

    /// The dry-run build `serve` does on every change.
    var buildOptions: BuildOptions {
        BuildOptions(includeDrafts: includeDrafts, baseURL: baseURL, dryRun: true)
    }
}
