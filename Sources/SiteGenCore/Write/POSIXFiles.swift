#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Plain POSIX file writes for the staging folder. Foundation's `Data.write(to:)` fsyncs every
/// file and `createDirectory` stats every path component; for a thousand pages that was most
/// of the build's wall time. The staging folder is swapped in only after every write succeeded,
/// so per-file durability buys nothing here (Hugo does not fsync either).
enum POSIXFiles {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    /// Size in bytes of a regular file, nil when there is none.
    static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// `size:modification-time:inode` of a file, to notice that it changed (an editor's
    /// write-to-temporary-then-rename gives a new inode even within one clock tick).
    static func stamp(of path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "missing" }
        return "\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ino)"
    }

    /// The whole file at `path` (one `fstat`, then `read` until the end).
    static func read(_ path: String) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Failure(path: path, code: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(Failure(path: path, code: errno)) }
        // Read straight into uninitialized room (zeroing it first touched every page twice:
        // the build cache reads hundreds of megabytes), one byte more than the size, so the
        // read that finds the end needs no new room.
        var capacity = Int(info.st_size) + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            initialized = readAll(descriptor, into: UnsafeMutableRawBufferPointer(buffer), failure: &failure)
        }
        while failure == 0 && bytes.count == capacity {  // it grew since fstat
            capacity *= 2
            bytes.reserveCapacity(capacity)
            let known = bytes.count
            let more = [UInt8](unsafeUninitializedCapacity: capacity - known) { buffer, initialized in
                initialized = readAll(descriptor, into: UnsafeMutableRawBufferPointer(buffer), failure: &failure)
            }
            bytes += more
            if more.count < capacity - known { break }
        }
        guard failure == 0 else { return .failure(Failure(path: path, code: failure)) }
        return .success(bytes)
    }

    /// Whether the regular file at `path` (not a symbolic link) holds exactly `text`'s UTF-8 bytes.
    static func holds(_ text: String, at path: String) -> Bool {
        var text = text
        return text.withUTF8 { expected in
            let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == expected.count else { return false }
            guard !expected.isEmpty else { return true }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: expected.count, alignment: 1)
            defer { buffer.deallocate() }
            return readFully(descriptor, buffer.baseAddress!, expected.count)
                && memcmp(buffer.baseAddress!, expected.baseAddress!, expected.count) == 0
        }
    }

    /// Whether two regular files hold the same bytes (sizes first, then 64 KiB at a time);
    /// `second` must not be a symbolic link (it is the one that gets linked).
    static func sameContents(_ first: String, _ second: String) -> Bool {
        let a = open(first, O_RDONLY | O_CLOEXEC), b = open(second, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        defer { if a >= 0 { close(a) }; if b >= 0 { close(b) } }
        var infoA = stat(), infoB = stat()
        guard a >= 0, b >= 0, fstat(a, &infoA) == 0, fstat(b, &infoB) == 0,
              infoA.st_mode & S_IFMT == S_IFREG, infoB.st_mode & S_IFMT == S_IFREG, infoA.st_size == infoB.st_size else { return false }
        let size = 65536
        let bufferA = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16), bufferB = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { bufferA.deallocate(); bufferB.deallocate() }
        var remaining = Int(infoA.st_size)
        while remaining > 0 {
            let chunk = min(size, remaining)
            guard readFully(a, bufferA, chunk), readFully(b, bufferB, chunk), memcmp(bufferA, bufferB, chunk) == 0 else { return false }
            remaining -= chunk
        }
        return true
    }

    /// Reads until the end of the file or the buffer is full; the count read. A read error
    /// sets `failure` to its errno.
    private static func readAll(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, failure: inout Int32) -> Int {
        var count = 0
        while count < buffer.count {
            let read = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if read < 0 {
                if errno == EINTR { continue }
                failure = errno
                return count
            }
            if read == 0 { break }
            count += read
        }
        return count
    }

    private static func readFully(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Bool {
        var done = 0
        while done < count {
            let read = Glibc.read(descriptor, buffer + done, count - done)
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { return false }
            done += read
        }
        return true
    }

    /// A second name for the file at `existing`; false when it cannot be made (another file
    /// system, a folder, no such file).
    static func link(_ existing: String, as path: String) -> Bool {
        Glibc.link(existing, path) == 0
    }

    /// Creates `path`; an existing folder is fine. Parents must exist.
    static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw Failure(path: path, code: errno) }
    }

    /// Writes `text` as UTF-8 to a new file at `path` (truncating any existing one).
    static func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path) }
    }

    /// Writes `bytes` to a new file at `path` (truncating any existing one).
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, code: errno)
            }
            offset += written
        }
    }
}
