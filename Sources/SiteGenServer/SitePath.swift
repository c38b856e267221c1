/// A request path decoded into site path segments, or rejected.
///
/// Segments are percent-decoded one by one and must be valid UTF-8; a segment that
/// decodes to `.` or `..`, or contains `/`, `\`, NUL or another control character is
/// refused, as is an empty segment inside the path (`//`). Lookups use the decoded
/// segments as a key into the built site, never as a file system path, so nothing
/// outside the site can be named even if a check were missing.
struct SitePath: Sendable, Equatable {
    /// Decoded segments: `/tags/스프링/` → `["tags", "스프링"]`.
    var segments: [String]
    /// Whether the path ends with `/` (or is the root): a folder URL.
    var isFolder: Bool

    /// Parses the raw (still percent-encoded) path of a request, without its query.
    init?(rawPath: String) {
        guard rawPath.hasPrefix("/") else { return nil }
        var rawSegments = rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        isFolder = rawSegments.last?.isEmpty ?? true
        if isFolder { rawSegments.removeLast() }
        var segments: [String] = []
        for raw in rawSegments {
            guard let segment = Self.decode(raw), Self.isAllowed(segment) else { return nil }
            segments.append(segment)
        }
        self.segments = segments
    }

    /// The output path this URL names directly: `posts/a/index.html` for a folder,
    /// `feed.xml` for a file.
    var outputPath: String {
        let joined = segments.joined(separator: "/")
        guard isFolder else { return joined }
        return joined.isEmpty ? "index.html" : joined + "/index.html"
    }

    /// The folder index a file URL would name with a trailing slash (`about` → `about/index.html`).
    var folderIndexPath: String? {
        isFolder || segments.isEmpty ? nil : segments.joined(separator: "/") + "/index.html"
    }

    /// The file's extension, lowercased, for the content type.
    var pathExtension: String {
        let last = isFolder ? "index.html" : (segments.last ?? "")
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        return last[last.index(after: dot)...].lowercased()
    }

    private static func isAllowed(_ segment: String) -> Bool {
        guard !segment.isEmpty, segment != ".", segment != ".." else { return false }
        return !segment.unicodeScalars.contains { scalar in
            scalar == "/" || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F
        }
    }

    /// Strict percent-decoding: `%` must be followed by two hex digits, and the bytes
    /// must be UTF-8.
    private static func decode(_ raw: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = raw.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
