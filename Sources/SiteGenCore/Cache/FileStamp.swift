#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's identity as `stat` reports it: size, modification time to the nanosecond and
/// inode. Equal stamps mean an unchanged file, except for a change within the same second as
/// the stamp was recorded (see `RebuildCache.trustedBefore`).
struct FileStamp: Codable, Equatable, Sendable {
    var size: Int64
    var mtimeSeconds: Int
    var mtimeNanoseconds: Int
    var inode: UInt64

    /// The stamp of the file at `path` (links followed), nil when it cannot be read.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(info)
    }

    /// The stamp of `name` in the folder open as `descriptor`, without following a link.
    static func of(_ name: String, in descriptor: Int32) -> FileStamp? {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return FileStamp(info)
    }

    init(size: Int64, mtimeSeconds: Int, mtimeNanoseconds: Int, inode: UInt64) {
        self.size = size
        self.mtimeSeconds = mtimeSeconds
        self.mtimeNanoseconds = mtimeNanoseconds
        self.inode = inode
    }

    private init(_ info: stat) {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        size = Int64(info.st_size)
        mtimeSeconds = Int(time.tv_sec)
        mtimeNanoseconds = Int(time.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}
