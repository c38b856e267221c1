import Foundation
import NIOCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The site root as an open folder, and the only code in the server that opens files.
///
/// Static files are opened through the folder's descriptor one path component at a time,
/// every folder with `O_NOFOLLOW | O_DIRECTORY` and the file with `O_NOFOLLOW`: a symbolic
/// link anywhere on the way (an asset replaced by a link to `/etc/passwd`) fails the open
/// instead of being followed. The descriptor follows the folder when it is renamed, so the
/// last good build's assets stay readable after `mv site site2`.
final class SiteFolder: Sendable {
    /// The file system identity of a file: which one it is, not what it holds.
    struct Identity: Sendable, Equatable {
        var device: UInt64
        var inode: UInt64
    }

    private let descriptor: Int32
    /// The root's real path (links resolved) when the folder was opened.
    let realRoot: String

    /// Opens `root`; nil when it is not a readable folder.
    init?(root: URL) {
        let descriptor = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard let real = Self.realPath(root.path) else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        realRoot = real
    }

    deinit { close(descriptor) }

    /// Where a site-relative source path really is, relative to the real root (links the
    /// loader followed inside the root resolved); nil when it resolves outside the root.
    func realRelativePath(of sourcePath: String) -> String? {
        guard let real = Self.realPath(realRoot + "/" + sourcePath), real.hasPrefix(realRoot + "/") else { return nil }
        return String(real.dropFirst(realRoot.count + 1))
    }

    /// Opens a regular file by its real relative path without following any link; nil when
    /// a component is a link, missing, or the file is not a regular file.
    func openFile(_ realRelativePath: String) -> OpenFile? {
        let components = realRelativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !components.isEmpty, !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
        var folder = dup(descriptor)
        guard folder >= 0 else { return nil }
        for name in components.dropLast() {
            let next = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            close(folder)
            guard next >= 0 else { return nil }
            folder = next
        }
        let file = openat(folder, components[components.count - 1], O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        close(folder)
        guard file >= 0 else { return nil }
        return OpenFile(adopting: file)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// A regular file opened by `SiteFolder`, closed when the last reference goes (a response
/// body streaming it holds one).
final class OpenFile: Sendable {
    private let descriptor: Int32
    let identity: SiteFolder.Identity
    let size: Int

    /// Takes over `descriptor`; nil (and closed) unless it is a regular file.
    fileprivate init?(adopting descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        identity = SiteFolder.Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// Up to `count` bytes from `offset`; empty at the end of the file, nil on a read error.
    func read(at offset: Int, count: Int) -> ByteBuffer? {
        var buffer = ByteBufferAllocator().buffer(capacity: count)
        var failed = false
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: count) { bytes in
            let got = pread(descriptor, bytes.baseAddress, count, off_t(offset))
            failed = got < 0
            return max(0, got)
        }
        return failed ? nil : buffer
    }

    /// The whole file (as long as it is now), for files small enough to hold.
    func readAll() -> ByteBuffer? {
        var whole = ByteBufferAllocator().buffer(capacity: size)
        while true {
            guard var chunk = read(at: whole.readableBytes, count: 256 * 1024) else { return nil }
            if chunk.readableBytes == 0 { return whole }
            whole.writeBuffer(&chunk)
        }
    }
}
