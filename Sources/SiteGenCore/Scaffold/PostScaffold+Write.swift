import Foundation

extension PostScaffold {
    /// Writes the post under the site root, creating `content/posts/` when needed, and
    /// returns its URL. An existing file is never replaced: the file is created exclusively.
    public func write(in root: URL) throws(ScaffoldError) -> URL {
        let url = root.appendingPathComponent(sourcePath)
        if FileManager.default.fileExists(atPath: url.path) { throw .fileExists(sourcePath: sourcePath) }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            if FileManager.default.fileExists(atPath: url.path) { throw .fileExists(sourcePath: sourcePath) }
            throw .cannotWrite(sourcePath: sourcePath, reason: (error as NSError).localizedDescription)
        }
        return url
    }
}

extension SiteConfig {
    /// Reads and checks `site.yaml` of a site root alone, e.g. for its time zone.
    /// Problems are diagnostics, as in a build (a missing file is an error).
    public static func load(root: URL) -> (SiteConfig, [Diagnostic]) {
        let path = root.appendingPathComponent(ConfigParser.sourcePath).path
        guard FileManager.default.fileExists(atPath: path) else { return ConfigParser.parse(nil) }
        switch TextReader.read(ConfigParser.sourcePath, root: root) {
        case .success(let file): return ConfigParser.parse(file)
        case .failure(let diagnostic): return (SiteConfig(), [diagnostic])
        }
    }
}
