import Foundation

/// Everything `load` read from the site root, as text, before any parsing.
public struct SiteSource: Sendable {
    /// The site root on disk (absolute).
    public var root: URL
    /// `site.yaml`, when present.
    public var config: SourceFile?
    /// Markdown files under `content/` (data folder excluded), sorted by path.
    public var markdown: [SourceFile] = []
    /// YAML files under `content/data/`, sorted by path.
    public var data: [SourceFile] = []
    /// `*.mustache` files under `templates/` (assets excluded), sorted by path.
    public var templates: [SourceFile] = []
    /// Files copied as they are: `templates/assets/**` and non-Markdown files under `content/`.
    public var staticFiles: [StaticFile] = []
    /// Digests of text files' bytes, when the load had a build cache: how the parser finds a
    /// page parsed before. A Markdown file the cache knows unchanged is in `markdown` with no
    /// text (it was not read); `unread` names those.
    var digests: [String: String] = [:]
    var unread: Set<String> = []

    public init(root: URL) {
        self.root = root
    }
}

/// A text file read from the site, with its path relative to the site root.
public struct SourceFile: Sendable, Equatable {
    /// Relative to the site root: `content/posts/a.md`.
    public var sourcePath: String
    public var text: String

    public init(sourcePath: String, text: String) {
        self.sourcePath = sourcePath
        self.text = text
    }
}

/// A file that is copied to the output unchanged.
public struct StaticFile: Sendable, Equatable {
    /// Relative to the site root: `templates/assets/style.css`.
    public var sourcePath: String
    /// Relative to the output folder: `assets/style.css`.
    public var outputPath: String
    /// Size and modification time when loaded; only for noticing changes between builds,
    /// never written into the output.
    public var stamp: String

    public init(sourcePath: String, outputPath: String, stamp: String = "") {
        self.sourcePath = sourcePath
        self.outputPath = outputPath
        self.stamp = stamp
    }
}

/// A rendered file, ready to write: its path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Equatable {
    /// Relative to the output folder: `posts/a/index.html`.
    public var outputPath: String
    public var contents: String
    /// The source that produced it, for diagnostics about the output.
    public var sourcePath: String?

    public init(outputPath: String, contents: String, sourcePath: String? = nil) {
        self.outputPath = outputPath
        self.contents = contents
        self.sourcePath = sourcePath
    }
}
