/// Folders of relative paths (`posts/a/index.html` → `posts/a`), worked out on the text:
/// Foundation's `deletingLastPathComponent` traps on one-character paths on Linux (`a`).
enum RelativePath {
    /// The path without its last component; empty for a top-level name.
    static func parent(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }
}
