import Foundation
import SiteGenCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension WatchSnapshot {
    /// What `sitegen serve` watches, relative to the site root.
    static let watchedPaths = ["site.yaml", "content", "templates"]

    /// Stamps every file below the watched paths of a site root. Hidden entries and
    /// backup files (`a.md~`) are skipped, as editors write them next to the real file;
    /// linked folders are not entered (the stat of a linked file is its target's).
    static func scan(root: URL, paths: [String] = watchedPaths) -> WatchSnapshot {
        var files: [String: FileStamp] = [:]
        for path in paths { scan(root.path + "/" + path, relative: path, into: &files) }
        return WatchSnapshot(files: files)
    }

    private static func scan(_ absolute: String, relative: String, into files: inout [String: FileStamp]) {
        var info = stat()
        guard lstat(absolute, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard stat(absolute, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { return }
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            files[relative] = FileStamp(info)
            return
        }
        for name in DirectoryReader.names(atPath: absolute) ?? [] where !name.hasPrefix(".") && !name.hasSuffix("~") {
            scan(absolute + "/" + name, relative: relative + "/" + name, into: &files)
        }
    }
}

extension FileStamp {
    init(_ info: stat) {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        self.init(size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec), inode: UInt64(info.st_ino))
    }
}
