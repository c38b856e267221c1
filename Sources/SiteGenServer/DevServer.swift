import Foundation
import Hummingbird
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
            configuration.console.info("sitegen: serving \(configuration.address(port: port)) (Ctrl-C to stop)")
        }
        configuration.console.info("sitegen: stopped")
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
    func makeServiceGroup(signals: [UnixSignal] = [], onRunning: @escaping @Sendable (Int) async -> Void) -> ServiceGroup {
        let hub = EventHub()
        let store = SiteStore(ServedSite(root: configuration.root))
        // One RebuildCache for the server's life: a rebuild redoes only what a change touched.
        var options = configuration.buildOptions
        options.rebuildCache = RebuildCache()
        let rebuilder = Rebuilder(root: configuration.root, options: options, clock: configuration.clock,
                                  store: store, hub: hub, console: configuration.console)
        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = .critical
        let application = Application(
            responder: SiteResponder(store: store, hub: hub),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
        let watcher = SiteWatcher(root: configuration.root, timing: configuration.timing, rebuilder: rebuilder)
        var group = ServiceGroupConfiguration(services: [application, watcher], gracefulShutdownSignals: signals, logger: logger)
        group.maximumGracefulShutdownDuration = Duration.seconds(5)
        return ServiceGroup(configuration: group)
    }
}
