/// Builds JSON text by hand, for files whose every byte sitegen decides (the search index):
/// strings keep non-ASCII characters as they are (Hangul stays 3 bytes, not a 6-byte `\u`
/// escape). Works on UTF-8 bytes; escaping a 20 KB text is one pass over it.
struct JSONText {
    private(set) var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends JSON punctuation or a number as it is.
    mutating func raw(_ piece: String) {
        bytes.append(contentsOf: piece.utf8)
    }

    /// Appends a quoted, escaped JSON string.
    mutating func string(_ value: String) {
        bytes.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x22, 0x5C: escaped(byte)
            case 0x0A: escaped(0x6E)
            case 0x09: escaped(0x74)
            case 0x0D: escaped(0x72)
            case 0..<0x20:
                escaped(0x75)
                for shift in [12, 8, 4, 0] as [UInt8] { bytes.append(Self.hex[Int(UInt16(byte) >> UInt16(shift) & 15)]) }
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A backslash and `byte`.
    private mutating func escaped(_ byte: UInt8) {
        bytes.append(0x5C)
        bytes.append(byte)
    }
}
