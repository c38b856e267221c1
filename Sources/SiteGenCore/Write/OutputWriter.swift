#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        // A previous build to reuse unchanged files from (an empty folder is none).
        let previous = fileManager.fileExists(atPath: output.path + "/index.html") ? output.path : nil
        let folderKey = CacheStore.folderKey(output)
        let record = previous == nil ? [:] : plan.cache?.outputRecord(in: folderKey) ?? [:]
        do {
            if !record.isEmpty {
                let (sizes, entries) = try update(plan, staticFiles: staticFiles, record: record)
                plan.cache?.recordOutputs(entries, in: folderKey)
                return ([], sizes)
            }
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            let ownFolders = try Self.createFolders(for: plan.outputPaths, staticFiles: staticFiles.map(\.outputPath), in: staging)
            let (sizes, entries) = try Self.renderAll(plan, to: staging, ownFolders: ownFolders, previous: previous, record: record)
            try copyAll(staticFiles, to: staging, previous: previous)
            try swap(in: staging)
            plan.cache?.recordOutputs(entries, in: folderKey)
            return ([], sizes)
        } catch {
            try? fileManager.removeItem(at: staging)
            let left = record.isEmpty ? "the previous output was left as it was" : "every file in it is whole; the next build repairs the rest"
            return ([.error(output.path, "could not write the site: \((error as NSError).localizedDescription); \(left)")], [:])
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
            var parent = RelativePath.parent(path)
            entries[parent, default: 0] += 1
            while !parent.isEmpty, folders.insert(parent).inserted {
                parent = RelativePath.parent(parent)
                entries[parent, default: 0] += 1
            }
        }
        let renderedParents = Set(rendered.map { RelativePath.parent($0) })
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
                let parent = RelativePath.parent(file.outputPath)
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
        return try Self.written(plan, results)
    }

    /// Each written page's size and cache entry by output path; the first failure, thrown.
    private static func written(_ plan: RenderPlan, _ results: [Result<(Int, RebuildCache.OutputEntry?), POSIXFiles.Failure>])
        throws -> (sizes: [String: Int], entries: [String: RebuildCache.OutputEntry]) {
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
    /// from there instead (like unchanged pages in `renderAll`), and image renditions are
    /// hard-linked from the image cache, whose files never change once written.
    /// On all cores: a site with images publishes a thousand or more links.
    private func copyAll(_ files: [StaticFile], to folder: URL, previous: String?) throws {
        let root = self.root
        let failures = files.parallelMap { file -> String? in
            let source = root.appendingPathComponent(file.sourcePath), target = folder.appendingPathComponent(file.outputPath)
            if file.sourcePath.hasPrefix(ImageCache.relativeFolder + "/"), POSIXFiles.link(source.path, as: target.path) { return nil }
            if let previous {
                let old = previous + "/" + file.outputPath
                if POSIXFiles.sameContents(source.path, old), POSIXFiles.link(old, as: target.path) { return nil }
            }
            do {
                try FileManager.default.copyItem(at: source, to: target)
                return nil
            } catch {
                return (error as NSError).localizedDescription
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw CopyFailure(errorDescription: failure) }
    }

    /// A static file that could not be copied (the first, when several failed).
    private struct CopyFailure: LocalizedError {
        let errorDescription: String?
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

/// Updating an output folder in place, when the last build into it recorded every file it
/// wrote (`RebuildCache.outputRecord`). A staged build creates every folder and links every
/// file anew and then deletes the old tree, which on a 10,000-post site costs several times
/// what an edit re-renders; in place, an unchanged file is not touched at all.
///
/// Each changed file is written beside its name and renamed over it, so every file is always
/// whole, of the last build or of this one. The build manifest is forgotten before any of this
/// and the record is checked file by file (input digest and the file's stamp), so a build that
/// stops halfway leaves a folder the next build repairs completely.
extension OutputWriter {
    func update(_ plan: RenderPlan, staticFiles: [StaticFile],
                record: [String: RebuildCache.OutputEntry]) throws -> ([String: Int], [String: RebuildCache.OutputEntry]) {
        let base = output.path + "/"
        try removeStrays(keeping: Set(plan.outputPaths + staticFiles.map(\.outputPath)))
        for folder in Self.folders(of: plan.outputPaths + staticFiles.map(\.outputPath)).sorted() {
            try POSIXFiles.makeDirectory(base + folder)
        }
        let results = plan.execute { file, prepared, templates -> Result<(Int, RebuildCache.OutputEntry?), POSIXFiles.Failure> in
            let target = base + file.outputPath
            let stamp = FileStamp.of(target)
            if let digest = prepared.digest, let entry = record[file.outputPath], entry.digest == digest, stamp == entry.stamp {
                return .success((Int(entry.stamp.size), entry))
            }
            let contents = prepared.make(templates)
            do {
                if stamp == nil || !POSIXFiles.holds(contents, at: target) { try Self.replace(target, with: contents) }
            } catch let failure as POSIXFiles.Failure {
                return .failure(failure)
            } catch {
                return .failure(POSIXFiles.Failure(path: target, code: EIO))
            }
            let entry = prepared.digest.flatMap { digest in FileStamp.of(target).map { RebuildCache.OutputEntry(digest: digest, stamp: $0) } }
            return .success((contents.utf8.count, entry))
        }
        let (sizes, entries) = try Self.written(plan, results)
        for file in staticFiles {
            let source = root.appendingPathComponent(file.sourcePath).path, target = base + file.outputPath
            if POSIXFiles.sameContents(source, target) { continue }
            let temporary = Self.temporaryName(for: target)
            try? FileManager.default.removeItem(atPath: temporary)
            try FileManager.default.copyItem(atPath: source, toPath: temporary)
            guard rename(temporary, target) == 0 else { throw POSIXFiles.Failure(path: target, code: errno) }
        }
        return (sizes, entries)
    }

    /// Writes `contents` beside `target` and renames it over `target`.
    static func replace(_ target: String, with contents: String) throws {
        let temporary = temporaryName(for: target)
        try POSIXFiles.write(contents, to: temporary)
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            throw POSIXFiles.Failure(path: target, code: errno)
        }
    }

    static func temporaryName(for target: String) -> String {
        let name = (target as NSString).lastPathComponent
        return (target as NSString).deletingLastPathComponent + "/.\(name).sitegen-\(getpid()).tmp"
    }

    /// Every folder that holds an output file, parents included (relative paths).
    static func folders(of paths: [String]) -> Set<String> {
        var folders = Set<String>()
        for path in paths {
            var parent = RelativePath.parent(path)
            while !parent.isEmpty, folders.insert(parent).inserted { parent = RelativePath.parent(parent) }
        }
        return folders
    }

    /// Removes everything in the output folder that this build does not write: files of pages
    /// that are gone, folders no output needs, and anything else that was put there.
    private func removeStrays(keeping files: Set<String>) throws {
        let folders = Self.folders(of: Array(files))
        var strays: [String] = []
        guard OutputTree.walkEntries(output.path, relative: "", visit: { path, kind in
            let keep = kind == .folder ? folders.contains(path) : kind == .file && files.contains(path)
            if !keep { strays.append(path) }
            return keep  // descend only into folders that stay
        }) else { throw POSIXFiles.Failure(path: output.path, code: EIO) }
        for stray in strays {
            let full = output.path + "/" + stray
            if unlink(full) != 0 { try FileManager.default.removeItem(atPath: full) }
        }
    }
}
