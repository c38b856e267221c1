import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `.sitegen-cache/images/`: one folder per processed original, named by a digest of its
/// bytes and of every setting that changes its files, holding the renditions and `info`
/// (`CachedImage`). `sitegen build`, `check` and `serve` share it; deleting it only costs time.
///
/// An entry is written into a private folder and renamed into place whole, so a reader (another
/// sitegen process) never sees half an entry. Entries are never changed after that, which is
/// why the write stage may hard-link their files into the output. `stamps` remembers which
/// key each original had at which size, modification time and inode, so an unchanged original
/// is not read and digested again.
struct ImageCache: Sendable {
    /// The cache folder, relative to the site root.
    static let relativeFolder = ".sitegen-cache/images"
    /// Entries unused for this long are deleted (entries the current build uses never are).
    static let pruneAge: TimeInterval = 7 * 24 * 3600

    /// Absolute path of the cache folder.
    let folder: String

    init(root: URL) {
        folder = root.standardizedFileURL.path + "/" + Self.relativeFolder
    }

    /// The entry for `key`, if one was stored.
    func entry(_ key: String) -> CachedImage? {
        guard case .success(let bytes) = POSIXFiles.read("\(folder)/\(key)/info") else { return nil }
        return CachedImage(text: String(decoding: bytes, as: UTF8.self))
    }

    /// Stores an entry with its files (by name); false when it could not be written (the
    /// build goes on without caching it).
    @discardableResult
    func store(_ image: CachedImage, files: [String: [UInt8]], key: String) -> Bool {
        let temporary = "\(folder)/.new-\(key)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        do {
            try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
            for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
                try bytes.withUnsafeBytes { try POSIXFiles.write($0, to: "\(temporary)/\(name)") }
            }
            try POSIXFiles.write(image.text, to: "\(temporary)/info")
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            return false
        }
        // Another process may have stored the same key meanwhile; its entry is as good.
        if rename(temporary, "\(folder)/\(key)") != 0 { try? FileManager.default.removeItem(atPath: temporary) }
        return true
    }

    /// The file of an entry holding the original's bytes: the build publishes the original by
    /// hard link from here, like the renditions, so a build with every image cached copies no
    /// image, and the published original is always the one its renditions were made from.
    static let originalName = "original"

    /// The path of a file of an entry, relative to the site root.
    static func sourcePath(key: String, file: String) -> String {
        "\(relativeFolder)/\(key)/\(file)"
    }

    /// Original (`sourcePath`) and stamp → key, as the last build saw them.
    func stamps() -> [String: String] {
        guard case .success(let bytes) = POSIXFiles.read("\(folder)/stamps") else { return [:] }
        var stamps: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            stamps[Self.stampKey(String(fields[2]), stamp: String(fields[1]))] = String(fields[0])
        }
        return stamps
    }

    /// Replaces the stamps file with this build's originals, unless they are the ones it
    /// holds (`old`); returns whether the cache folder exists (a site without raster images
    /// never gets one).
    func saveStamps(_ entries: [(sourcePath: String, stamp: String, key: String)], replacing old: [String: String]) -> Bool {
        let recorded = entries.filter { !$0.sourcePath.contains(where: { $0 == "\n" || $0 == "\t" }) }
        let new = Dictionary(recorded.map { (Self.stampKey($0.sourcePath, stamp: $0.stamp), $0.key) }, uniquingKeysWith: { first, _ in first })
        guard new != old else { return !old.isEmpty }
        let lines = recorded.sorted { $0.sourcePath < $1.sourcePath }.map { "\($0.key)\t\($0.stamp)\t\($0.sourcePath)\n" }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = "\(folder)/.stamps-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard (try? POSIXFiles.write(lines.joined(), to: temporary)) != nil else { return false }
        if rename(temporary, "\(folder)/stamps") != 0 { unlink(temporary) }
        return true
    }

    static func stampKey(_ sourcePath: String, stamp: String) -> String { sourcePath + "\u{0}" + stamp }

    /// Deletes entries that are not in `used` and were last used more than `pruneAge` ago, and
    /// marks the used ones as used now (once a day is enough). Housekeeping only: the clock
    /// read here never reaches the output.
    func prune(keeping used: Set<String>, now: TimeInterval = Date().timeIntervalSince1970) {
        guard let names = DirectoryReader.names(atPath: folder) else { return }
        for name in names where name != "stamps" {
            let path = "\(folder)/\(name)"
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let age = now - TimeInterval(info.st_mtim.tv_sec)
            if used.contains(name) {
                if age > 24 * 3600 { utimes(path, nil) }
            } else if age > (name.hasPrefix(".") ? 24 * 3600 : Self.pruneAge) {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }
}
