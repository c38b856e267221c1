import Foundation

/// The write stage: writes every file into a staging folder beside the output,
/// then swaps it in. On any failure the staging folder is removed and the previous
/// output stays exactly as it was.
public struct OutputWriter: Sendable {
    /// The site root, for copying static files.
    public var root: URL
    /// The output folder (`public/`).
    public var output: URL

    public init(root: URL, output: URL) {
        self.root = root.standardizedFileURL
        self.output = output.standardizedFileURL
    }

    public func write(_ files: [OutputFile], staticFiles: [StaticFile]) -> [Diagnostic] {
        if let refusal = OutputGuard.check(output: output, root: root) { return [refusal] }
        if let refusal = refuseForeignFolder() { return [refusal] }
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            try Self.createFolders(for: files.map(\.outputPath) + staticFiles.map(\.outputPath), in: staging)
            try Self.writeAll(files, to: staging)
            try copyAll(staticFiles, to: staging)
            try swap(in: staging)
            return []
        } catch {
            try? fileManager.removeItem(at: staging)
            return [.error(output.path, "could not write the site: \((error as NSError).localizedDescription); the previous output was left as it was")]
        }
    }

    /// An existing, non-empty output folder must look like a built site (have `index.html`),
    /// so a mistyped `--output ~/Documents` never deletes anything.
    private func refuseForeignFolder() -> Diagnostic? {
        let fileManager = FileManager.default
        guard let entries = try? fileManager.contentsOfDirectory(atPath: output.path), !entries.isEmpty else { return nil }
        if entries.contains("index.html") { return nil }
        return .error(output.path, "refusing to replace this folder: it is not empty and has no index.html, so it does not look like a built site")
    }

    private static func createFolders(for paths: [String], in folder: URL) throws {
        var folders = Set<String>()
        for path in paths {
            var parent = (path as NSString).deletingLastPathComponent
            while !parent.isEmpty, folders.insert(parent).inserted { parent = (parent as NSString).deletingLastPathComponent }
        }
        // Sorted, so every parent comes before its children.
        for relative in folders.sorted() {
            try POSIXFiles.makeDirectory(folder.appendingPathComponent(relative).path)
        }
    }

    private static func writeAll(_ files: [OutputFile], to folder: URL) throws {
        let base = folder.path
        let failures = files.parallelMap { file -> String? in
            do {
                try POSIXFiles.write(file.contents, to: base + "/" + file.outputPath)
                return nil
            } catch {
                return "\(error)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: failure])
        }
    }

    private func copyAll(_ files: [StaticFile], to folder: URL) throws {
        for file in files {
            try FileManager.default.copyItem(at: root.appendingPathComponent(file.sourcePath), to: folder.appendingPathComponent(file.outputPath))
        }
    }

    /// Moves the old output aside, moves staging in, then deletes the old output.
    private func swap(in staging: URL) throws {
        let fileManager = FileManager.default
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? fileManager.removeItem(at: old)
        let hadOutput = fileManager.fileExists(atPath: output.path)
        if hadOutput { try fileManager.moveItem(at: output, to: old) }
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            if hadOutput { try? fileManager.moveItem(at: old, to: output) }
            throw error
        }
        try? fileManager.removeItem(at: old)
    }
}
