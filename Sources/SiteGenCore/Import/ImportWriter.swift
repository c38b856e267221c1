#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Why an import wrote nothing.
public enum ImportFailure: Error, Equatable, CustomStringConvertible {
    /// Files the import would have written already exist (relative to the site root).
    case existing([String])
    /// A file could not be written or copied.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .existing(let paths):
            let shown = paths.prefix(5).joined(separator: ", ") + (paths.count > 5 ? " and \(paths.count - 5) more" : "")
            return "\(shown) already exist\(paths.count == 1 ? "s" : ""); an import never replaces a file, so nothing was written (move them away or import --into another folder)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason); nothing was written"
        }
    }
}

/// Writes an import plan into a site: first into a staging folder inside it, then each file
/// is linked into place, never over an existing file. Any failure removes what was placed,
/// so a failed import leaves the site as it was.
public struct ImportWriter: Sendable {
    /// The site the import writes into.
    public let root: URL
    /// The import source, which copied files come from.
    public let source: URL

    public init(root: URL, source: URL) {
        self.root = root.standardizedFileURL
        self.source = source.standardizedFileURL
    }

    /// Writes every file of the plan and, when `settings` is true, `site.yaml`. `progress`
    /// hears (files written, all files) as the staging proceeds.
    public func write(_ plan: ImportPlan, settings: Bool, progress: (Int, Int) -> Void = { _, _ in }) -> Result<Void, ImportFailure> {
        var files = plan.files
        if settings { files.append(.init(path: "site.yaml", content: .text(plan.settings.yaml))) }
        let existing = files.map(\.path).filter { FileManager.default.fileExists(atPath: root.path + "/" + $0) }
        guard existing.isEmpty else { return .failure(.existing(existing)) }
        let createdRoot = !FileManager.default.fileExists(atPath: root.path)
        let staging = root.appendingPathComponent(".sitegen-import-\(getpid())")
        defer {
            try? FileManager.default.removeItem(at: staging)
        }
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            return .failure(.cannotWrite(path: root.path, reason: (error as NSError).localizedDescription))
        }
        for (index, file) in files.enumerated() {
            if let failure = stage(file, in: staging) {
                if createdRoot { try? FileManager.default.removeItem(at: root) }
                return .failure(failure)
            }
            progress(index + 1, files.count)
        }
        let result = place(files.map(\.path), from: staging)
        if case .failure = result, createdRoot { try? FileManager.default.removeItem(at: root) }
        return result
    }

    private func stage(_ file: ImportPlan.File, in staging: URL) -> ImportFailure? {
        let target = staging.appendingPathComponent(file.path)
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            switch file.content {
            case .text(let text): try Data(text.utf8).write(to: target)
            case .copy(let from): try FileManager.default.copyItem(at: source.appendingPathComponent(from), to: target)
            }
            return nil
        } catch {
            return .cannotWrite(path: file.path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Links each staged file into place (`link` fails rather than replace a file that
    /// appeared meanwhile); on a failure, removes the files and folders placed so far.
    private func place(_ paths: [String], from staging: URL) -> Result<Void, ImportFailure> {
        var placed: [String] = [], createdFolders: [String] = []
        for path in paths {
            var folder = RelativePath.parent(path)
            var missing: [String] = []
            while !folder.isEmpty, !FileManager.default.fileExists(atPath: root.path + "/" + folder) {
                missing.append(folder)
                folder = RelativePath.parent(folder)
            }
            for folder in missing.reversed() where mkdir(root.path + "/" + folder, 0o755) == 0 { createdFolders.append(folder) }
            if link(staging.path + "/" + path, root.path + "/" + path) != 0 {
                let reason = String(cString: strerror(errno))
                for done in placed.reversed() { unlink(root.path + "/" + done) }
                for folder in createdFolders.reversed() { rmdir(root.path + "/" + folder) }
                return .failure(errno == EEXIST ? .existing([path]) : .cannotWrite(path: path, reason: reason))
            }
            placed.append(path)
        }
        return .success(())
    }
}
