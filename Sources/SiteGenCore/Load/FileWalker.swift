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
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = "\(relative)/\(name)"
            let childURL = root.appendingPathComponent(child)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: childURL.path, isDirectory: &isDirectory) else {
                diagnostics.append(.warning(child, "skipped: broken symbolic link"))
                continue
            }
            if isDirectory.boolValue {
                walk(child, into: &found)
            } else if isInsideRoot(childURL.resolvingSymlinksInPath().path) {
                found.append(child)
            } else {
                diagnostics.append(.warning(child, "skipped: link points outside the site root"))
            }
        }
    }

    private func isInsideRoot(_ path: String) -> Bool {
        path == realRoot || path.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }
}
