import Foundation
import Testing

/// The built `sitegen` executable, run as a user would: Ctrl-C and a busy port.
/// Skipped when the executable is not next to the test bundle.
@Suite("sitegen serve, the executable", .enabled(if: SitegenProcess.executable != nil))
struct ExecutableTests {
    @Test func ctrlCStopsCleanlyAndClosesEventStreams() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        let process = try SitegenProcess(["serve", "--port", "0", "--source", site.root.path])
        defer { process.stop() }
        let line = try await process.waitForOutput(containing: "(Ctrl-C to stop)")
        let port = try #require(Int(line.split(separator: ":").last?.prefix { $0.isNumber } ?? ""), "\(line)")
        #expect(line.hasPrefix("sitegen: serving http://127.0.0.1:"))

        let events = try TestConnection(port: port)
        events.request("/_sitegen/events", keepAlive: true)
        #expect(await events.next("retry: 500\n\n") != nil)
        try site.write("content/about.md", "---\ntitle: About Again\n---\nHello.\n")
        #expect(await events.next("event: reload") != nil)

        process.interrupt()
        #expect(await events.waitForClose(within: .seconds(10)))
        #expect(try await process.waitForExit(within: .seconds(10)) == 0)
        #expect(process.output.contains("sitegen: stopped"))
    }

    @Test func everyAddressBannerAndAllowedHosts() async throws {
        let site = try ServerTestSite()
        defer { site.remove() }
        let process = try SitegenProcess(["serve", "--port", "0", "--host", "0.0.0.0", "--allowed-host", "blog.test", "--source", site.root.path])
        defer { process.stop() }
        let line = try await process.waitForOutput(containing: "(Ctrl-C to stop)")
        let port = try #require(Int(line.split(separator: ":").last?.prefix { $0.isNumber } ?? ""), "\(line)")
        _ = try await process.waitForOutput(containing: "sitegen: listening on every address; also reachable at:")
        _ = try await process.waitForOutput(containing: "sitegen: built")
        for (host, status) in [("blog.test", "HTTP/1.1 200 OK"), ("evil.test", "HTTP/1.1 403 Forbidden")] {
            let client = try TestConnection(port: port)
            client.send("GET / HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
            #expect(await client.next(status + "\r\n") != nil, "\(host)")
        }
        process.interrupt()
        #expect(try await process.waitForExit(within: .seconds(10)) == 0)
        let bad = try SitegenProcess(["serve", "--allowed-host", "a/b", "--source", site.root.path])
        #expect(try await bad.waitForExit(within: .seconds(30)) == 64)
        #expect(bad.errors.contains("--allowed-host takes a host name like blog.test, found \"a/b\""))
    }

    @Test func busyPortExitsWithAClearError() async throws {
        let busy = try BusyPort()
        let site = try ServerTestSite()
        defer { site.remove() }
        let process = try SitegenProcess(["serve", "--port", "\(busy.port)", "--source", site.root.path])
        defer { process.stop() }
        #expect(try await process.waitForExit(within: .seconds(20)) == 1)
        #expect(process.errors.contains("sitegen: port \(busy.port) is already in use on 127.0.0.1; stop the other server or choose another port with --port"))
    }
}

/// A running `sitegen` with its output collected.
final class SitegenProcess: @unchecked Sendable {
    /// `sitegen` next to the test bundle (`.build/<triple>/debug/`), if it was built.
    static let executable: URL? = {
        let folders = [Bundle.main.executableURL?.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()]
        return folders.compactMap { $0?.appendingPathComponent("sitegen") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    private let process = Process()
    private let outputs = (Pipe(), Pipe())
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()

    /// Starts `sitegen` with `arguments`; `environment` adds to (or replaces in) the test's own.
    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        guard let executable = Self.executable else { throw TestFailure("sitegen was not built") }
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let (stdout, stderr) = outputs
        process.standardOutput = stdout
        process.standardError = stderr
        stdout.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: false) }
        stderr.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: true) }
        try process.run()
    }

    /// A pipe's handler and its file handle hold each other: break the cycle.
    deinit {
        outputs.0.fileHandleForReading.readabilityHandler = nil
        outputs.1.fileHandleForReading.readabilityHandler = nil
    }

    var output: String { lock.withLock { String(decoding: out, as: UTF8.self) } }
    var errors: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

    func interrupt() { process.interrupt() }

    /// Ends the process if a failed expectation left it running.
    func stop() {
        if process.isRunning { process.terminate() }
    }

    /// The first output line containing `text`.
    func waitForOutput(containing text: String, within limit: Duration = .seconds(30)) async throws -> String {
        try await poll(within: limit, "output \"\(text)\"") {
            if let line = self.output.split(separator: "\n").first(where: { $0.contains(text) }) { return String(line) }
            guard self.process.isRunning else {
                throw TestFailure("sitegen ended (status \(self.process.terminationStatus)) before printing \"\(text)\"; stderr: \(self.errors)")
            }
            return nil
        }
    }

    func waitForExit(within limit: Duration) async throws -> Int32 {
        try await poll(within: limit, "exit") { self.process.isRunning ? nil : self.process.terminationStatus }
    }

    private func append(_ data: Data, error: Bool) {
        lock.withLock { if error { err += data } else { out += data } }
    }

    private func poll<T>(within limit: Duration, _ what: String, _ check: () throws -> T?) async throws -> T {
        let deadline = ContinuousClock.now + limit.scaled
        while ContinuousClock.now < deadline {
            if let value = try check() { return value }
            try await Task.sleep(for: .milliseconds(20))
        }
        // A starved poller may wake past the deadline: look once more before failing.
        if let value = try check() { return value }
        throw TestFailure("no \(what) within \(limit); stdout: \(output) stderr: \(errors)")
    }
}
