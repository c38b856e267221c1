import Foundation
import Testing
@testable import SiteGenCore

/// The fixture site in `Fixtures/golden/site` must build to exactly `Fixtures/golden/expected`.
/// Re-record with `SITEGEN_RECORD=1 swift test --filter GoldenSite` (the test fails while recording),
/// then review every changed line in the diff.
@Suite("Golden site")
struct GoldenSiteTests {
    static let site = Fixtures.folder.appendingPathComponent("golden/site")
    static let expected = Fixtures.folder.appendingPathComponent("golden/expected")

    @Test func buildsTheExpectedTree() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = build(root: Self.site, now: Fixtures.now, options: BuildOptions(output: output, useCache: false))
        #expect(result.diagnostics.map(\.description) == [
            "content/posts/2024-03-01-spring-batch.md:31:1: warning: raw HTML is left out of the page (first here); to keep it, set 'markdown: { unsafe: true }' in site.yaml",
            "content/posts/future.md:3:7: warning: post is dated 2030-01-01, after the build's clock (2025-01-01), so it is scheduled and left out until then (--drafts includes it)",
        ])
        let actual = try TreeSnapshot(output)

        if ProcessInfo.processInfo.environment["SITEGEN_RECORD"] != nil {
            try? FileManager.default.removeItem(at: Self.expected)
            try FileManager.default.copyItem(at: output, to: Self.expected)
            Issue.record("recorded \(actual.files.count) files into Fixtures/golden/expected; unset SITEGEN_RECORD and review the diff")
            return
        }
        let expected = try TreeSnapshot(Self.expected)
        #expect(actual.files.keys.sorted() == expected.files.keys.sorted())
        for (path, data) in expected.files.sorted(by: { $0.key < $1.key }) {
            let got = actual.files[path].map { String(decoding: $0, as: UTF8.self) }
            #expect(got == String(decoding: data, as: UTF8.self), "\(path) differs from the golden copy")
        }
    }
}

/// Every file below a folder, by relative path.
struct TreeSnapshot: Equatable {
    var files: [String: Data] = [:]

    init(_ root: URL) throws {
        let base = root.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = base + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
    }
}
