import Foundation

/// The load stage: reads `site.yaml`, `content/` and `templates/` into a `SiteSource`.
/// It never follows a link out of the site root and never walks a folder twice.
public struct SiteLoader: Sendable {
    /// The site root on disk.
    public var root: URL
    /// What earlier builds saw: a Markdown file whose size, modification time and inode are
    /// unchanged (and not racy) is not read again; its digest stands for it.
    public var cache: RebuildCache?

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public func load() -> (SiteSource, [Diagnostic]) {
        read().decode()
    }

    /// Walks the site and reads every text file's bytes, without decoding them yet: an
    /// up-to-date check needs only a digest of the bytes, and validating UTF-8 was the largest
    /// part of it.
    public func read() -> LoadedSite {
        var loaded = LoadedSite(root: root)
        var walker = FileWalker(root: root)
        let contentFiles = walker.files(under: "content")
        let templateFiles = walker.files(under: "templates")
        loaded.diagnostics = walker.diagnostics

        var textPaths: [String] = []
        for path in contentFiles {
            if path.hasPrefix("content/data/") {
                if path.hasSuffix(".yaml") || path.hasSuffix(".yml") { textPaths.append(path) }
            } else if path.hasSuffix(".md") {
                textPaths.append(path)
            } else {
                loaded.staticFiles.append(StaticFile(sourcePath: path, outputPath: String(path.dropFirst("content/".count))))
            }
        }
        for path in templateFiles {
            if path.hasPrefix("templates/assets/") {
                loaded.staticFiles.append(StaticFile(sourcePath: path, outputPath: String(path.dropFirst("templates/".count))))
            } else if path.hasSuffix(".mustache") {
                textPaths.append(path)
            }
        }
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("site.yaml").path) {
            textPaths.append("site.yaml")
        }

        let root = self.root, cache = self.cache
        loaded.files = textPaths.parallelMap { path -> LoadedSite.File in
            guard let cache else { return LoadedSite.File(path: path, read: POSIXFiles.read(root.path + "/" + path)) }
            return Self.read(path, root: root, cache: cache)
        }
        cache?.keepFiles(Set(textPaths))
        loaded.staticFiles.sort { $0.outputPath < $1.outputPath }
        for index in loaded.staticFiles.indices {
            loaded.staticFiles[index].stamp = POSIXFiles.stamp(of: root.appendingPathComponent(loaded.staticFiles[index].sourcePath).path)
        }
        return loaded
    }
}

extension SiteLoader {
    /// One text file with a build cache: a Markdown file the cache knows unchanged is not
    /// read; any other is read and its digest recorded. The stamp is taken before reading, so
    /// a change while reading leaves a stamp that no longer matches (never a stale digest).
    static func read(_ path: String, root: URL, cache: RebuildCache) -> LoadedSite.File {
        let full = root.path + "/" + path
        let stamp = FileStamp.of(full)
        if let stamp, path.hasSuffix(".md"), !path.hasPrefix("content/data/"), let digest = cache.unchangedDigest(of: path, stamp: stamp) {
            return LoadedSite.File(path: path, unchanged: digest)
        }
        var file = LoadedSite.File(path: path, read: POSIXFiles.read(full))
        if case .bytes(let bytes) = file.content {
            file.digest = LoadedSite.File.digest(of: bytes)
            if let stamp, let digest = file.digest { cache.store(digest: digest, stamp: stamp, for: path) }
        }
        return file
    }
}

/// A site as read from disk, before its text files are decoded as UTF-8.
public struct LoadedSite: Sendable {
    public var root: URL
    var files: [File] = []
    public var staticFiles: [StaticFile] = []
    /// Problems found while walking (links out of the root, loops).
    public var diagnostics: [Diagnostic] = []

    struct File: Sendable {
        /// What was read: the bytes, the decoded file when the rebuild cache already had it,
        /// or why it could not be read.
        enum Content: Sendable {
            case bytes([UInt8])
            case decoded(SourceFile)
            /// Not read: the build cache knows the file unchanged, with this digest.
            case unchanged(digest: String)
            case unreadable(POSIXFiles.Failure)
        }

        var path: String
        var content: Content
        /// Digest of the bytes, when read with a build cache.
        var digest: String?

        static func digest(of bytes: [UInt8]) -> String {
            var digest = Digest()
            bytes.withUnsafeBytes { digest.add($0) }
            return digest.hex
        }

        init(path: String, unchanged digest: String) {
            self.path = path
            self.content = .unchanged(digest: digest)
            self.digest = digest
        }

        init(path: String, read: Result<[UInt8], POSIXFiles.Failure>) {
            self.path = path
            switch read {
            case .success(let bytes): content = .bytes(bytes)
            case .failure(let failure): content = .unreadable(failure)
            }
        }

        init(path: String, decoded: SourceFile) {
            self.path = path
            self.content = .decoded(decoded)
        }

        func decoded() -> Result<SourceFile, Diagnostic> {
            switch content {
            case .unreadable(let failure): return .failure(.error(path, "cannot read file: \(String(cString: strerror(failure.code)))"))
            case .decoded(let file): return .success(file)
            case .unchanged: return .success(SourceFile(sourcePath: path, text: ""))
            case .bytes(let bytes): return TextReader.decode(path, bytes: bytes)
            }
        }
    }

    /// Adds every file's path and bytes (or text) to `digest`, in a fixed order.
    func add(to digest: inout Digest) {
        for file in files.sorted(by: { $0.path < $1.path }) {
            digest.add(file.path)
            if let known = file.digest {
                digest.add("digest \(known)")
                continue
            }
            switch file.content {
            case .unchanged(let known): digest.add("digest \(known)")
            case .bytes(let bytes): bytes.withUnsafeBytes { digest.add($0) }
            case .decoded(let decoded): digest.add(decoded.text)
            case .unreadable(let failure): digest.add("unreadable \(failure.code)")
            }
        }
    }

    /// Decodes every text file (on all cores) into the site source.
    public func decode() -> (SiteSource, [Diagnostic]) {
        var source = SiteSource(root: root)
        source.staticFiles = staticFiles
        var diagnostics = self.diagnostics
        for (file, result) in zip(files, files.parallelMap({ $0.decoded() })) {
            switch result {
            case .success(let decoded): source.add(decoded)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
            if let digest = file.digest { source.digests[file.path] = digest }
            if case .unchanged = file.content { source.unread.insert(file.path) }
        }
        return (source, diagnostics)
    }

    /// `site.yaml` decoded, when it was read and is valid UTF-8.
    func configFile() -> SourceFile? {
        guard let file = files.first(where: { $0.path == "site.yaml" }), case .success(let decoded) = file.decoded() else { return nil }
        return decoded
    }

    /// Reads the Markdown files left unread whose parse the cache does not hold for these
    /// settings (`site.yaml` changed, or the cache lost a shard): the parser must see their text.
    mutating func readUnparsed(cache: RebuildCache, settings: String) {
        for index in files.indices {
            guard case .unchanged(let digest) = files[index].content,
                  !cache.hasParsed(files[index].path, textDigest: digest, settings: settings) else { continue }
            let read = LoadedSite.File(path: files[index].path, read: POSIXFiles.read(root.path + "/" + files[index].path))
            files[index].content = read.content
            if case .bytes(let bytes) = read.content { files[index].digest = LoadedSite.File.digest(of: bytes) }
        }
    }
}

extension SiteSource {
    /// Files the loader read, sorted into their kind by path.
    mutating func add(_ file: SourceFile) {
        if file.sourcePath == "site.yaml" {
            config = file
        } else if file.sourcePath.hasPrefix("templates/") {
            templates.append(file)
        } else if file.sourcePath.hasPrefix("content/data/") {
            data.append(file)
        } else {
            markdown.append(file)
        }
    }
}

extension Diagnostic: Error {}

/// Reads one text file and insists on UTF-8.
enum TextReader {
    static func read(_ sourcePath: String, root: URL) -> Result<SourceFile, Diagnostic> {
        LoadedSite.File(path: sourcePath, read: POSIXFiles.read(root.path + "/" + sourcePath)).decoded()
    }

    /// `bytes` as UTF-8 text with LF line endings.
    static func decode(_ sourcePath: String, bytes: [UInt8]) -> Result<SourceFile, Diagnostic> {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: Data(bytes))
            return .failure(.error(sourcePath, line: line, column: column, "file is not valid UTF-8; save it as UTF-8"))
        }
        return .success(SourceFile(sourcePath: sourcePath, text: LineEndings.normalize(text)))
    }

    /// Line and column (in bytes) of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(in data: Data) -> (Int, Int) {
        let bytes = [UInt8](data)
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let sequence = length == 0 ? [] : Array(bytes[index..<min(bytes.count, index + length)])
            guard length > 0, sequence.count == length, String(validating: sequence, as: UTF8.self) != nil else {
                return (line, index - lineStart + 1)
            }
            if byte == 0x0A { line += 1; lineStart = index + 1 }
            index += length
        }
        return (line, index - lineStart + 1)
    }
}
