import Foundation
import SiteGenCore

/// A successful build as the server serves it: rendered files from memory, static files
/// from disk through a table of output path → source path. Nothing else can be named.
public struct ServedSite: Sendable {
    /// What an output path names.
    enum File: Equatable {
        /// A rendered page, feed or sitemap, kept in memory.
        case rendered(String)
        /// A file copied as it is; the path is relative to the site root.
        case source(String)
    }

    /// The site root that static source paths are relative to.
    public let root: URL
    private let rendered: [String: String]
    private let staticSources: [String: String]

    /// The served form of a build result; nil when the build failed.
    public init?(_ result: BuildResult, root: URL) {
        guard result.succeeded, let site = result.site else { return nil }
        self.root = root
        rendered = Dictionary(result.files.map { ($0.outputPath, $0.contents) }, uniquingKeysWith: { first, _ in first })
        staticSources = Dictionary(site.staticFiles.map { ($0.outputPath, $0.sourcePath) }, uniquingKeysWith: { first, _ in first })
    }

    /// An empty site, served before the first successful build.
    init(root: URL) {
        self.root = root
        rendered = [:]
        staticSources = [:]
    }

    /// How many files the site has.
    public var fileCount: Int { rendered.count + staticSources.count }

    /// The file at an output path (`posts/a/index.html`), if the site has one.
    func file(at outputPath: String) -> File? {
        if let contents = rendered[outputPath] { return .rendered(contents) }
        return staticSources[outputPath].map(File.source)
    }

    /// The bytes of a file: rendered text, or the static file read from disk now
    /// (nil when it vanished since the build).
    func contents(of file: File) -> Data? {
        switch file {
        case .rendered(let text): return Data(text.utf8)
        case .source(let sourcePath): return FileManager.default.contents(atPath: root.appendingPathComponent(sourcePath).path)
        }
    }
}

/// The site being served; replaced whole by each successful build.
actor SiteStore {
    private(set) var site: ServedSite

    init(_ site: ServedSite) {
        self.site = site
    }

    func replace(with site: ServedSite) {
        self.site = site
    }
}
