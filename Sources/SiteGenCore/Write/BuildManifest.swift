import Foundation

/// What the last successful build of an output folder was made from, kept in
/// `<site>/.sitegen-cache/`. When the inputs, the options and the clock window match and every
/// output file is still there, a build has nothing to do: the output would be byte-identical.
struct BuildManifest: Codable, Equatable {
    static let formatVersion = 1

    var version = Self.formatVersion
    /// Digest of every input file, the options and the tool.
    var fingerprint: String
    /// Clocks for which the output is the same.
    var window: ClockWindow
    /// Every output file and its size, to notice hand edits and deletions.
    var outputs: [String: Int]
    /// Warnings of that build, printed again when it is skipped.
    var warnings: [Diagnostic]

    /// The digest of a loaded site with its options.
    static func fingerprint(of source: SiteSource, options: BuildOptions, output: URL) -> String {
        var digest = Digest()
        digest.add("sitegen-manifest-\(formatVersion)")
        digest.add(options.toolVersion)
        digest.add("\(options.includeDrafts) \(options.baseURL?.absolute ?? "-") \(output.standardizedFileURL.path)")
        for file in [source.config].compactMap({ $0 }) + source.markdown + source.data + source.templates {
            digest.add(file.sourcePath)
            digest.add(file.text)
        }
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
              manifest.window.contains(now), outputsUnchanged(manifest.outputs) else { return nil }
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

    /// Every recorded file is there with its size, and nothing else is.
    private func outputsUnchanged(_ outputs: [String: Int]) -> Bool {
        let base = output.path
        guard outputs.allSatisfy({ path, size in POSIXFiles.size(of: base + "/" + path) == size }),
              let enumerator = FileManager.default.enumerator(atPath: base) else { return false }
        var count = 0
        while let path = enumerator.nextObject() as? String {
            if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { continue }
            guard outputs[path] != nil else { return false }
            count += 1
        }
        return count == outputs.count
    }
}
