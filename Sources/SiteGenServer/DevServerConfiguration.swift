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
    /// Extra names the server answers to as `Host` (`--allowed-host`); `localhost`, IP
    /// addresses and the bound host always are.
    public var allowedHosts: [String] = []
    /// Timeouts and limits for clients.
    public var limits = ServerLimits()
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
        Self.url(host: isWildcard ? "127.0.0.1" : host, port: port)
    }

    /// Whether the server listens on every address of the machine.
    var isWildcard: Bool { ["0.0.0.0", "::", ""].contains(host) }

    /// Every address the server can be reached at, for the banner: the bound one, or for a
    /// wildcard host each of the machine's addresses (`addresses` lists them).
    func reachableAddresses(port: Int, addresses: [String]) -> [String] {
        guard isWildcard else { return [address(port: port)] }
        let listed = addresses.isEmpty ? ["127.0.0.1"] : addresses
        return listed.map { Self.url(host: $0, port: port) }
    }

    /// Which `Host` headers are answered.
    var hostPolicy: HostPolicy { HostPolicy(boundHost: host, allowed: allowedHosts) }

    private static func url(host: String, port: Int) -> String {
        "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
    }

    /// The dry-run build `serve` does on every change.
    var buildOptions: BuildOptions {
        BuildOptions(includeDrafts: includeDrafts, baseURL: baseURL, dryRun: true)
    }
}
