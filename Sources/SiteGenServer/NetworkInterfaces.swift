#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The machine's own addresses, for the banner of a server bound to every address
/// (`--host 0.0.0.0`). The only caller of `getifaddrs`; the list is freed before returning.
enum NetworkInterfaces {
    /// IPv4 addresses (and IPv6 ones when `includeIPv6`) of interfaces that are up, loopback
    /// first, in the system's order, without link-local IPv6 addresses.
    static func addresses(includeIPv6: Bool) -> [String] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return [] }
        defer { freeifaddrs(first) }
        var found: [String] = []
        var cursor = first
        while let entry = cursor {
            cursor = entry.pointee.ifa_next
            guard entry.pointee.ifa_flags & UInt32(IFF_UP) != 0, let address = entry.pointee.ifa_addr else { continue }
            let family = Int32(address.pointee.sa_family)
            guard family == AF_INET || (includeIPv6 && family == AF_INET6), let text = numeric(address, family: family) else { continue }
            if !text.hasPrefix("fe80:") && !found.contains(text) { found.append(text) }
        }
        return found.filter { $0 == "127.0.0.1" || $0 == "::1" } + found.filter { $0 != "127.0.0.1" && $0 != "::1" }
    }

    private static func numeric(_ address: UnsafeMutablePointer<sockaddr>, family: Int32) -> String? {
        let length = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
        var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        guard getnameinfo(address, length, &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 else { return nil }
        return String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
