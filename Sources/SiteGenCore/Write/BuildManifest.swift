#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What the last successful build of an output folder was made from, kept in
/// `<site>/.sitegen-cache/`. When the inputs, the options and the clock window match and every
/// output file is still there, a build has nothing to do: the output would be byte-identical.
struct BuildManifest: Codable, Equatable {
    static let formatVersion = 3

    var version = Self.formatVersion
    /// Digest of every input file, the options and the tool.
    var fingerprint: String
    /// Clocks for which the output is the same.
    var window: ClockWindow
    /// Digest of every output file's path and size (`OutputTree`), to notice hand edits,
    /// deletions and additions in the output folder.
    var outputs: String
    /// Warnings of that build, printed again when it is skipped.
    var warnings: [Diagnostic]

    /// The digest of a loaded site with its options.
    static func fingerprint(of source: LoadedSite, options: BuildOptions, output: URL) -> String {
        var digest = Digest()
        digest.add("sitegen-manifest-\(formatVersion)")
        digest.add(options.toolVersion)
        digest.add("\(options.includeDrafts) \(options.baseURL?.absolute ?? "-") \(output.standardizedFileURL.path)")
        source.add(to: &digest)
        for file in source.staticFiles {
            digest.add("\(file.sourcePath) \(file.outputPath) \(file.stamp)")
        }
        return digest.hex
    }
}

/// Reads and writes build manifests for one output folder.
struct BuildCache {
    let file: URL
    let output: URL

    init(root: URL, output: URL) {
        var digest = Digest()
        digest.add(output.standardizedFileURL.path)
        self.file = root.appendingPathComponent(".sitegen-cache/build-\(digest.hex.prefix(16)).json")
        self.output = output
    }

    /// The manifest of the last build, when it still describes the output for these inputs and this clock.
    func upToDate(fingerprint: String, now: Date) -> BuildManifest? {
        guard let data = try? Data(contentsOf: file),
              let manifest = try? JSONDecoder().decode(BuildManifest.self, from: data),
              manifest.version == BuildManifest.formatVersion, manifest.fingerprint == fingerprint,
              manifest.window.contains(now), OutputTree.digest(of: output.path) == manifest.outputs else { return nil }
        return manifest
    }

    /// Records a successful build; a failure to write only costs the next build its shortcut.
    func save(_ manifest: BuildManifest) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(manifest) else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: file)
    }

    /// Forgets the last build (before writing a new one, so a crash never leaves a stale manifest).
    func invalidate() {
        try? FileManager.default.removeItem(at: file)
    }
}

/// The files of an output folder as one digest of their paths and sizes, read with one
/// directory walk (`DirectoryReader`) and one `fstatat` per file (Foundation's enumerator built an attribute
/// dictionary for every entry, which was a third of an up-to-date check).
enum OutputTree {
    /// Digest of the sorted `path size` lines of every file below `folder`; nil when it
    /// cannot be read.
    static func digest(of folder: String) -> String? {
        var entries: [String] = []
        guard walk(folder, relative: "", into: &entries) else { return nil }
        return digest(entries)
    }

    /// The digest a folder holding exactly these files (relative path → size) will have.
    static func digest(of sizes: [String: Int]) -> String {
        digest(sizes.map { "\($0.key) \($0.value)" })
    }

    private static func digest(_ entries: [String]) -> String {
        var digest = Digest()
        for entry in entries.sorted() { digest.add(entry) }
        return digest.hex
    }

    /// What a folder entry is, without following links.
    enum EntryKind { case folder, file, other }

    /// Calls `visit` with the relative path and kind of every entry below `path`, descending
    /// into a folder only when `visit` returns true for it; false when a folder cannot be read.
    static func walkEntries(_ path: String, relative: String, visit: (String, EntryKind) -> Bool) -> Bool {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard let entries = DirectoryReader.entries(inDescriptor: descriptor) else { return false }
        for (name, type) in entries {
            var kind: EntryKind
            switch type {
            case .folder: kind = .folder
            case .file: kind = .file
            case .other: kind = .other
            case .unknown:  // the file system does not say: ask
                var info = stat()
                guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
                kind = info.st_mode & S_IFMT == S_IFDIR ? .folder : info.st_mode & S_IFMT == S_IFREG ? .file : .other
            }
            let child = relative.isEmpty ? name : relative + "/" + name
            if kind == .folder {
                if visit(child, .folder), !walkEntries(path + "/" + name, relative: child, visit: visit) { return false }
            } else {
                _ = visit(child, kind)
            }
        }
        return true
    }

    private static func walk(_ path: String, relative: String, into entries: inout [String]) -> Bool {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard let names = DirectoryReader.names(inDescriptor: descriptor) else { return false }
        for name in names {
            var info = stat()
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
            let child = relative.isEmpty ? name : relative + "/" + name
            switch info.st_mode & S_IFMT {
            case S_IFDIR: guard walk(path + "/" + name, relative: child, into: &entries) else { return false }
            case S_IFREG: entries.append("\(child) \(info.st_size)")
            default: entries.append("\(child) special")
            }
        }
        return true
    }
}
