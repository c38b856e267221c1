import Dispatch
import Foundation
import SiteGenCore

/// Builds the site in memory and publishes the outcome: a good build replaces the served
/// site and sends `reload`; a failed one keeps the last good site, prints the diagnostics
/// and sends them as an `error` event.
struct Rebuilder: Sendable {
    let root: URL
    let options: BuildOptions
    /// The build's clock, asked at every build (so scheduled posts appear on time).
    let clock: @Sendable () -> Date
    let store: SiteStore
    let hub: EventHub
    let console: Console

    /// Builds and publishes; `changed` names the paths that caused it (empty for the first).
    /// Returns whether the build succeeded.
    @discardableResult
    func rebuild(changed: [String]) async -> Bool {
        let started = ContinuousClock.now
        let result = await build()
        let milliseconds = (ContinuousClock.now - started) / .milliseconds(1)
        for diagnostic in result.diagnostics { console.problem(diagnostic.description) }
        guard let site = ServedSite(result, root: root) else {
            let summary = result.diagnostics.summary
            await hub.publish(.error(Self.overlayText(result.diagnostics)))
            let serving = await store.site.fileCount > 0 ? "still serving the last good build" : "waiting for a good build"
            console.problem("sitegen: build failed: \(summary); \(serving)")
            return false
        }
        await store.replace(with: site)
        await hub.publish(.reload)
        let verb = changed.isEmpty ? "built \(site.fileCount) files" : "rebuilt"
        console.info("sitegen: \(verb) in \(Int(milliseconds)) ms\(Self.reason(changed))")
        return true
    }

    /// The whole pipeline, dry, on a thread of its own (it is synchronous and uses every core).
    private func build() async -> BuildResult {
        let root = root, options = options, clock = clock
        return await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: SiteGenCore.build(root: root, now: clock(), options: options))
            }
        }
    }

    /// What the browser overlay shows: a heading, then one `path:line:col: …` line per problem.
    static func overlayText(_ diagnostics: [Diagnostic]) -> String {
        (["sitegen: build failed (\(diagnostics.summary))", ""] + diagnostics.map(\.description)).joined(separator: "\n")
    }

    private static func reason(_ changed: [String]) -> String {
        switch changed.count {
        case 0: return ""
        case 1: return " (\(changed[0]))"
        default: return " (\(changed[0]) and \(changed.count - 1) more)"
        }
    }
}
