import Foundation

/// The load stage: reads `site.yaml`, `content/` and `templates/` into a `SiteSource`.
/// It never follows a link out of the site root and never walks a folder twice.
public struct SiteLoader: Sendable {
    /// The site root on disk.
    public var root: URL
    /// Texts read by earlier builds in this process; a file whose size, modification time and
    /// inode are unchanged is not read again (`sitegen serve`).
    public var cache: RebuildCache?

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public func load() -> (SiteSource, [Diagnostic]) {
        var source = SiteSource(root: root)
        var walker = FileWalker(root: root)
        let contentFiles = walker.files(under: "content")
        let templateFiles = walker.files(under: "templates")
        var diagnostics = walker.diagnostics

        var textPaths: [String] = []
        for path in contentFiles {
            if path.hasPrefix("content/data/") {
                if path.hasSuffix(".yaml") || path.hasSuffix(".yml") { textPaths.append(path) }
            } else if path.hasSuffix(".md") {
                textPaths.append(path)
            } else {
                source.staticFiles.append(StaticFile(sourcePath: path, outputPath: String(path.dropFirst("content/".count))))
            }
        }
        for path in templateFiles {
            if path.hasPrefix("templates/assets/") {
                source.staticFiles.append(StaticFile(sourcePath: path, outputPath: String(path.dropFirst("templates/".count))))
            } else if path.hasSuffix(".mustache") {
                textPaths.append(path)
            }
        }
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("site.yaml").path) {
            textPaths.append("site.yaml")
        }

        let root = self.root, cache = self.cache
        let read = textPaths.parallelMap { path -> Result<SourceFile, Diagnostic> in
            guard let cache else { return TextReader.read(path, root: root) }
            let stamp = POSIXFiles.stamp(of: root.appendingPathComponent(path).path)
            if let known = cache.text(of: path, stamp: stamp) { return .success(known) }
            let result = TextReader.read(path, root: root)
            if case .success(let file) = result { cache.store(file, stamp: stamp) }
            return result
        }
        for result in read {
            switch result {
            case .success(let file): source.add(file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        source.staticFiles.sort { $0.outputPath < $1.outputPath }
        for index in source.staticFiles.indices {
            source.staticFiles[index].stamp = POSIXFiles.stamp(of: root.appendingPathComponent(source.staticFiles[index].sourcePath).path)
        }
        return (source, diagnostics)
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
        let data: Data
        do {
            data = try Data(contentsOf: root.appendingPathComponent(sourcePath))
        } catch {
            return .failure(.error(sourcePath, "cannot read file: \((error as NSError).localizedDescription)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = firstInvalidUTF8(in: data)
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
