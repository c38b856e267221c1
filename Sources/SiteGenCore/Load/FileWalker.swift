#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Lists files below a folder of the site root. Hidden entries are skipped; links are
/// followed only when they stay inside the root, and each real folder is walked once,
/// so link loops end.
struct FileWalker {
    let root: URL
    private let realRoot: String
    private var visited: Set<String> = []
    private(set) var diagnostics: [Diagnostic] = []

    init(root: URL) {
        self.root = root
        self.realRoot = root.resolvingSymlinksInPath().path
    }

    /// Site-relative paths of the regular files below `folder`, sorted.
    mutating func files(under folder: String) -> [String] {
        var found: [String] = []
        walk(folder, into: &found)
        return found.sorted()
    }

    private mutating func walk(_ relative: String, into found: inout [String]) {
        let url = root.appendingPathComponent(relative)
        let real = url.resolvingSymlinksInPath().path
        guard isInsideRoot(real) else {
            diagnostics.append(.warning(relative, "skipped: link points outside the site root to \(real)"))
            return
        }
        guard visited.insert(real).inserted else {
            diagnostics.append(.warning(relative, "skipped: folder was already read (symbolic link loop?)"))
            return
        }
        guard let names = DirectoryReader.names(atPath: url.path) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = "\(relative)/\(name)"
            switch Self.kind(of: url.path + "/" + name) {
            case .directory:
                walk(child, into: &found)
            case .file:
                found.append(child)
            case .link:
                followLink(child, into: &found)
            case .other:
                continue
            }
        }
    }

    /// A symbolic link is followed only when its target stays inside the root.
    private mutating func followLink(_ child: String, into found: inout [String]) {
        let childURL = root.appendingPathComponent(child)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: childURL.path, isDirectory: &isDirectory) else {
            diagnostics.append(.warning(child, "skipped: broken symbolic link"))
            return
        }
        if isDirectory.boolValue {
            walk(child, into: &found)
        } else if isInsideRoot(childURL.resolvingSymlinksInPath().path) {
            found.append(child)
        } else {
            diagnostics.append(.warning(child, "skipped: link points outside the site root"))
        }
    }

    private enum EntryKind { case file, directory, link, other }

    /// One `lstat` per entry: plain files and folders need no link resolution.
    private static func kind(of path: String) -> EntryKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .link
        default: return .other
        }
    }

    private func isInsideRoot(_ path: String) -> Bool {
        path == realRoot || path.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }
}
