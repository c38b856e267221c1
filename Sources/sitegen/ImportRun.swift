import ArgumentParser
import Foundation
import SiteGenCore

/// Reads the source, plans, reports and writes an import; exit status 1 when nothing was written.
struct ImportRun {
    let options: ImportOptions

    func run(kind: String, looksRight: (ForeignSite) -> Bool, plan makePlan: (ForeignSite, Date) -> ImportPlan) throws {
        var standardError = StandardError()
        let source = URL(fileURLWithPath: options.source).standardizedFileURL
        let root = URL(fileURLWithPath: options.into).standardizedFileURL
        let (site, readProblems) = ImportReader(root: source).read()
        guard looksRight(site) else {
            print("sitegen: \(options.source) does not look like a \(kind) site; nothing was imported", to: &standardError)
            throw ExitCode.failure
        }
        let plan = makePlan(site, try options.clock())
        for warning in (readProblems + plan.log.warnings).sorted(by: { ($0.sourcePath, $0.line ?? 0) < ($1.sourcePath, $1.line ?? 0) }) {
            print(warning, to: &standardError)
        }
        let writesSettings = !FileManager.default.fileExists(atPath: root.appendingPathComponent("site.yaml").path)
        let progress = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
        let result = ImportWriter(root: root, source: source).write(plan, settings: writesSettings) { done, total in
            progress.show("importing \(done)/\(total)", done: done, total: total)
        }
        progress.clear()
        if case .failure(let failure) = result {
            print("sitegen: import failed: \(failure)", to: &standardError)
            throw ExitCode.failure
        }
        for line in plan.summary(from: options.source, wroteSettings: writesSettings) { print(line) }
        if !FileManager.default.fileExists(atPath: root.appendingPathComponent("templates").path) {
            print("  note: \(options.into) has no templates/; copy a theme there (this repository's templates/) before 'sitegen build'")
        }
    }
}

/// A one-line counter on standard error, rewritten in place; silent when it is not a terminal.
struct ProgressLine {
    let enabled: Bool

    func show(_ text: String, done: Int, total: Int) {
        guard enabled, done == total || done % 25 == 0 else { return }
        FileHandle.standardError.write(Data("\r\(text)".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
