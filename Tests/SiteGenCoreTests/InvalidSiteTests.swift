import Foundation
import Testing
@testable import SiteGenCore

/// One folder per invalid site in `Fixtures/invalid/<case>/`: `files/` is laid over the
/// small valid site of `Fixtures.site()`, and `expected.txt` holds the exact diagnostics.
/// Re-record with `SITEGEN_RECORD=1` (the test fails while recording).
@Suite("Invalid sites")
struct InvalidSiteTests {
    static let folder = Fixtures.folder.appendingPathComponent("invalid")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test(arguments: cases)
    func reportsExactDiagnostics(_ name: String) throws {
        let caseFolder = Self.folder.appendingPathComponent(name)
        let site = try TestSite(Fixtures.site())
        defer { site.remove() }
        let overlay = try TreeSnapshot(caseFolder.appendingPathComponent("files"))
        for (path, data) in overlay.files { try site.write(path, data) }

        let result = site.build()
        let actual = result.diagnostics.map(\.description).joined(separator: "\n") + "\n"
        #expect(!result.succeeded, "\(name) should fail")
        #expect(!site.exists("public"), "a failed build must write nothing")

        let expectedFile = caseFolder.appendingPathComponent("expected.txt")
        if ProcessInfo.processInfo.environment["SITEGEN_RECORD"] != nil {
            try actual.write(to: expectedFile, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name)/expected.txt")
            return
        }
        #expect(actual == (try String(contentsOf: expectedFile, encoding: .utf8)))
    }
}
