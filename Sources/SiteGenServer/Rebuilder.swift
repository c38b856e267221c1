import Dispatch
import Foundation
import SiteGenCore

/// Builds the site in memory and publishes the outcome: a good build replaces the served
/// site and sends `reload`; a failed one keeps the last good site, prints the diagnostics
/// and sends them as an `error` event.
struct Rebuilder: Sendable {
    let root: URL
    /// The site root opened when serving began: static files are served through it.
    let folder: SiteFolder?
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
        guard rootExists else {
            let text = "sitegen: the site folder \(root.path) is gone (renamed or deleted?); still serving the last good build; "
                + "restart sitegen serve with --source pointing at its new place"
            console.problem(text)
            await hub.publish(.error(text))
            return false
        }
        let started = ContinuousClock.now
        let result = await build()
        let milliseconds = (ContinuousClock.now - started) / .milliseconds(1)
        defer { saveCache() }
        for diagnostic in result.diagnostics { console.problem(diagnostic.description) }
        guard let site = await served(result) else {
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

    /// Writes the build cache to `.sitegen-cache/build/` off the server's threads, after the
    /// outcome is published.
    private func saveCache() {
        guard let cache = options.rebuildCache else { return }
        DispatchQueue.global(qos: .utility).async { cache.save() }
    }

    /// Whether the root folder is still at its path.
    private var rootExists: Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The served form of a result, prepared off the server's threads (every page gets its
    /// script and its bytes here, once per build).
    private func served(_ result: BuildResult) async -> ServedSite? {
        let folder = folder, previous = await store.site
        return await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: ServedSite(result, folder: folder, previous: previous)) }
        }
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
