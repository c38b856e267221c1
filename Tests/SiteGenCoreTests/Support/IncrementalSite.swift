import Foundation
import Testing
@testable import SiteGenCore

/// A copy of a fixture site that is edited and built incrementally (with the build cache in
/// `.sitegen-cache/build/`), each result compared with a clean build of the same input.
///
/// Every file it writes gets its own modification time in the past (a counter from 2020), so
/// the cache trusts stamps of files that did not change (no racy-second re-reads) and must
/// notice every one that did.
final class IncrementalSite: @unchecked Sendable {
    let site: TestSite
    var now: Date
    /// Every difference from a clean build found so far, by `check`.
    var problems: [String] = []
    private var stampCounter = 0
    private var cleanCounter = 0

    init(copying folder: URL, now: Date = Fixtures.now) throws {
        site = try TestSite([:])
        try FileManager.default.removeItem(at: site.root)
        try FileManager.default.copyItem(at: folder, to: site.root)
        self.now = now
        try ageFiles()
    }

    /// Gives every file an old modification time of its own, so the build cache trusts the
    /// stamps of files that do not change (a copy made this second would be re-read as racy).
    func ageFiles() throws {
        let files = FileManager.default.enumerator(atPath: root.path)?.allObjects.compactMap { $0 as? String } ?? []
        for (index, path) in files.sorted().enumerated() {
            let full = root.appendingPathComponent(path).path
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_500_000_000 + Double(index))], ofItemAtPath: full)
        }
    }

    deinit { site.remove() }

    var root: URL { site.root }

    func exists(_ path: String) -> Bool { site.exists(path) }
    func read(_ path: String) throws -> String { try site.read(path) }

    /// Writes a file with a fresh modification time in the past.
    func write(_ path: String, _ text: String) throws {
        try site.write(path, text)
        stampCounter += 1
        let url = root.appendingPathComponent(path)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000 + Double(stampCounter))], ofItemAtPath: url.path)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    func move(_ path: String, to newPath: String) throws {
        try FileManager.default.moveItem(at: root.appendingPathComponent(path), to: root.appendingPathComponent(newPath))
    }

    /// Edits a file's text in place.
    func edit(_ path: String, _ change: (String) -> String) throws {
        try write(path, change(try read(path)))
    }

    /// An incremental build into `public/`.
    @discardableResult
    func build() -> BuildResult {
        SiteGenCore.build(root: root, now: now, options: BuildOptions(output: root.appendingPathComponent("public")))
    }

    /// A clean build (no cache of any kind) of the same input, as a tree.
    func cleanTree() throws -> (BuildResult, TreeSnapshot) {
        cleanCounter += 1
        let output = root.appendingPathComponent("clean-\(cleanCounter)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = SiteGenCore.build(root: root, now: now, options: BuildOptions(output: output, useCache: false))
        return (result, try TreeSnapshot(output))
    }

    /// Builds incrementally and notes in `problems` where the result differs from a clean
    /// build: success, diagnostics, and the whole output tree, names and bytes.
    func check(_ label: String) throws {
        let result = build()
        let (clean, cleanTree) = try cleanTree()
        if result.succeeded != clean.succeeded { problems.append("\(label): one build failed and the other did not") }
        if result.diagnostics != clean.diagnostics { problems.append("\(label): diagnostics differ: \(result.diagnostics) against \(clean.diagnostics)") }
        guard result.succeeded else { return }
        let tree = try TreeSnapshot(root.appendingPathComponent("public"))
        let paths = Set(tree.files.keys).union(cleanTree.files.keys).sorted()
        let differing = paths.filter { tree.files[$0] != cleanTree.files[$0] }
        if !differing.isEmpty { problems.append("\(label): \(differing.count) files differ from a clean build: \(differing.prefix(8))") }
    }

    /// Runs `work` on a thread of its own and waits for it. These tests build sites for many
    /// seconds; on the test runner's cooperative threads (two on two cores) they starved the
    /// dev server tests running beside them.
    static func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }
}

/// A small reproducible random number generator (SplitMix64) for randomized tests.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
