#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads another generator's site folder for an import: every file below it, hidden ones and
/// links that lead out of it left out, each real folder once. Markdown, HTML and configuration
/// files are read as text; of the others only the first bytes (front matter or not). Folders
/// are listed through `DirectoryReader`, like the loader's.
public struct ImportReader: Sendable {
    /// The import source.
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Extensions of the files read as text.
    static let textExtensions: Set<String> = ["md", "markdown", "html", "htm"]
    /// Configuration files read as text wherever they are.
    static let configFiles: Set<String> = ["_config.yml", "_config.yaml", "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
                                           "config.toml", "config.yaml", "config.yml", "config.json",
                                           "config/_default/hugo.toml", "config/_default/config.toml", "config/_default/hugo.yaml",
                                           "config/_default/config.yaml", "config/_default/params.toml", "config/_default/params.yaml"]

    public func read() -> (ForeignSite, [Diagnostic]) {
        var site = ForeignSite()
        var walker = FileWalker(root: root)
        var paths: [String] = []
        let names = (DirectoryReader.names(atPath: root.path) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        for name in names {
            var info = stat()
            guard lstat(root.path + "/" + name, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFREG {
                paths.append(name)
            } else {
                paths += walker.files(under: name)
            }
        }
        var diagnostics = walker.diagnostics
        for path in paths {
            let ext = String(path.split(separator: ".").last ?? "").lowercased()
            if Self.textExtensions.contains(ext) || Self.configFiles.contains(path) {
                switch TextReader.read(path, root: root) {
                case .success(let file): site.texts[path] = file.text
                case .failure(let problem): diagnostics.append(.warning(problem.sourcePath, line: problem.line, column: problem.column, "not imported: \(problem.message)"))
                }
            } else {
                site.files.append(path)
                if Self.startsWithFrontMatter(root.path + "/" + path) { site.filesWithFrontMatter.insert(path) }
            }
        }
        return (site, diagnostics)
    }

    /// Whether the file's first line is `---`.
    private static func startsWithFrontMatter(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let bytes = [UInt8]((try? handle.read(upToCount: 4)) ?? Data())
        return bytes.count == 4 && bytes[0...2].elementsEqual("---".utf8) && (bytes[3] == 10 || bytes[3] == 13)
    }
}
