import Foundation

/// Refuses output folders that a build must never replace: `/`, the site root,
/// `content/`, `templates/`, any folder containing them, or any folder inside the
/// sources (the next build would read its own output).
public enum OutputGuard {
    /// A diagnostic when `output` is not a safe place to write, nil when it is.
    public static func check(output: URL, root: URL) -> Diagnostic? {
        let out = realPath(output)
        let site = realPath(root)
        let protected = [site, site + "/content", site + "/templates"]
        if out == "/" { return refuse(output, "it is the file system root") }
        for folder in protected where folder == out || isInside(folder, out) {
            return refuse(output, "it is or contains \(folder == site ? "the site root" : folder)")
        }
        for folder in protected.dropFirst() where isInside(out, folder) {
            return refuse(output, "it is inside \(folder)")
        }
        return nil
    }

    private static func refuse(_ output: URL, _ reason: String) -> Diagnostic {
        .error(output.path, "refusing to write the site to this folder: \(reason); choose another --output")
    }

    /// Whether `path` is strictly below `folder`.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/") && path != folder
    }

    /// Absolute path with links resolved, also for paths that do not exist yet
    /// (their nearest existing parent is resolved).
    static func realPath(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var resolved = existing.resolvingSymlinksInPath()
        for component in missing { resolved.appendPathComponent(component) }
        let path = resolved.standardizedFileURL.path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
