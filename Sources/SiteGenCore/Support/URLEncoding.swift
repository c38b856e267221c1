/// Percent-encoding for the paths sitegen builds (Hangul slugs, tag names).
enum URLEncoding {
    /// Encodes every byte outside `A-Z a-z 0-9 - . _ ~ /` as `%XX` (UTF-8).
    static func encodePath(_ path: String) -> String {
        var needsEncoding = false
        for byte in path.utf8 where !isUnreserved(byte) && byte != UInt8(ascii: "/") {
            needsEncoding = true
            break
        }
        guard needsEncoding else { return path }
        return encode(path, keepSlash: true)
    }

    /// Encodes a fragment identifier (`#설치-전-할-일`) without the `#`.
    static func encodeFragment(_ fragment: String) -> String {
        encode(fragment, keepSlash: false)
    }

    /// Decodes `%XX` sequences; invalid sequences are kept as written.
    static func decode(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func encode(_ text: String, keepSlash: Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
