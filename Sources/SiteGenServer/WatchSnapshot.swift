/// What the watcher last saw of the watched files: a stamp per path. Two snapshots are
/// compared by a pure function, so editor save patterns are plain test cases.
struct WatchSnapshot: Sendable, Equatable {
    /// Stamps by path relative to the site root (`content/posts/a.md`).
    var files: [String: FileStamp]

    init(files: [String: FileStamp] = [:]) {
        self.files = files
    }

    /// Paths added, removed or changed between two snapshots, sorted.
    /// A file replaced by another (write to a temporary file, then rename over it) has a
    /// new inode even when its size and time look the same, so it counts as changed.
    static func changes(from old: WatchSnapshot, to new: WatchSnapshot) -> [String] {
        var changed: [String] = []
        for (path, stamp) in new.files where old.files[path] != stamp { changed.append(path) }
        for path in old.files.keys where new.files[path] == nil { changed.append(path) }
        return changed.sorted()
    }
}

/// Enough of a file's metadata to notice any save. Modification times only trigger
/// rebuilds; they never reach the output.
struct FileStamp: Sendable, Equatable {
    var size: Int64
    /// Modification time in nanoseconds since 1970.
    var modified: Int64
    var inode: UInt64
}
