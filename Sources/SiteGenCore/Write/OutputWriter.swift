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

    /// Renders every planned file straight into the staging folder, on all cores, so no page
    /// is held in memory after it is written; returns the byte size of every file written.
    public func write(_ plan: RenderPlan, staticFiles: [StaticFile]) -> (diagnostics: [Diagnostic], sizes: [String: Int]) {
        if let refusal = OutputGuard.check(output: output, root: root) { return ([refusal], [:]) }
        if let refusal = refuseForeignFolder() { return ([refusal], [:]) }
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            let ownFolders = try Self.createFolders(for: plan.outputPaths, staticFiles: staticFiles.map(\.outputPath), in: staging)
            // A previous build to reuse unchanged files from (an empty folder is none).
            let previous = fileManager.fileExists(atPath: output.path + "/index.html") ? output.path : nil
            let folderKey = CacheStore.folderKey(output)
            let record = previous == nil ? [:] : plan.cache?.outputRecord(in: folderKey) ?? [:]
            let (sizes, entries) = try Self.renderAll(plan, to: staging, ownFolders: ownFolders, previous: previous, record: record)
            try copyAll(staticFiles, to: staging, previous: previous)
            try swap(in: staging)
            plan.cache?.recordOutputs(entries, in: folderKey)
            return ([], sizes)
        } catch {
            try? fileManager.removeItem(at: staging)
            return ([.error(output.path, "could not write the site: \((error as NSError).localizedDescription); the previous output was left as it was")], [:])
        }
    }

    /// An existing, non-empty output folder must look like a built site (have `index.html`),
    /// so a mistyped `--output ~/Documents` never deletes anything.
    private func refuseForeignFolder() -> Diagnostic? {
        guard let entries = DirectoryReader.names(atPath: output.path), !entries.isEmpty else { return nil }
        if entries.contains("index.html") { return nil }
        return .error(output.path, "refusing to replace this folder: it is not empty and has no index.html, so it does not look like a built site")
    }

    /// Creates every folder the output needs, except those holding nothing but one rendered
    /// file (`posts/<slug>/`): the worker that writes the file creates its folder, so folder
    /// creation is spread over the cores too. Returns the folders left to the workers.
    private static func createFolders(for rendered: [String], staticFiles: [String], in folder: URL) throws -> Set<String> {
        var entries: [String: Int] = [:]  // folder → files and folders directly in it
        var folders = Set<String>()
        for path in rendered + staticFiles {
            var parent = (path as NSString).deletingLastPathComponent
            entries[parent, default: 0] += 1
            while !parent.isEmpty, folders.insert(parent).inserted {
                parent = (parent as NSString).deletingLastPathComponent
                entries[parent, default: 0] += 1
            }
        }
        let renderedParents = Set(rendered.map { ($0 as NSString).deletingLastPathComponent })
        let ownFolders = Set(folders.filter { entries[$0] == 1 && renderedParents.contains($0) })
        // Sorted, so every parent comes before its children.
        for relative in folders.subtracting(ownFolders).sorted() {
            try POSIXFiles.makeDirectory(folder.appendingPathComponent(relative).path)
        }
        return ownFolders
    }

    /// Renders and writes every planned file. A page whose bytes equal the file at the same path
    /// in the previous output is hard-linked from there instead of written again: no new inode,
    /// no new data, and it keeps its modification time, so `aws s3 sync` or `rsync` upload only
    /// what changed. (The previous output is moved away whole at the swap, so no file is shared
    /// with anything afterwards.)
    ///
    /// A page is not rendered at all when the last build recorded the same input digest for it
    /// (`record`) and the previous output's file is still the very file it wrote (same inode,
    /// size and modification time): that file is linked instead. Returns every file's size and
    /// the record of this build.
    private static func renderAll(_ plan: RenderPlan, to folder: URL, ownFolders: Set<String>, previous: String?,
                                  record: [String: RebuildCache.OutputEntry]) throws -> ([String: Int], [String: RebuildCache.OutputEntry]) {
        let base = folder.path + "/"
        let results = plan.execute { file, prepared, templates -> Result<(Int, RebuildCache.OutputEntry?), POSIXFiles.Failure> in
            do {
                let parent = (file.outputPath as NSString).deletingLastPathComponent
                if ownFolders.contains(parent) { try POSIXFiles.makeDirectory(base + parent) }
                let target = base + file.outputPath
                if let previous, let digest = prepared.digest, let entry = record[file.outputPath], entry.digest == digest {
                    let old = previous + "/" + file.outputPath
                    if FileStamp.of(old) == entry.stamp, POSIXFiles.link(old, as: target) { return .success((Int(entry.stamp.size), entry)) }
                }
                let contents = prepared.make(templates)
                if let previous, POSIXFiles.holds(contents, at: previous + "/" + file.outputPath), POSIXFiles.link(previous + "/" + file.outputPath, as: target) {
                } else {
                    try POSIXFiles.write(contents, to: target)
                }
                let entry = prepared.digest.flatMap { digest in FileStamp.of(target).map { RebuildCache.OutputEntry(digest: digest, stamp: $0) } }
                return .success((contents.utf8.count, entry))
            } catch let failure as POSIXFiles.Failure {
                return .failure(failure)
            } catch {
                return .failure(POSIXFiles.Failure(path: base + file.outputPath, code: EIO))
            }
        }
        var sizes: [String: Int] = [:], entries: [String: RebuildCache.OutputEntry] = [:]
        for (file, result) in zip(plan.files, results) {
            switch result {
            case .success(let (size, entry)):
                sizes[file.outputPath] = size
                entries[file.outputPath] = entry
            case .failure(let failure): throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: failure.description])
            }
        }
        return (sizes, entries)
    }

    /// Copies the static files; one whose bytes equal the previous output's copy is hard-linked
    /// from there instead (like unchanged pages in `renderAll`).
    private func copyAll(_ files: [StaticFile], to folder: URL, previous: String?) throws {
        for file in files {
            let source = root.appendingPathComponent(file.sourcePath), target = folder.appendingPathComponent(file.outputPath)
            if let previous {
                let old = previous + "/" + file.outputPath
                if POSIXFiles.sameContents(source.path, old), POSIXFiles.link(old, as: target.path) { continue }
            }
            try FileManager.default.copyItem(at: source, to: target)
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
