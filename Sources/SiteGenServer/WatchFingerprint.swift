import SiteGenCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cheap summary of the watched files for the idle poll: the names and stamps of the
/// same files `WatchSnapshot.scan` sees, hashed while walking folders by descriptor, so
/// no path string or dictionary is built. Equal fingerprints mean nothing changed; only
/// when it differs does the watcher take a full snapshot to name the changes.
enum WatchFingerprint {
    static func take(root: String, paths: [String] = WatchSnapshot.watchedPaths) -> Int {
        var hasher = Hasher()
        let rootDescriptor = open(root, O_RDONLY | O_DIRECTORY)
        guard rootDescriptor >= 0 else { return hasher.finalize() }
        defer { close(rootDescriptor) }
        for path in paths { path.withCString { visit(rootDescriptor, $0, into: &hasher) } }
        return hasher.finalize()
    }

    /// Hashes one entry of a folder: a file's name and stamp, or a folder's entries.
    private static func visit(_ folder: Int32, _ name: UnsafePointer<CChar>, into hasher: inout Hasher) {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard fstatat(folder, name, &info, 0) == 0, info.st_mode & S_IFMT != S_IFDIR else { return }
        }
        hasher.combine(bytes: UnsafeRawBufferPointer(start: name, count: strlen(name)))
        guard info.st_mode & S_IFMT == S_IFDIR else {
            let stamp = FileStamp(info)
            hasher.combine(stamp.size)
            hasher.combine(stamp.modified)
            hasher.combine(stamp.inode)
            return
        }
        let descriptor = openat(folder, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        for child in DirectoryReader.names(inDescriptor: descriptor) ?? [] where !child.hasPrefix(".") && !child.hasSuffix("~") {
            child.withCString { visit(descriptor, $0, into: &hasher) }  // hidden entries and "a.md~" backups are skipped
        }
        hasher.combine(0xFF as UInt8)
    }
}
