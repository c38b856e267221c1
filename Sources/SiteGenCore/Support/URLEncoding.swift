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
        fragment.utf8.allSatisfy(isUnreserved) ? fragment : encode(fragment, keepSlash: false)
    }

    /// Decodes `%XX` sequences; invalid sequences are kept as written.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
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
        let utf8 = text.utf8
        return String(unsafeUninitializedCapacity: utf8.count * 3) { out in
            let hex: StaticString = "0123456789ABCDEF"
            var count = 0
            for byte in utf8 {
                if isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
                    out[count] = byte
                    count += 1
                } else {
                    out[count] = UInt8(ascii: "%")
                    out[count + 1] = hex.utf8Start[Int(byte >> 4)]
                    out[count + 2] = hex.utf8Start[Int(byte & 0x0F)]
                    count += 3
                }
            }
            return count
        }
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
