import Foundation

extension Duration {
    /// Test waits are bounds on hangs, not speed checks: under a sanitizer (5-15x slower) on a
    /// loaded machine they stretch by `SITEGEN_TEST_TIME_SCALE` (the Makefile's test-asan and
    /// test-tsan set it).
    static let testTimeScale = Double(ProcessInfo.processInfo.environment["SITEGEN_TEST_TIME_SCALE"] ?? "").flatMap { $0 >= 1 ? $0 : nil } ?? 1

    /// This wait, stretched for a sanitized run.
    var scaled: Duration { self * Self.testTimeScale }
}

/// Runs `operation`, or throws when it has not finished within `limit`.
func withDeadline<T: Sendable>(_ limit: Duration, _ what: String,
                               _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try? await Task.sleep(for: limit.scaled)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else {
            throw TestFailure("\(what) did not finish within \(limit)")
        }
        return value
    }
}

/// An HTTP/1.1 GET over a fresh connection: the status line and the whole response.
func get(_ path: String, port: Int) async throws -> (status: String, text: String) {
    let connection = try TestConnection(port: port)
    connection.request(path)
    _ = await connection.waitForClose(within: .seconds(5))
    let text = connection.text
    return (text.components(separatedBy: "\r\n").first ?? "", text)
}
