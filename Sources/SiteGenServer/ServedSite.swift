import Foundation
import NIOCore
import SiteGenCore

/// A successful build as the server serves it, prepared once per build: every rendered file
/// as the bytes that go on the wire (HTML with the live-reload script already in), every
/// static file as the file the build verified. Nothing else can be named.
public struct ServedSite: Sendable {
    /// What an output path names.
    enum File: Sendable {
        /// A rendered page, feed or sitemap, ready to send.
        case page(ServedPage)
        /// A file copied as it is, opened at request time through the site folder.
        case asset(ServedAsset)
    }

    /// The folder static files are opened through (nil: the site has none to serve).
    let folder: SiteFolder?
    private let pages: [String: ServedPage]
    private let assets: [String: ServedAsset]

    /// The served form of a build result, its static files verified through `folder`; nil
    /// when the build failed. Runs on the build's thread: this is where the per-build work is.
    /// A page whose text is the `previous` site's is reused as it was prepared: the build
    /// cache hands back the very string it rendered before, so an edit prepares the pages it
    /// changed, not all of them.
    init?(_ result: BuildResult, folder: SiteFolder?, previous: ServedSite? = nil) {
        guard result.succeeded, let site = result.site else { return nil }
        self.folder = folder
        var pages: [String: ServedPage] = [:]
        pages.reserveCapacity(result.files.count)
        for file in result.files where pages[file.outputPath] == nil {
            if let old = previous?.pages[file.outputPath], old.text == file.contents {
                pages[file.outputPath] = old
            } else {
                pages[file.outputPath] = ServedPage(outputPath: file.outputPath, text: file.contents)
            }
        }
        self.pages = pages
        var assets: [String: ServedAsset] = [:]
        for file in site.staticFiles where pages[file.outputPath] == nil && assets[file.outputPath] == nil {
            if let folder, let asset = ServedAsset(file, in: folder) { assets[file.outputPath] = asset }
        }
        self.assets = assets
    }

    /// The served form of a build result, with the site folder opened at `root` (tests).
    public init?(_ result: BuildResult, root: URL) {
        self.init(result, folder: SiteFolder(root: root))
    }

    /// An empty site, served before the first successful build.
    init() {
        folder = nil
        pages = [:]
        assets = [:]
    }

    /// How many files the site has.
    public var fileCount: Int { pages.count + assets.count }

    /// The file at an output path (`posts/a/index.html`), if the site has one.
    func file(at outputPath: String) -> File? {
        if let page = pages[outputPath] { return .page(page) }
        return assets[outputPath].map(File.asset)
    }
}

/// A rendered file as it goes on the wire.
struct ServedPage: Sendable {
    let contentType: String
    /// The body; HTML already has the live-reload script. Shared, never copied, by responses.
    let body: ByteBuffer
    /// What the build rendered (the build cache holds the same string; kept to compare).
    let text: String

    init(outputPath: String, text: String) {
        self.text = text
        contentType = ContentType.forPath(outputPath)
        let bytes = ByteBuffer(string: text)
        body = ContentType.isHTML(contentType) ? LiveReloadScript.injected(into: bytes) : bytes
    }
}

/// A static file of the build: where it really is below the root and which file it was
/// when the build read it. At request time it is opened without following links and must
/// still be that file (same device and inode); its bytes are not held.
struct ServedAsset: Sendable {
    let sourcePath: String
    let realPath: String
    let identity: SiteFolder.Identity
    let contentType: String

    /// Verifies a static file through the folder; nil when it resolves outside the root or
    /// is not a regular file reached without links.
    init?(_ file: StaticFile, in folder: SiteFolder) {
        guard let realPath = folder.realRelativePath(of: file.sourcePath), let opened = folder.openFile(realPath) else { return nil }
        sourcePath = file.sourcePath
        self.realPath = realPath
        identity = opened.identity
        contentType = ContentType.forPath(file.outputPath)
    }

    /// The file, if it is still the one the build verified.
    func open(in folder: SiteFolder) -> OpenFile? {
        guard let file = folder.openFile(realPath), file.identity == identity else { return nil }
        return file
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
