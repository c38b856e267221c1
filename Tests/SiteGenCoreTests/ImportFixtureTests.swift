import Foundation
import Testing
@testable import SiteGenCore

/// One folder per construct (and one whole small blog per generator) in `Fixtures/import/`:
/// `source/` is a Jekyll (`jekyll-*`) or Hugo (`hugo-*`) site; importing it must write exactly
/// `expected/` and report exactly `expected-log.txt`, and the result must build with no
/// errors and no Liquid, kramdown or shortcode text outside code on any page.
/// Re-record with `SITEGEN_RECORD=1` (the test fails while recording).
@Suite("Import fixtures")
struct ImportFixtureTests {
    static let folder = Fixtures.folder.appendingPathComponent("import")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Reads, plans and writes an import of `source` into a new site; the plan and the site.
    static func importSite(_ name: String, from source: URL) throws -> (ImportPlan, [Diagnostic], TestSite) {
        let (foreign, problems) = ImportReader(root: source).read()
        let plan = name.hasPrefix("hugo") ? HugoImport(site: foreign, now: Fixtures.now).plan() : JekyllImport(site: foreign, now: Fixtures.now).plan()
        let site = try TestSite([:])
        if case .failure(let failure) = ImportWriter(root: site.root, source: source).write(plan, settings: true) {
            Issue.record("import failed: \(failure)")
        }
        return (plan, problems, site)
    }

    @Test(arguments: cases)
    func importsBuildsAndShowsNoForeignSyntax(_ name: String) throws {
        let caseFolder = Self.folder.appendingPathComponent(name)
        let (plan, problems, site) = try Self.importSite(name, from: caseFolder.appendingPathComponent("source"))
        defer { site.remove() }
        let log = (problems + plan.log.warnings).sorted { ($0.sourcePath, $0.line ?? 0, $0.message) < ($1.sourcePath, $1.line ?? 0, $1.message) }
            .map(\.description) + plan.summary(from: name, wroteSettings: true)
        let tree = try TreeSnapshot(site.root)
        let expectedFolder = caseFolder.appendingPathComponent("expected"), logFile = caseFolder.appendingPathComponent("expected-log.txt")
        if ProcessInfo.processInfo.environment["SITEGEN_RECORD"] != nil {
            try? FileManager.default.removeItem(at: expectedFolder)
            try FileManager.default.copyItem(at: site.root, to: expectedFolder)
            try (log.joined(separator: "\n") + "\n").write(to: logFile, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name)/expected and expected-log.txt")
            return
        }
        let expected = try TreeSnapshot(expectedFolder)
        #expect(tree.files.keys.sorted() == expected.files.keys.sorted())
        for (path, data) in expected.files.sorted(by: { $0.key < $1.key }) {
            #expect(tree.files[path].map { String(decoding: $0, as: UTF8.self) } == String(decoding: data, as: UTF8.self), "\(name): \(path)")
        }
        #expect(log.joined(separator: "\n") + "\n" == (try String(contentsOf: logFile, encoding: .utf8)))

        for (path, text) in Fixtures.templates { try site.write(path, text) }
        let result = site.build(BuildOptions(dryRun: true))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.description))")
        for file in result.files where file.outputPath.hasSuffix(".html") {
            let foreign = ForeignSyntax.find(in: file.contents)
            #expect(foreign.isEmpty, "\(name): \(file.outputPath) shows \(foreign)")
        }
    }
}

/// Liquid, kramdown and shortcode markers in a page's text outside `<pre>` and `<code>`.
enum ForeignSyntax {
    static func find(in html: String) -> [String] {
        var text = ""
        var rest = Substring(html)
        while let open = rest.range(of: "<pre") ?? rest.range(of: "<code") {
            text += rest[..<open.lowerBound]
            let closing = rest[open.lowerBound...].hasPrefix("<pre") ? "</pre>" : "</code>"
            guard let close = rest[open.upperBound...].range(of: closing) else { return [] }
            rest = rest[close.upperBound...]
        }
        text += rest
        return ["{%", "{{", "{:", "%}}", ">}}"].filter { text.contains($0) }
    }
}
