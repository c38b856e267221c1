import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle
import SiteGenCore
import UnixSignals

/// `sitegen serve`: builds the site in memory, serves it over HTTP, rebuilds on every
/// save and tells open pages to reload over Server-Sent Events.
///
/// Two services run in one group: the HTTP server and the watcher. On Ctrl-C (SIGINT)
/// or SIGTERM the group stops them in reverse order, so the watcher closes the event
/// streams first and the server then finds no request left open.
public struct DevServer: Sendable {
    public let configuration: DevServerConfiguration

    public init(_ configuration: DevServerConfiguration) {
        self.configuration = configuration
    }

    /// Serves until SIGINT or SIGTERM. A port that cannot be bound throws `ServeError`.
    public func run() async throws {
        try await run(signals: [.sigint, .sigterm]) { port in
            configuration.console.info(banner(port: port))
        }
        configuration.console.info("sitegen: stopped")
    }

    /// `sitegen: serving http://127.0.0.1:1313/ (Ctrl-C to stop)`; bound to every address,
    /// the machine's addresses follow, one a line.
    func banner(port: Int, addresses: [String]? = nil) -> String {
        let first = "sitegen: serving \(configuration.address(port: port)) (Ctrl-C to stop)"
        guard configuration.isWildcard else { return first }
        let found = addresses ?? NetworkInterfaces.addresses(includeIPv6: configuration.host == "::")
        let others = configuration.reachableAddresses(port: port, addresses: found).filter { $0 != configuration.address(port: port) }
        return ([first, "sitegen: listening on every address; also reachable at:"] + others.map { "  \($0)" }).joined(separator: "\n")
    }

    /// Serves until one of `signals` arrives or the task is cancelled; `onRunning` gets
    /// the bound port.
    func run(signals: [UnixSignal], onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        do {
            try await makeServiceGroup(signals: signals, onRunning: onRunning).run()
        } catch {
            throw ServeError(error, host: configuration.host, port: configuration.port) ?? error
        }
    }

    /// The server and the watcher in one group. `onRunning` gets the bound port.
    /// `hub` is the event hub to use (tests watch it); by default a new one.
    func makeServiceGroup(signals: [UnixSignal] = [], hub: EventHub? = nil,
                          onRunning: @escaping @Sendable (Int) async -> Void) -> ServiceGroup {
        let limits = configuration.limits
        let hub = hub ?? EventHub(capacity: limits.maxEventStreams)
        let store = SiteStore(ServedSite())
        // One RebuildCache for the server's life: a rebuild redoes only what a change touched.
        // It is the build cache of `sitegen build` (.sitegen-cache/build/), so a restart is not cold.
        var options = configuration.buildOptions
        options.rebuildCache = options.useCache ? RebuildCache(persistingIn: configuration.root, toolVersion: options.toolVersion) : RebuildCache()
        let rebuilder = Rebuilder(root: configuration.root, folder: SiteFolder(root: configuration.root), options: options,
                                  clock: configuration.clock, store: store, hub: hub, console: configuration.console)
        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = .critical
        let application = Application(
            responder: SiteResponder(store: store, hub: hub, hosts: configuration.hostPolicy),
            server: .http1(configuration: Self.http1(limits)),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
        let watcher = SiteWatcher(root: configuration.root, timing: configuration.timing, rebuilder: rebuilder)
        var group = ServiceGroupConfiguration(services: [application, watcher], gracefulShutdownSignals: signals, logger: logger)
        group.maximumGracefulShutdownDuration = Duration.seconds(5)
        return ServiceGroup(configuration: group)
    }

    /// HTTP/1.1 with the limits: header sizes, Hummingbird's idle timeout (no request, slow
    /// headers, idle keep-alive) and a `ConnectionGuard` on every connection.
    static func http1(_ limits: ServerLimits) -> HTTP1Channel.Configuration {
        let registry = ConnectionRegistry(capacity: ConnectionRegistry.capacity(wanted: limits.maxConnections))
        return HTTP1Channel.Configuration(
            additionalChannelHandlers: [ConnectionGuard(registry: registry, limits: limits)],
            idleTimeout: limits.idleTimeout.timeAmount,
            httpDecoderConfiguration: .init(maxHeaderFieldSize: limits.maxHeaderFieldSize, maxHeaderListSize: limits.maxHeaderListSize,
                                            maxHeaderFieldCount: limits.maxHeaderFieldCount)
        )
    }
}
