import Foundation

/// Another generator's site as read from disk by `ImportReader`: the texts the import
/// converts and the paths of every other file, all relative to the import source.
public struct ForeignSite: Sendable, Equatable {
    /// Markdown, HTML and configuration files, decoded as UTF-8.
    public var texts: [String: String] = [:]
    /// Every other regular file (images, PDFs, fonts), sorted.
    public var files: [String] = []
    /// Those of `files` that start with a `---` line: theme files Jekyll renders, not copies.
    public var filesWithFrontMatter: Set<String> = []

    public init(texts: [String: String] = [:], files: [String] = [], filesWithFrontMatter: Set<String> = []) {
        self.texts = texts
        self.files = files
        self.filesWithFrontMatter = filesWithFrontMatter
    }
}

/// Everything an import will write, worked out before anything is written.
public struct ImportPlan: Sendable, Equatable {
    /// One file the import writes into the site.
    public struct File: Sendable, Equatable {
        public enum Content: Sendable, Equatable {
            case text(String)
            /// A copy of the file at this path in the import source.
            case copy(from: String)
        }

        /// Relative to the site root: `content/posts/2024-03-01-a.md`.
        public var path: String
        public var content: Content
    }

    /// Content and static files, sorted by path.
    public var files: [File] = []
    /// `site.yaml` from the other site's configuration (written only when the site has none).
    public var settings: SiteSettings = SiteSettings()
    public var log = ImportLog()
    /// How many posts (drafts among them) and pages are written, and files copied.
    public var posts = 0, drafts = 0, pages = 0, copies = 0
    /// Files read but not imported, with why (a theme's list page, a build file), for the summary.
    public var skipped: [String: Int] = [:]

    /// Which source file each written path comes from.
    private var claimed: [String: String] = [:]

    /// Adds a file unless another source already claimed its path (then it is logged).
    mutating func add(_ file: File, from sourcePath: String) {
        if let other = claimed[file.path] {
            log.leave(sourcePath, line: nil, "not imported: \(file.path) is already written from \(other)")
            return
        }
        claimed[file.path] = sourcePath
        files.append(file)
    }

    mutating func skip(_ reason: String) {
        skipped[reason, default: 0] += 1
    }
}

/// The settings an import takes from the other site's configuration, in `site.yaml`'s order.
public struct SiteSettings: Sendable, Equatable {
    /// `(key, YAML value)` pairs: `("title", "\"블로그\"")`.
    public var entries: [(key: String, value: String)] = []
    /// Extra lines (the menu) after the entries.
    public var trailer: [String] = []

    public init() {}

    public static func == (a: SiteSettings, b: SiteSettings) -> Bool {
        a.entries.map { "\($0.key)=\($0.value)" } == b.entries.map { "\($0.key)=\($0.value)" } && a.trailer == b.trailer
    }

    /// The whole `site.yaml`.
    public var yaml: String {
        "# site.yaml written by sitegen import from the other site's configuration; see README, 'site.yaml'.\n"
            + entries.map { "\($0.key): \($0.value)\n" }.joined() + trailer.map { $0 + "\n" }.joined()
    }
}
