import Foundation

/// Where the server's messages go: progress to one stream, diagnostics to another.
/// Written unbuffered, so a rebuild's line shows at once even through a pipe.
public struct Console: Sendable {
    /// Progress: `sitegen: rebuilt in 42 ms`.
    public var info: @Sendable (String) -> Void
    /// Diagnostics and failures.
    public var problem: @Sendable (String) -> Void

    public init(info: @escaping @Sendable (String) -> Void, problem: @escaping @Sendable (String) -> Void) {
        self.info = info
        self.problem = problem
    }

    /// Standard output and standard error.
    public static let standard = Console(
        info: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
        problem: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    )

    /// Says nothing (tests).
    public static let silent = Console(info: { _ in }, problem: { _ in })
}
