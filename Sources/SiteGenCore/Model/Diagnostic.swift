/// One problem found while building, printed like compiler output:
/// `content/posts/a.md:4:7: error: 'date' must be an ISO 8601 date, found "March 1"`.
public struct Diagnostic: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// How bad the problem is; any `error` fails the build.
    public enum Severity: String, Sendable, Equatable, Hashable, Codable {
        case error, warning
    }

    /// The file the problem is in, relative to the site root (`content/posts/a.md`).
    public var sourcePath: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known (only meaningful with a line).
    public var column: Int?
    public var severity: Severity
    /// Lowercase, says what is wrong and what to do, offending value in quotes.
    public var message: String

    public init(_ severity: Severity, _ sourcePath: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.severity = severity
        self.sourcePath = sourcePath
        self.line = line
        self.column = line == nil ? nil : column
        self.message = message
    }

    /// An error at `sourcePath:line:column`.
    public static func error(_ sourcePath: String, line: Int? = nil, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, sourcePath, line: line, column: column, message)
    }

    /// A warning at `sourcePath:line:column`; warnings never fail a build.
    public static func warning(_ sourcePath: String, line: Int? = nil, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, sourcePath, line: line, column: column, message)
    }

    public var description: String {
        var location = sourcePath
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }

    /// Sort order for printing: by file, then position, then message.
    static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.sourcePath, a.line ?? 0, a.column ?? 0, a.message) < (b.sourcePath, b.line ?? 0, b.column ?? 0, b.message)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The summary line printed after the diagnostics (`2 errors, 1 warning`).
    public var summary: String {
        let errors = filter { $0.severity == .error }.count
        let warnings = count - errors
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning"))"
    }
}
