import Foundation

/// Runs `operation`, or throws when it has not finished within `limit`.
func withDeadline<T: Sendable>(_ limit: Duration, _ what: String,
                               _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try? await Task.sleep(for: limit)
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
