#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one reader of folder entries: the only code that calls `opendir`, `fdopendir`,
/// `readdir` or touches a `dirent`. Every walker (the loader, the up-to-date check, the
/// watcher) lists folders through it.
///
/// A `dirent` is only guaranteed up to the NUL that ends its name (`d_reclen` bytes), not
/// the whole 256-byte `d_name` array, so a name is read with `strnlen` bounded by
/// `d_reclen` and copied into a `String` at once. The `DIR` is opened and closed inside
/// each call; no entry outlives it.
public enum DirectoryReader {
    /// The names in the folder at `path`, without `.` and `..`, in the order the system
    /// lists them; nil when it cannot be opened as a folder.
    public static func names(atPath path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        return names(of: directory)
    }

    /// The names in the open folder `descriptor`, without `.` and `..`; nil when it is not
    /// a readable folder. The descriptor stays open and the caller's (it is duplicated, so
    /// the caller can go on using it for `fstatat` and `openat`).
    public static func names(inDescriptor descriptor: Int32) -> [String]? {
        withDirectory(duplicating: descriptor) { names(of: $0) }
    }

    /// Opens a duplicate of `descriptor` as a `DIR` from its start, for `body` only; nil when
    /// it is not a readable folder.
    private static func withDirectory<Result>(duplicating descriptor: Int32, _ body: (OpaquePointer) -> Result) -> Result? {
        let copy = dup(descriptor)
        guard copy >= 0 else { return nil }
        guard let directory = fdopendir(copy) else {
            close(copy)
            return nil
        }
        defer { closedir(directory) }
        rewinddir(directory)  // the copy shares the caller's offset
        return body(directory)
    }

    /// What an entry is, as `readdir` reports it (`d_type`); `unknown` on file systems that do
    /// not say, where the caller has to `fstatat`.
    public enum EntryType: Sendable {
        case folder, file, other, unknown
    }

    /// The entries of the open folder `descriptor` with their types, without `.` and `..`;
    /// nil when it is not a readable folder. Saves a walker one `fstatat` per entry.
    public static func entries(inDescriptor descriptor: Int32) -> [(name: String, type: EntryType)]? {
        withDirectory(duplicating: descriptor) { directory in
            var entries: [(name: String, type: EntryType)] = []
            while let entry = readdir(directory) {
                let raw = UnsafeRawPointer(entry)
                let name = name(of: raw)
                guard name != "." && name != ".." && !name.isEmpty else { continue }
                let type: EntryType
                switch Int32(raw.load(fromByteOffset: typeOffset, as: UInt8.self)) {
                case Int32(DT_DIR): type = .folder
                case Int32(DT_REG): type = .file
                case Int32(DT_UNKNOWN): type = .unknown
                default: type = .other
                }
                entries.append((name, type))
            }
            return entries
        }
    }

    private static func names(of directory: OpaquePointer) -> [String] {
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = name(of: UnsafeRawPointer(entry))
            if name != "." && name != ".." && !name.isEmpty { names.append(name) }
        }
        return names
    }

    /// Offsets into `struct dirent`, from the C declaration.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? MemoryLayout<dirent>.size
    private static let lengthOffset = MemoryLayout<dirent>.offset(of: \dirent.d_reclen) ?? 0
    /// `d_type` comes before the name, so it is inside every record.
    private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type) ?? 0

    /// The entry's name, read no further than its record (`d_reclen`) and its NUL.
    private static func name(of entry: UnsafeRawPointer) -> String {
        let recordLength = Int(entry.loadUnaligned(fromByteOffset: lengthOffset, as: UInt16.self))
        let capacity = min(recordLength, MemoryLayout<dirent>.size) - nameOffset
        guard capacity > 0 else { return "" }
        let start = entry.advanced(by: nameOffset)
        let length = strnlen(start.assumingMemoryBound(to: CChar.self), capacity)
        return String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
    }
}
