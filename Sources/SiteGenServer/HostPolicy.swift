/// Which `Host` headers the dev server answers, against DNS rebinding: a page on another
/// site whose name was made to resolve to 127.0.0.1 still sends its own name as `Host`,
/// and is refused. Allowed are `localhost` (and names below `.localhost`), any IP address
/// literal (a rebinding needs a name), the name the server was bound to, and the names
/// given with `--allowed-host` (`.example.test` allows the name and every name below it).
/// This is what Vite's dev server allows by default since its 2025 advisory.
struct HostPolicy: Sendable, Equatable {
    /// Lowercased names from `--allowed-host` and the bound host.
    var names: Set<String> = []

    init(boundHost: String = "127.0.0.1", allowed: [String] = []) {
        names = Set((allowed + [boundHost]).map { $0.lowercased() }.filter { !$0.isEmpty })
    }

    /// Whether a request's `Host` (`name`, `name:port`, `[v6]:port`) is answered.
    func allows(authority: String) -> Bool {
        let name = Self.hostName(of: authority).lowercased()
        guard !name.isEmpty else { return false }
        if name == "localhost" || name.hasSuffix(".localhost") || Self.isAddressLiteral(name) { return true }
        if names.contains(name) { return true }
        return names.contains { $0.hasPrefix(".") && (name.hasSuffix($0) || "." + name == $0) }
    }

    /// The host part of an authority: without the port, brackets kept off IPv6 literals.
    static func hostName(of authority: String) -> String {
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return "" }
            return String(authority[authority.index(after: authority.startIndex)..<close])
        }
        guard let colon = authority.lastIndex(of: ":") else { return authority }
        return String(authority[..<colon])
    }

    /// A dotted IPv4 address or an IPv6 address (from inside brackets).
    static func isAddressLiteral(_ name: String) -> Bool {
        if name.contains(":") {
            return name.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) && (Int(part) ?? 256) <= 255
        }
    }
}
