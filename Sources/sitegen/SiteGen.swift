import ArgumentParser
import Foundation
import SiteGenCore

@main
struct SiteGen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "A static site generator for a developer's portfolio and technical blog.",
        subcommands: [Build.self, Check.self, Serve.self, New.self, Import.self, Markdown.self, Highlight.self],
        defaultSubcommand: Build.self
    )

    static func main() async {
        ProcessMemory.tuneAllocatorForBuilds()
        await main(nil)
    }
}

/// Options shared by every command that reads a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site root (holds site.yaml, content/, templates/).", valueName: "dir"))
    var source: String = "."

    @Flag(name: .long, help: "Include drafts and posts dated in the future.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Override baseURL from site.yaml, e.g. https://user.github.io/blog/.", valueName: "url"))
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp("The build's clock as ISO 8601 (default: SOURCE_DATE_EPOCH, else now).", valueName: "date"))
    var now: String?

    var root: URL { URL(fileURLWithPath: source).standardizedFileURL }

    init() {}

    /// Options with only a clock, for commands that read no site (`sitegen import`).
    init(now: String?) {
        self.now = now
    }

    func validate() throws {
        if let baseURL, SiteURL(parsing: baseURL) == nil {
            throw ValidationError("--base-url must be an absolute http(s) URL, found \"\(baseURL)\"")
        }
        if let now, Date(iso8601: now) == nil {
            throw ValidationError("--now must be an ISO 8601 date like 2024-03-01T09:00:00+09:00, found \"\(now)\"")
        }
    }

    /// `--now`, else `SOURCE_DATE_EPOCH`, else the wall clock.
    func clock() throws -> Date {
        if let now, let date = Date(iso8601: now) { return date }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Double(epoch) else {
                throw ValidationError("SOURCE_DATE_EPOCH must be a number of seconds, found \"\(epoch)\"")
            }
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }

    func buildOptions(output: String?, dryRun: Bool, useCache: Bool = true) -> BuildOptions {
        BuildOptions(includeDrafts: drafts, baseURL: baseURL.flatMap(SiteURL.init(parsing:)),
                     output: output.map { URL(fileURLWithPath: $0).standardizedFileURL }, dryRun: dryRun,
                     useCache: useCache, toolVersion: Self.toolVersion)
    }

    /// Size and modification time of this executable: a rebuilt sitegen never reuses an old build.
    static let toolVersion: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(modified)"
    }()
}

/// Prints diagnostics like a compiler and turns errors into exit status 1.
enum Report {
    /// `--timings`: one line per stage (wall time, peak memory so far), on standard error.
    static func timings(_ result: BuildResult) {
        var standardError = StandardError()
        for timing in result.timings {
            print(timing.stage.padding(toLength: 13, withPad: " ", startingAt: 0)
                + String(format: "%7.3f s   peak %6.0f MiB", timing.seconds, Double(timing.peakBytes) / 1_048_576), to: &standardError)
        }
    }

    /// `; 3 of them redirect old URLs (/2024/03/01/a.html → /posts/a/, …)`, or nothing.
    static func redirects(_ result: BuildResult) -> String {
        guard let redirects = result.site?.redirects, let first = redirects.first else { return "" }
        let more = redirects.count > 1 ? ", …" : ""
        return "; \(redirects.count) of them redirect\(redirects.count == 1 ? "s an old URL" : " old URLs") (\(first.from) → \(first.to)\(more))"
    }

    static func finish(_ result: BuildResult, success: String) throws {
        var standardError = StandardError()
        for diagnostic in result.diagnostics { print(diagnostic, to: &standardError) }
        if result.succeeded {
            let warnings = result.diagnostics.isEmpty ? "" : " (\(result.diagnostics.summary))"
            print(success + warnings)
        } else {
            print("sitegen: build failed: \(result.diagnostics.summary); nothing was written", to: &standardError)
            throw ExitCode.failure
        }
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}
